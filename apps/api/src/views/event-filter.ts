import { type ContentGraph, type EventTimeline, eventPoint } from '@marsad/content';
import type { EventSubtype, EventType, ParticipantRole } from '@marsad/schema';
import type { BoundingBox, DayBound } from '../http/params.js';
import { allRanks } from './graph-index.js';

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

/** The ranks, ascending, of the events whose `partOf` or `respondsTo` names `eventId`. */
function referrers(
  graph: ContentGraph,
  index: EventTimeline,
  eventId: string,
  field: 'partOf' | 'respondsTo',
) {
  return graph
    .referencesTo('event', eventId, field)
    .map((reference) => index.rankOf(reference.from.id)!)
    .sort((a, b) => a - b);
}

/** A test of the event of a rank. */
type Check = (rank: number) => boolean;

/** The checks of every filter but the one the candidate ranks already satisfy. */
function checksOf(graph: ContentGraph, filter: EventFilter, index: EventTimeline, exact: string): Check[] {
  const { ids, earliest, latest } = index;
  const eventAt = (rank: number) => graph.event(ids[rank]!)!;
  const checks: Check[] = [];
  const { type, subtype, from, to, actor, role, partOf, respondsTo, minFatalities, bbox } = filter;
  // The day checks read arrays and go first: only the events that pass them are read from the graph.
  if (from !== undefined) checks.push((rank) => latest[rank]! >= from.earliest);
  if (to !== undefined) checks.push((rank) => earliest[rank]! <= to.latest);
  if (type !== undefined) checks.push((rank) => eventAt(rank).type === type);
  if (subtype !== undefined) checks.push((rank) => eventAt(rank).subtype === subtype);
  if (role !== undefined || (actor !== undefined && exact !== 'actor')) {
    checks.push(
      (rank) =>
        eventAt(rank).participants?.some(
          (participant) =>
            (actor === undefined || participant.actor === actor) &&
            (role === undefined || participant.role === role),
        ) ?? false,
    );
  }
  if (filter.place !== undefined && exact !== 'place') {
    const places = new Set(placeAndWithin(graph, filter.place));
    checks.push((rank) => {
      const location = eventAt(rank).location;
      return location !== undefined && places.has(location.place);
    });
  }
  if (partOf !== undefined && exact !== 'partOf') checks.push((rank) => eventAt(rank).partOf === partOf);
  if (respondsTo !== undefined && exact !== 'respondsTo')
    checks.push((rank) => eventAt(rank).respondsTo?.includes(respondsTo) ?? false);
  if (minFatalities !== undefined)
    checks.push((rank) => (eventAt(rank).fatalities?.best ?? 0) >= minFatalities);
  if (bbox !== undefined) {
    checks.push((rank) => {
      const point = eventPoint(graph, eventAt(rank));
      if (point === undefined) return false;
      const [lon, lat] = point;
      return lon >= bbox.west && lon <= bbox.east && lat >= bbox.south && lat <= bbox.north;
    });
  }
  return checks;
}

/**
 * The ranks of the events that pass every filter, in date order (see {@link EventTimeline}). Dates
 * compare by EDTF bounds: an event is kept when the period it may fall in overlaps `from`..`to` (an open
 * end overlaps everything on its side).
 */
export function filterEvents(graph: ContentGraph, filter: EventFilter): readonly number[] {
  const index = graph.timeline();
  // Start from the narrowest index the filters allow, as ranks; only the other filters are checked one
  // event at a time, and the unfiltered list is served as it is, without a copy.
  let candidates: readonly number[] | undefined;
  let exact = '';
  if (filter.actor !== undefined) {
    candidates = index.ranksOf('actor', filter.actor);
    exact = 'actor';
  } else if (filter.partOf !== undefined) {
    candidates = referrers(graph, index, filter.partOf, 'partOf');
    exact = 'partOf';
  } else if (filter.respondsTo !== undefined) {
    candidates = referrers(graph, index, filter.respondsTo, 'respondsTo');
    exact = 'respondsTo';
  } else if (filter.place !== undefined) {
    const lists = placeAndWithin(graph, filter.place).map((place) => index.ranksOf('place', place));
    candidates = lists.length === 1 ? lists[0]! : lists.flat().sort((a, b) => a - b);
    exact = 'place';
  }
  const checks = checksOf(graph, filter, index, exact);
  const ranks = candidates ?? allRanks(graph);
  return checks.length === 0 ? ranks : ranks.filter((rank) => checks.every((check) => check(rank)));
}

/** A place and every place within it, at any depth. */
export function placeAndWithin(graph: ContentGraph, placeId: string): string[] {
  return [placeId, ...graph.placesWithin(placeId, { deep: true }).map((place) => place.id)];
}
