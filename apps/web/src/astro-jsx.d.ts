// The maps, the timeline chart and the network are drawn left to right inside right-to-left pages, so
// their <svg> carries dir="ltr"; Astro's SVG attribute types leave `dir` out.
declare namespace astroHTML.JSX {
  interface SVGAttributes {
    dir?: 'ltr' | 'rtl' | 'auto' | undefined | null;
  }
}
