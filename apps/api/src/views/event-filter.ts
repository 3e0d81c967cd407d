import type { ContentGraph } from '@marsad/content';
import type { Event, EventSubtype, EventType, ParticipantRole } from '@marsad/schema';
import type { BoundingBox, DayBound } from '../http/params.js';
import { eventIndex, inDateOrder } from './graph-index.js';

/** The filters of the event lists. */
export interface EventFilter {
  /** Events that may have happened on or after the first day of this period. */
  from?: DayBound | undefined;
  /** Events that may have happened on or before the last day of this period. */
  to?: DayBound | undefined;
  type?: EventType | undefined;
  subtype?: EventSubtype | undefined;
  /** Events this actor takes part in (in `role`, when given). */
  actor?: string | undefined;
  /** Events with a participant in this role (the `actor`'s role, when an actor is given). */
  role?: ParticipantRole | undefined;
  /** Events at this place or any place within it. */
  place?: string | undefined;
  /** Member events of this campaign. */
  partOf?: string | undefined;
  /** Events that respond to this event. */
  respondsTo?: string | undefined;
  /** Events whose point (their own, else their place's) is inside this box. */
  bbox?: BoundingBox | undefined;
  /** Events with at least this best estimate of deaths. */
  minFatalities?: number | undefined;
}

/** The point of an event: its own coordinates, else its place's; `undefined` when neither is known. */
export function eventPoint(graph: ContentGraph, event: Event): readonly [number, number] | undefined {
  if (event.location === undefined) return undefined;
  return event.location.coordinates ?? graph.place(event.location.place)?.coordinates;
}

/** The events a reference field points from, each once. */
function referrers(
  graph: ContentGraph,
  kind: 'actor' | 'place' | 'event',
  ids: string[],
  field: string,
): Event[] {
  const events = new Map<string, Event>();
  for (const id of ids) {
    for (const reference of graph.referencesTo(kind, id, field)) {
      if (reference.from.kind === 'event') events.set(reference.from.id, graph.event(reference.from.id)!);
    }
  }
  return [...events.values()];
}

/**
 * The events that pass every filter, in date order. Dates compare by EDTF bounds: an event is kept when
 * the period it may fall in overlaps `from`..`to` (an open end overlaps everything on its side).
 */
export function filterEvents(graph: ContentGraph, filter: EventFilter): Event[] {
  const index = eventIndex(graph);
  // Start from the narrowest index the filters allow; the rest are checked one event at a time.
  const candidates =
    filter.actor !== undefined
      ? inDateOrder(index, referrers(graph, 'actor', [filter.actor], 'participants'))
      : filter.partOf !== undefined
        ? inDateOrder(index, referrers(graph, 'event', [filter.partOf], 'partOf'))
        : filter.respondsTo !== undefined
          ? inDateOrder(index, referrers(graph, 'event', [filter.respondsTo], 'respondsTo'))
          : filter.place !== undefined
            ? inDateOrder(index, referrers(graph, 'place', placeAndWithin(graph, filter.place), 'location'))
            : index.sorted;
  const places = filter.place === undefined ? undefined : new Set(placeAndWithin(graph, filter.place));
  const { from, to, bbox } = filter;
  return candidates.filter((event) => {
    if (filter.type !== undefined && event.type !== filter.type) return false;
    if (filter.subtype !== undefined && event.subtype !== filter.subtype) return false;
    if (from !== undefined || to !== undefined) {
      const days = index.days.get(event.id)!;
      if (from !== undefined && days.latest < from.earliest) return false;
      if (to !== undefined && days.earliest > to.latest) return false;
    }
    if (filter.actor !== undefined || filter.role !== undefined) {
      const found = event.participants?.some(
        (participant) =>
          (filter.actor === undefined || participant.actor === filter.actor) &&
          (filter.role === undefined || participant.role === filter.role),
      );
      if (!found) return false;
    }
    if (places !== undefined && (event.location === undefined || !places.has(event.location.place)))
      return false;
    if (filter.partOf !== undefined && event.partOf !== filter.partOf) return false;
    if (filter.respondsTo !== undefined && !event.respondsTo?.includes(filter.respondsTo)) return false;
    if (filter.minFatalities !== undefined && (event.fatalities?.best ?? 0) < filter.minFatalities)
      return false;
    if (bbox !== undefined) {
      const point = eventPoint(graph, event);
      if (point === undefined) return false;
      const [lon, lat] = point;
      if (lon < bbox.west || lon > bbox.east || lat < bbox.south || lat > bbox.north) return false;
    }
    return true;
  });
}

/** A place and every place within it, at any depth. */
export function placeAndWithin(graph: ContentGraph, placeId: string): string[] {
  return [placeId, ...graph.placesWithin(placeId, { deep: true }).map((place) => place.id)];
}
