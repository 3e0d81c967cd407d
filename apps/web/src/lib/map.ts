import type { Place } from '@marsad/schema';
import { geoBounds, geoMercator, geoPath } from 'd3-geo';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import countriesTopology from 'world-atlas/countries-50m.json' with { type: 'json' };
import type { SiteContent } from './content.js';

/** A lon/lat point, GeoJSON order. */
export type LonLat = readonly [number, number];

/** What a map shows: a box of the world, and a country to pick out. */
export interface MapFocus {
  /** [[west, south], [east, north]] in degrees. */
  bounds: readonly [LonLat, LonLat];
  /** Natural Earth name of a country to shade (`Iraq`). */
  country?: string | undefined;
}

/** A point on a map, with the text of its tooltip and its page. */
export interface MapMarker {
  coordinates: LonLat;
  label: string;
  href?: string | undefined;
}

/** A map ready to draw as SVG: land shapes and projected markers. */
export interface MapDrawing {
  width: number;
  height: number;
  /**
   * The shapes as SVG markup, written once per focus for the whole build: the paths of the countries
   * in view are most of an event page's bytes, and rendering them again on every page that shares
   * the view was a large part of its cost.
   */
  shapesSvg: string;
  markers: (MapMarker & { x: number; y: number })[];
}

const WIDTH = 640;
const HEIGHT = 360;

type CountryFeature = Feature<Geometry, { name: string }>;
let countries: { feature: CountryFeature; bounds: [[number, number], [number, number]] }[] | undefined;

/** Natural Earth's countries (world-atlas, 1:50m), read once per build with their bounds. */
function countryShapes() {
  if (!countries) {
    const topology = countriesTopology as unknown as Topology<{
      countries: GeometryCollection<{ name: string }>;
    }>;
    const collection = feature(topology, topology.objects.countries) as FeatureCollection<
      Geometry,
      { name: string }
    >;
    countries = collection.features.map((country) => ({ feature: country, bounds: geoBounds(country) }));
  }
  return countries;
}

const overlaps = (a: readonly LonLat[], b: readonly LonLat[]) =>
  a[0]![0] <= b[1]![0] && a[1]![0] >= b[0]![0] && a[0]![1] <= b[1]![1] && a[1]![1] >= b[0]![1];

const projections = new Map<
  string,
  { project: (point: LonLat) => [number, number] | null; shapesSvg: string }
>();

/** The projection and land shapes of a focus, computed once per focus for the whole build. */
function base(focus: MapFocus) {
  const key = `${focus.bounds
    .flat()
    .map((n) => n.toFixed(2))
    .join(',')}|${focus.country ?? ''}`;
  let found = projections.get(key);
  if (!found) {
    const [[west, south], [east, north]] = focus.bounds;
    const projection = geoMercator()
      .fitExtent(
        [
          [12, 12],
          [WIDTH - 12, HEIGHT - 12],
        ],
        {
          type: 'MultiPoint',
          coordinates: [
            [west, south],
            [east, north],
          ],
        },
      )
      .clipExtent([
        [0, 0],
        [WIDTH, HEIGHT],
      ]);
    const path = geoPath(projection).digits(1);
    // The countries in view, with a margin: a box of twice the focus.
    const spanX = east - west;
    const spanY = north - south;
    const view: LonLat[] = [
      [west - spanX, south - spanY],
      [east + spanX, north + spanY],
    ];
    // Path data is digits, commas and M/L/Z only: nothing in it needs escaping.
    const shapesSvg = countryShapes()
      .filter((country) => overlaps(country.bounds, view))
      .map((country) => {
        const d = path(country.feature);
        const focused = country.feature.properties.name === focus.country;
        return d ? `<path d="${d}" class="${focused ? 'map-land map-focus' : 'map-land'}"></path>` : '';
      })
      .join('');
    found = { project: (point) => projection([point[0], point[1]]), shapesSvg };
    projections.set(key, found);
  }
  return found;
}

/** A map of `focus` with `markers` on it (those outside the frame are left out). */
export function drawMap(focus: MapFocus, markers: readonly MapMarker[]): MapDrawing {
  const { project, shapesSvg } = base(focus);
  return {
    width: WIDTH,
    height: HEIGHT,
    shapesSvg,
    markers: markers.flatMap((marker) => {
      const point = project(marker.coordinates);
      if (!point || point[0] < 0 || point[0] > WIDTH || point[1] < 0 || point[1] > HEIGHT) return [];
      return [{ ...marker, x: Math.round(point[0] * 10) / 10, y: Math.round(point[1] * 10) / 10 }];
    }),
  };
}

// Degrees shown around a point, by how big the place is.
// Wide enough that a reader sees the neighbouring countries and coasts around a point.
const SPAN: Record<Place['kind'], number> = {
  country: 14,
  region: 10,
  sea: 14,
  province: 8,
  district: 7,
  city: 7,
  site: 7,
  'military-base': 7,
};

function padded(bounds: MapFocus['bounds'], pad: number): MapFocus['bounds'] {
  return [
    [bounds[0][0] - pad, bounds[0][1] - pad],
    [bounds[1][0] + pad, bounds[1][1] + pad],
  ];
}

function boxAround(point: LonLat, span: number): MapFocus['bounds'] {
  return [
    [point[0] - span / 2, point[1] - span / 2],
    [point[0] + span / 2, point[1] + span / 2],
  ];
}

/** The Natural Earth country a place is, or is within (by its English name). */
function countryOf(site: SiteContent, place: Place, seen = new Set<string>()): CountryFeature | undefined {
  if (place.kind === 'country') {
    const name = place.name.en;
    const found = countryShapes().find((country) => country.feature.properties.name === name);
    if (found) return found.feature;
  }
  if (!place.within || seen.has(place.id)) return undefined;
  seen.add(place.id);
  const parent = site.place(place.within);
  return parent ? countryOf(site, parent, seen) : undefined;
}

// Every event at a place shows the place's map: its focus is found once per place for the build.
const focuses = new WeakMap<Place, MapFocus | undefined>();

/**
 * Where a place's map looks: a country's own outline; around a place's coordinates; else around the
 * places within it that have coordinates; else its whole country. Undefined when nothing locates it.
 */
export function placeFocus(site: SiteContent, place: Place): MapFocus | undefined {
  if (!focuses.has(place)) focuses.set(place, findFocus(site, place));
  return focuses.get(place);
}

function findFocus(site: SiteContent, place: Place): MapFocus | undefined {
  const countryShape = countryOf(site, place);
  const country = countryShape?.properties.name;
  if (place.kind === 'country' && countryShape)
    return { bounds: padded(geoBounds(countryShape), 1), country };
  if (place.coordinates) return { bounds: boxAround(place.coordinates, SPAN[place.kind]), country };
  const inside = site
    .placesWithin(place.id, { deep: true })
    .flatMap((inner) => (inner.coordinates ? [inner.coordinates] : []));
  if (inside.length > 0) {
    const lons = inside.map((point) => point[0]);
    const lats = inside.map((point) => point[1]);
    const box: MapFocus['bounds'] = [
      [Math.min(...lons), Math.min(...lats)],
      [Math.max(...lons), Math.max(...lats)],
    ];
    return { bounds: padded(box, 2), country };
  }
  return countryShape ? { bounds: padded(geoBounds(countryShape), 1), country } : undefined;
}

/** Where an event is: its own coordinates, else its place's. */
export function eventCoordinates(
  site: SiteContent,
  location: { place: string; coordinates?: LonLat | undefined },
): LonLat | undefined {
  return location.coordinates ?? site.place(location.place)?.coordinates;
}
