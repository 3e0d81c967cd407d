import { type ArticleEntry, type ContentGraph, type EventTimeline, isPublic } from '@marsad/content';
import type { Event } from '@marsad/schema';
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

/** Every rank of the graph's timeline, ascending: the unfiltered list. */
export const allRanks = perGraph((graph) => Array.from(graph.timeline().ids, (_id, rank) => rank));

/** The sort key in lists of the event of a rank: its day bounds and id. */
export function rankKey(index: EventTimeline, rank: number): SortKey {
  return [index.earliest[rank]!, index.latest[rank]!, index.ids[rank]!];
}

/** The day bounds of an event of the timeline. */
export function eventDays(index: EventTimeline, eventId: string): EventDays {
  const rank = index.rankOf(eventId)!;
  return { earliest: index.earliest[rank]!, latest: index.latest[rank]! };
}

/** The event of a rank, read from the graph. */
export function eventAt(graph: ContentGraph, rank: number): Event {
  return graph.event(graph.timeline().ids[rank]!)!;
}

/** The events of `ranks`, in that order, read from the graph. */
export function eventsAt(graph: ContentGraph, ranks: readonly number[]): Event[] {
  return ranks.map((rank) => eventAt(graph, rank));
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
  for (const { meta } of articlesNewestFirst(graph)) {
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
