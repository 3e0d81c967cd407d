import type { Event } from '@marsad/schema';
import type { ContentGraph } from '../graph/content-graph.js';

/** The point of an event, `[lon, lat]`: its own coordinates, else its place's; `undefined` when neither is known. */
export function eventPoint(
  graph: Pick<ContentGraph, 'place'>,
  event: Event,
): readonly [number, number] | undefined {
  if (event.location === undefined) return undefined;
  return event.location.coordinates ?? graph.place(event.location.place)?.coordinates;
}
