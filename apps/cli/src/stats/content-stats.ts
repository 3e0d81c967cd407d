import type { ContentGraph, LoadedContent } from '@marsad/content';
import { fuzzyDateBounds, type Localized } from '@marsad/schema';
import { countSeverities } from '../reporters/report-options.js';

/** An actor as the statistics list it. */
export interface ActorCount {
  id: string;
  name: Localized;
  /** Article versions that mention the actor in their body or whose article lists it in `about`. */
  articleVersions: number;
}

/** What `marsad stats` reports about a content repository. */
export interface ContentStats {
  files: number;
  errors: number;
  warnings: number;
  /** Valid entries per collection; `articleVersions` counts every language version. */
  counts: {
    articles: number;
    articleVersions: number;
    actors: number;
    events: number;
    places: number;
    authors: number;
  };
  /** Article versions per language. */
  articlesByLanguage: Record<string, number>;
  /** Events per year of the earliest day they may fall on (`unknown` for an open start and end). */
  eventsByYear: Record<string, number>;
  eventsByType: Record<string, number>;
  /** The `top` actors with the most article versions, most first, then by id; none with 0. */
  mostMentionedActors: ActorCount[];
  /** Actors no article and no event refers to, by id. */
  orphans: Pick<ActorCount, 'id' | 'name'>[];
}

/** Counts per key, keys in the order given by `order`. */
function tally(keys: Iterable<string>, order: (a: string, b: string) => number): Record<string, number> {
  const counts = new Map<string, number>();
  for (const key of keys) counts.set(key, (counts.get(key) ?? 0) + 1);
  return Object.fromEntries([...counts].sort(([a], [b]) => order(a, b)));
}

const byKey = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function eventYear(date: string): string {
  const { earliest, latest } = fuzzyDateBounds(date);
  return (earliest ?? latest)?.slice(0, 4) ?? 'unknown';
}

/**
 * For each actor, how many article versions refer to it: a body mention counts for its own version,
 * an `about` entry (shared metadata) for every version of the article; a version counts once however
 * often it names the actor. Only actors in the graph are counted.
 */
function articleVersionsPerActor(graph: ContentGraph): Map<string, number> {
  const counts = new Map<string, number>();
  for (const article of graph.all('article')) {
    const languages = Object.keys(article.versions);
    const versionsOf = new Map<string, Set<string>>();
    for (const reference of graph.referencesFrom('article', article.id)) {
      if (reference.to.kind !== 'actor' || !graph.has('actor', reference.to.id)) continue;
      const versions = versionsOf.get(reference.to.id) ?? new Set<string>();
      if (reference.field === 'about') for (const lang of languages) versions.add(lang);
      if (reference.field === 'mention') versions.add(String(reference.path[1]));
      versionsOf.set(reference.to.id, versions);
    }
    for (const [actor, versions] of versionsOf) counts.set(actor, (counts.get(actor) ?? 0) + versions.size);
  }
  return counts;
}

/** The statistics of loaded content, from its graph: entries with errors are not in it and not counted. */
export function contentStats(loaded: LoadedContent, top: number): ContentStats {
  const { graph } = loaded;
  const articles = graph.all('article');
  const versions = articles.flatMap((article) => Object.keys(article.versions));
  const events = graph.all('event');
  const actors = graph.all('actor');
  const mentioned = articleVersionsPerActor(graph);
  const named = (actor: { id: string; name: Localized }) => ({ id: actor.id, name: actor.name });
  const { errors, warnings } = countSeverities(loaded.diagnostics);
  return {
    files: loaded.fileCount,
    errors,
    warnings,
    counts: {
      articles: articles.length,
      articleVersions: versions.length,
      actors: actors.length,
      events: events.length,
      places: graph.count('place'),
      authors: graph.count('author'),
    },
    articlesByLanguage: tally(versions, byKey),
    eventsByYear: tally(
      events.map((event) => eventYear(event.date)),
      byKey,
    ),
    eventsByType: tally(
      events.map((event) => event.type),
      byKey,
    ),
    mostMentionedActors: actors
      .filter((actor) => mentioned.has(actor.id))
      .map((actor) => ({ ...named(actor), articleVersions: mentioned.get(actor.id) ?? 0 }))
      .sort((a, b) => b.articleVersions - a.articleVersions || byKey(a.id, b.id))
      .slice(0, top),
    orphans: actors
      .filter((actor) =>
        graph
          .referencesTo('actor', actor.id)
          .every((reference) => !['article', 'event'].includes(reference.from.kind)),
      )
      .map(named)
      .sort((a, b) => byKey(a.id, b.id)),
  };
}
