import { z } from '@hono/zod-openapi';
import type { ContentGraph } from '@marsad/content';
import { Coordinates, Event, type Event as EventValue, Id } from '@marsad/schema';
import { eventPoint } from './event-filter.js';

/** An event as a GeoJSON Feature (RFC 7946): its point and the fields a map labels it with. */
export const EventFeature = z
  .object({
    type: z.literal('Feature'),
    id: Id,
    geometry: z.object({ type: z.literal('Point'), coordinates: Coordinates }),
    properties: z
      .object(Event.shape)
      .pick({ title: true, date: true, type: true, subtype: true, fatalities: true })
      .extend({ place: Id.optional() }),
  })
  .meta({ id: 'EventFeature', title: 'Event feature', description: 'An event as a GeoJSON Point feature.' });

/** A page of located events as a GeoJSON FeatureCollection, with the list's paging as foreign members. */
export const EventFeatureCollection = z
  .object({
    type: z.literal('FeatureCollection'),
    features: z.array(EventFeature),
    total: z.int().min(0).meta({ description: 'Located events in the whole filtered list.' }),
    next: z.string().nullable().meta({ description: 'The `cursor` of the next page; `null` on the last.' }),
  })
  .meta({
    id: 'EventFeatureCollection',
    title: 'Event feature collection',
    description: 'Located events as GeoJSON (RFC 7946); events with no known point are left out.',
  });

/** `event` as a GeoJSON feature, or `undefined` when it has no known point. */
export function eventFeature(
  graph: ContentGraph,
  event: EventValue,
): z.infer<typeof EventFeature> | undefined {
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
