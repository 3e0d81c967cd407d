import { beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../test/content-fixture.js';
import { loadSiteContent, type SiteContent } from './content.js';
import { drawMap, eventCoordinates, placeFocus } from './map.js';

let site: SiteContent;
beforeAll(async () => {
  site = await loadSiteContent({ root: REPO_ROOT });
});

const inside = (point: readonly [number, number], bounds: readonly (readonly [number, number])[]) =>
  point[0] >= bounds[0]![0] &&
  point[0] <= bounds[1]![0] &&
  point[1] >= bounds[0]![1] &&
  point[1] <= bounds[1]![1];

describe('placeFocus', () => {
  it('frames a country by its Natural Earth outline and shades it', () => {
    const focus = placeFocus(site, site.place('iraq')!)!;
    expect(focus.country).toBe('Iraq');
    expect(inside([44.37, 33.31], focus.bounds)).toBe(true); // Baghdad
    expect(inside([35.5, 33.9], focus.bounds)).toBe(false); // Beirut
  });

  it('frames a place around its coordinates, within its country', () => {
    const base = site.place('ain-al-asad')!;
    const focus = placeFocus(site, base)!;
    expect(focus.country).toBe('Iraq');
    expect(inside(base.coordinates!, focus.bounds)).toBe(true);
  });

  it('frames a province without coordinates around the places inside it', () => {
    const focus = placeFocus(site, site.place('anbar')!)!;
    expect(inside(site.place('ain-al-asad')!.coordinates!, focus.bounds)).toBe(true);
  });
});

describe('drawMap', () => {
  it('draws the land in view, shades the focus country and puts markers inside the frame', () => {
    const focus = placeFocus(site, site.place('iraq')!)!;
    const map = drawMap(focus, [
      { coordinates: [44.37, 33.31], label: 'Baghdad', href: '/places/baghdad/' },
      { coordinates: [-74, 40.7], label: 'New York' },
    ]);
    const paths = [...map.shapesSvg.matchAll(/<path d="([^"]*)" class="([^"]*)"><\/path>/g)];
    expect(paths.map((path) => path[0]).join('')).toBe(map.shapesSvg);
    expect(paths.length).toBeGreaterThan(5);
    expect(paths.filter((path) => path[2] === 'map-land map-focus')).toHaveLength(1);
    expect(paths.every((path) => /^M[\d.,LMZ-]+$/.test(path[1]!))).toBe(true);
    expect(map.markers.map((marker) => marker.label)).toEqual(['Baghdad']);
    const [baghdad] = map.markers;
    expect(baghdad!.x).toBeGreaterThan(map.width / 2);
    expect(baghdad!.x).toBeLessThan(map.width);
    // Another page with the same focus gets the same land, whatever its markers.
    expect(drawMap(focus, []).shapesSvg).toBe(map.shapesSvg);
  });

  it("finds a place's focus once for the build", () => {
    expect(placeFocus(site, site.place('anbar')!)).toBe(placeFocus(site, site.place('anbar')!));
  });
});

describe('eventCoordinates', () => {
  it("uses the event's own point, else its place's", () => {
    expect(eventCoordinates(site, { place: 'baghdad', coordinates: [44, 33] })).toEqual([44, 33]);
    expect(eventCoordinates(site, { place: 'ain-al-asad' })).toEqual(site.place('ain-al-asad')!.coordinates);
    expect(eventCoordinates(site, { place: 'iraq' })).toBeUndefined();
  });
});
