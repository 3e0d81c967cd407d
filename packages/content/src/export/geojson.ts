import type { Event } from '@marsad/schema';
import type { ContentGraph } from '../graph/content-graph.js';
import { eventPoint } from './event-point.js';

/** An event as a GeoJSON Feature (RFC 7946): its point, `[lon, lat]`, and the fields a map labels it with. */
export interface EventFeature {
  type: 'Feature';
  id: string;
  geometry: { type: 'Point'; coordinates: [number, number] };
  properties: Pick<Event, 'title' | 'date' | 'type' | 'subtype' | 'fatalities'> & { place?: string };
}

/** `event` as a GeoJSON feature, or `undefined` when it has no known point. */
export function eventFeature(graph: Pick<ContentGraph, 'place'>, event: Event): EventFeature | undefined {
  const point = eventPoint(graph, event);
  if (point === undefined) return undefined;
  return {
    type: 'Feature',
    id: event.id,
    geometry: { type: 'Point', coordinates: [point[0], point[1]] },
    properties: {
      title: event.title,
      date: event.date,
      type: event.type,
      subtype: event.subtype,
      ...(event.fatalities && { fatalities: event.fatalities }),
      ...(event.location && { place: event.location.place }),
    },
  };
}
