import { type Event, fuzzyDateBounds } from '@marsad/schema';

/**
 * Every event in date order, as lists side by side: by earliest possible day, then latest, then id.
 * Open ends are `''` (earliest) and `'~'` (latest), which sort before and after every day. A position in
 * the lists is the event's rank; filters over ranks read these arrays, not the events themselves.
 */
export interface EventTimeline {
  readonly ids: readonly string[];
  readonly earliest: readonly string[];
  readonly latest: readonly string[];
  /** The rank of an event, `undefined` when there is no such event. */
  rankOf(eventId: string): number | undefined;
  /**
   * The ranks, ascending, of the events an actor takes part in (each once, whatever its roles), or of
   * the events located at a place (not those within it).
   */
  ranksOf(kind: 'actor' | 'place', id: string): readonly number[];
}

/** The first and last possible day of an event in {@link EventTimeline}'s convention. */
function eventDays(event: Event): { earliest: string; latest: string } {
  const bounds = fuzzyDateBounds(event.date);
  return { earliest: bounds.earliest ?? '', latest: bounds.latest ?? '~' };
}

/** Compares two events' `[earliest, latest, id]` keys by code unit. */
const before = (a: readonly string[], b: readonly string[]) =>
  a[0]! < b[0]! ? -1 : a[0]! > b[0]! ? 1 : a[1]! < b[1]! ? -1 : a[1]! > b[1]! ? 1 : a[2]! < b[2]! ? -1 : 1;

/** Appends `rank` to the list of `key`, creating it. */
function push(map: Map<string, number[]>, key: string, rank: number): void {
  const list = map.get(key);
  if (list) list.push(rank);
  else map.set(key, [rank]);
}

/** Each actor's or place's ranks, ascending, by its id. */
type RankLists = ReadonlyMap<string, readonly number[]>;

/**
 * The timeline of `events`, computed from them: what an in-memory graph serves, and what a bundle stores
 * (with every actor's and place's rank lists, which it writes as they are).
 */
export function timelineOf(
  events: readonly Event[],
): EventTimeline & { readonly ranks: { readonly [K in 'actor' | 'place']: RankLists } } {
  const keyed = events.map((event) => {
    const { earliest, latest } = eventDays(event);
    return { event, key: [earliest, latest, event.id] as const };
  });
  keyed.sort((a, b) => before(a.key, b.key));
  const rank = new Map<string, number>();
  // Filled in date order, so every list comes out ascending.
  const byActor = new Map<string, number[]>();
  const byPlace = new Map<string, number[]>();
  keyed.forEach(({ event }, index) => {
    rank.set(event.id, index);
    for (const actor of new Set(event.participants?.map((participant) => participant.actor))) {
      push(byActor, actor, index);
    }
    if (event.location) push(byPlace, event.location.place, index);
  });
  const ranks = { actor: byActor, place: byPlace };
  return {
    ranks,
    ids: keyed.map(({ key }) => key[2]),
    earliest: keyed.map(({ key }) => key[0]),
    latest: keyed.map(({ key }) => key[1]),
    rankOf: (eventId) => rank.get(eventId),
    ranksOf: (kind, id) => ranks[kind].get(id) ?? [],
  };
}
