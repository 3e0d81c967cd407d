import type { ContentGraph } from '@marsad/content';
import { type Event, fuzzyDateBounds } from '@marsad/schema';

/**
 * The events in date order, as the API lists them: earliest possible day, then latest, then id (an open
 * start first, an open end last). Each date is parsed once, not at every comparison.
 */
export function eventsByDate(graph: Pick<ContentGraph, 'all'>): Event[] {
  const keyed = graph.all('event').map((event) => {
    const { earliest, latest } = fuzzyDateBounds(event.date);
    return { event, key: [earliest ?? '', latest ?? '~', event.id] };
  });
  keyed.sort((a, b) => {
    for (let i = 0; i < 3; i++) {
      if (a.key[i]! !== b.key[i]!) return a.key[i]! < b.key[i]! ? -1 : 1;
    }
    return 0;
  });
  return keyed.map(({ event }) => event);
}
