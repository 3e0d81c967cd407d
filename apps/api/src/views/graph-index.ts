import { type ArticleEntry, type ContentGraph, isPublic } from '@marsad/content';
import { type Event, fuzzyDateBounds } from '@marsad/schema';
import { type SortKey, sortByKey } from '../list/sort-key.js';

/** Computes something once per graph: a graph never changes, so what is derived from it never does. */
function perGraph<T>(derive: (graph: ContentGraph) => T): (graph: ContentGraph) => T {
  const cache = new WeakMap<ContentGraph, T>();
  return (graph) => {
    let value = cache.get(graph);
    if (value === undefined) {
      value = derive(graph);
      cache.set(graph, value);
    }
    return value;
  };
}

/** The first and last possible day of an event (`''` and `'~'` for open ends, which sort first and last). */
export interface EventDays {
  earliest: string;
  latest: string;
}

/** Events in date order with their day bounds, parsed once per graph. */
export interface EventIndex {
  /** Every event, by earliest day, then latest day, then id. */
  sorted: Event[];
  days: Map<string, EventDays>;
  /** The position (rank) of each event in {@link EventIndex.sorted}. */
  rank: Map<string, number>;
  /** The first and last possible day of each event, by rank: filters read arrays, not maps. */
  earliest: string[];
  latest: string[];
  /** The ranks of each actor's events (each once, whatever its roles), ascending. */
  byActor: Map<string, number[]>;
  /** The ranks of the events located at each place (not those within it), ascending. */
  byPlace: Map<string, number[]>;
}

/** Appends `rank` to the list of `key`, creating it. */
function push(map: Map<string, number[]>, key: string, rank: number): void {
  const list = map.get(key);
  if (list) list.push(rank);
  else map.set(key, [rank]);
}

/** The date order of the events of `graph`. */
export const eventIndex = perGraph((graph): EventIndex => {
  const days = new Map<string, EventDays>();
  for (const event of graph.all('event')) {
    const bounds = fuzzyDateBounds(event.date);
    days.set(event.id, { earliest: bounds.earliest ?? '', latest: bounds.latest ?? '~' });
  }
  const sorted = sortByKey(graph.all('event'), (event) => {
    const { earliest, latest } = days.get(event.id)!;
    return [earliest, latest, event.id];
  });
  // Filled in date order, so every list comes out sorted and no request sorts an actor's events.
  const byActor = new Map<string, number[]>();
  const byPlace = new Map<string, number[]>();
  sorted.forEach((event, rank) => {
    for (const actor of new Set(event.participants?.map((participant) => participant.actor))) {
      push(byActor, actor, rank);
    }
    if (event.location) push(byPlace, event.location.place, rank);
  });
  return {
    sorted,
    days,
    rank: new Map(sorted.map((event, rank) => [event.id, rank])),
    earliest: sorted.map((event) => days.get(event.id)!.earliest),
    latest: sorted.map((event) => days.get(event.id)!.latest),
    byActor,
    byPlace,
  };
});

/** An event's sort key in lists: its day bounds and id. */
export function eventKey(index: EventIndex, event: Event): SortKey {
  const { earliest, latest } = index.days.get(event.id)!;
  return [earliest, latest, event.id];
}

/** The ranks of `events` (some of the graph's), ascending: their date order. */
export function ranksOf(index: EventIndex, events: Iterable<Event>): number[] {
  return Array.from(events, (event) => index.rank.get(event.id)!).sort((a, b) => a - b);
}

/** Sorts after every publication time: articles without one come last. */
const UNPUBLISHED = 8.64e15;

/** An article's sort key in lists: newest first (by `published`), then id. */
export function articleKey(article: ArticleEntry): SortKey {
  const published = article.meta.published === undefined ? Number.NaN : Date.parse(article.meta.published);
  return [Number.isNaN(published) ? UNPUBLISHED : -published, article.id];
}

/** Every article of `graph`, newest first, public or not: callers filter what the request may see. */
export const articlesNewestFirst = perGraph((graph) => sortByKey(graph.all('article'), articleKey));

/** The public articles of a graph for a span of time in which no article's publicity changes. */
interface PublicSpan {
  /** From this time (ms, inclusive)… */
  from: number;
  /** …until this one (exclusive): the next publication time or embargo end. */
  until: number;
  articles: ArticleEntry[];
}

const publicSpans = new WeakMap<ContentGraph, PublicSpan>();

/**
 * The articles public at `now`, newest first. Publicity only changes at publication times and embargo
 * ends, so the list is kept until the next of those (or back to the previous one, for a clock that goes
 * back): a request does not check every article.
 */
export function publicArticles(graph: ContentGraph, now: Date): ArticleEntry[] {
  return publicSpan(graph, now).articles;
}

/**
 * When the publicity of the graph's articles last changed before `now` (ms; `-Infinity` if never):
 * responses for anonymous readers are the same from then until the next change, so caches key on it.
 */
export function publicSince(graph: ContentGraph, now: Date): number {
  return publicSpan(graph, now).from;
}

function publicSpan(graph: ContentGraph, now: Date): PublicSpan {
  const time = now.getTime();
  const span = publicSpans.get(graph);
  if (span && span.from <= time && time < span.until) return span;
  let from = Number.NEGATIVE_INFINITY;
  let until = Number.POSITIVE_INFINITY;
  for (const { meta } of graph.all('article')) {
    if (meta.status !== 'published' && meta.status !== 'retracted') continue;
    for (const moment of [meta.published, meta.embargo]) {
      if (moment === undefined) continue;
      const at = Date.parse(moment);
      if (at <= time) from = Math.max(from, at);
      else until = Math.min(until, at);
    }
  }
  const fresh = {
    from,
    until,
    articles: articlesNewestFirst(graph).filter((article) => isPublic(article.meta, now)),
  };
  publicSpans.set(graph, fresh);
  return fresh;
}
