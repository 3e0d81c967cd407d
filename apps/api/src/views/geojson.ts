import { z } from '@hono/zod-openapi';
import { Coordinates, Event, Id } from '@marsad/schema';

/** The OpenAPI schema of `eventFeature` (@marsad/content): an event as a GeoJSON Feature (RFC 7946). */
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
