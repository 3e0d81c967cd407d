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
  /** The position of each event in {@link EventIndex.sorted}, to sort any subset without comparing dates. */
  rank: Map<string, number>;
  /** The events of each actor (each once, whatever its roles), in date order. */
  byActor: Map<string, Event[]>;
  /** The events located at each place (not those within it), in date order. */
  byPlace: Map<string, Event[]>;
}

/** Appends `event` to the list of `key`, creating it. */
function push(map: Map<string, Event[]>, key: string, event: Event): void {
  const list = map.get(key);
  if (list) list.push(event);
  else map.set(key, [event]);
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
  const byActor = new Map<string, Event[]>();
  const byPlace = new Map<string, Event[]>();
  for (const event of sorted) {
    for (const actor of new Set(event.participants?.map((participant) => participant.actor))) {
      push(byActor, actor, event);
    }
    if (event.location) push(byPlace, event.location.place, event);
  }
  return { sorted, days, rank: new Map(sorted.map((event, index) => [event.id, index])), byActor, byPlace };
});

/** An event's sort key in lists: its day bounds and id. */
export function eventKey(index: EventIndex, event: Event): SortKey {
  const { earliest, latest } = index.days.get(event.id)!;
  return [earliest, latest, event.id];
}

/** `events` (a subset of the graph's) in date order. */
export function inDateOrder(index: EventIndex, events: Iterable<Event>): Event[] {
  return [...events].sort((a, b) => index.rank.get(a.id)! - index.rank.get(b.id)!);
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
  const time = now.getTime();
  const span = publicSpans.get(graph);
  if (span && span.from <= time && time < span.until) return span.articles;
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
  const articles = articlesNewestFirst(graph).filter((article) => isPublic(article.meta, now));
  publicSpans.set(graph, { from, until, articles });
  return articles;
}
