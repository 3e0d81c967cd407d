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

/** The events whose `partOf` or `respondsTo` names `eventId`. */
function referrers(graph: ContentGraph, eventId: string, field: 'partOf' | 'respondsTo'): Event[] {
  return graph.referencesTo('event', eventId, field).map((reference) => graph.event(reference.from.id)!);
}

/**
 * The events that pass every filter, in date order. Dates compare by EDTF bounds: an event is kept when
 * the period it may fall in overlaps `from`..`to` (an open end overlaps everything on its side).
 */
export function filterEvents(graph: ContentGraph, filter: EventFilter): Event[] {
  const index = eventIndex(graph);
  // Start from the narrowest index the filters allow; the rest are checked one event at a time.
  const places = filter.place === undefined ? undefined : placeAndWithin(graph, filter.place);
  const candidates =
    filter.actor !== undefined
      ? (index.byActor.get(filter.actor) ?? [])
      : filter.partOf !== undefined
        ? inDateOrder(index, referrers(graph, filter.partOf, 'partOf'))
        : filter.respondsTo !== undefined
          ? inDateOrder(index, referrers(graph, filter.respondsTo, 'respondsTo'))
          : places !== undefined
            ? places.length === 1
              ? (index.byPlace.get(places[0]!) ?? [])
              : inDateOrder(
                  index,
                  places.flatMap((place) => index.byPlace.get(place) ?? []),
                )
            : index.sorted;
  const inPlaces = places === undefined ? undefined : new Set(places);
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
    if (inPlaces !== undefined && (event.location === undefined || !inPlaces.has(event.location.place)))
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
