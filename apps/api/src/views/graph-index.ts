import type { ArticleEntry, ContentGraph } from '@marsad/content';
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
  return { sorted, days, rank: new Map(sorted.map((event, index) => [event.id, index])) };
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
