import { type ContentGraph, eventPoint } from '@marsad/content';
import type { Event, EventSubtype, EventType, ParticipantRole } from '@marsad/schema';
import type { BoundingBox, DayBound } from '../http/params.js';
import { type EventIndex, eventIndex, ranksOf } from './graph-index.js';

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

/** The events whose `partOf` or `respondsTo` names `eventId`. */
function referrers(graph: ContentGraph, eventId: string, field: 'partOf' | 'respondsTo'): Event[] {
  return graph.referencesTo('event', eventId, field).map((reference) => graph.event(reference.from.id)!);
}

/** A test of the event of a rank. */
type Check = (rank: number) => boolean;

/** The checks of every filter but the one the candidate ranks already satisfy. */
function checksOf(graph: ContentGraph, filter: EventFilter, index: EventIndex, exact: string): Check[] {
  const { sorted, earliest, latest } = index;
  const checks: Check[] = [];
  const { type, subtype, from, to, actor, role, partOf, respondsTo, minFatalities, bbox } = filter;
  if (type !== undefined) checks.push((rank) => sorted[rank]!.type === type);
  if (subtype !== undefined) checks.push((rank) => sorted[rank]!.subtype === subtype);
  if (from !== undefined) checks.push((rank) => latest[rank]! >= from.earliest);
  if (to !== undefined) checks.push((rank) => earliest[rank]! <= to.latest);
  if (role !== undefined || (actor !== undefined && exact !== 'actor')) {
    checks.push(
      (rank) =>
        sorted[rank]!.participants?.some(
          (participant) =>
            (actor === undefined || participant.actor === actor) &&
            (role === undefined || participant.role === role),
        ) ?? false,
    );
  }
  if (filter.place !== undefined && exact !== 'place') {
    const places = new Set(placeAndWithin(graph, filter.place));
    checks.push((rank) => {
      const location = sorted[rank]!.location;
      return location !== undefined && places.has(location.place);
    });
  }
  if (partOf !== undefined && exact !== 'partOf') checks.push((rank) => sorted[rank]!.partOf === partOf);
  if (respondsTo !== undefined && exact !== 'respondsTo')
    checks.push((rank) => sorted[rank]!.respondsTo?.includes(respondsTo) ?? false);
  if (minFatalities !== undefined)
    checks.push((rank) => (sorted[rank]!.fatalities?.best ?? 0) >= minFatalities);
  if (bbox !== undefined) {
    checks.push((rank) => {
      const point = eventPoint(graph, sorted[rank]!);
      if (point === undefined) return false;
      const [lon, lat] = point;
      return lon >= bbox.west && lon <= bbox.east && lat >= bbox.south && lat <= bbox.north;
    });
  }
  return checks;
}

/**
 * The events that pass every filter, in date order. Dates compare by EDTF bounds: an event is kept when
 * the period it may fall in overlaps `from`..`to` (an open end overlaps everything on its side).
 */
export function filterEvents(graph: ContentGraph, filter: EventFilter): readonly Event[] {
  const index = eventIndex(graph);
  // Start from the narrowest index the filters allow, as ranks; only the other filters are checked one
  // event at a time, and the unfiltered list is served as it is, without a copy.
  let candidates: readonly number[] | undefined;
  let exact = '';
  if (filter.actor !== undefined) {
    candidates = index.byActor.get(filter.actor) ?? [];
    exact = 'actor';
  } else if (filter.partOf !== undefined) {
    candidates = ranksOf(index, referrers(graph, filter.partOf, 'partOf'));
    exact = 'partOf';
  } else if (filter.respondsTo !== undefined) {
    candidates = ranksOf(index, referrers(graph, filter.respondsTo, 'respondsTo'));
    exact = 'respondsTo';
  } else if (filter.place !== undefined) {
    const lists = placeAndWithin(graph, filter.place).map((place) => index.byPlace.get(place) ?? []);
    candidates = lists.length === 1 ? lists[0]! : lists.flat().sort((a, b) => a - b);
    exact = 'place';
  }
  const checks = checksOf(graph, filter, index, exact);
  if (candidates === undefined && checks.length === 0) return index.sorted;
  const ranks = candidates ?? index.sorted.map((_event, rank) => rank);
  const kept = checks.length === 0 ? ranks : ranks.filter((rank) => checks.every((check) => check(rank)));
  return kept.map((rank) => index.sorted[rank]!);
}

/** A place and every place within it, at any depth. */
export function placeAndWithin(graph: ContentGraph, placeId: string): string[] {
  return [placeId, ...graph.placesWithin(placeId, { deep: true }).map((place) => place.id)];
}
