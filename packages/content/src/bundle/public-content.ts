import type { ContentGraph } from '../graph/content-graph.js';
import { isPublic } from '../graph/is-public.js';
import type { EntityKind, EntityValue } from '../model/entities.js';

/** Entries of every kind, in id order: what a {@link ContentGraph} is built from. */
export type EntityLists = { [K in EntityKind]: EntityValue[K][] };

/** Every entry of `graph`, drafts and embargoed articles included: what an editor's preview sees. */
export function allEntities(graph: ContentGraph): EntityLists {
  return {
    actor: graph.all('actor'),
    event: graph.all('event'),
    place: graph.all('place'),
    author: graph.all('author'),
    article: graph.all('article'),
  };
}

/**
 * What readers may see at `now`: the articles {@link isPublic} lets through, with all their language
 * versions, and every actor, event, place and author (these have no status, and they passed validation).
 */
export function publicEntities(graph: ContentGraph, now: Date): EntityLists {
  const entities = allEntities(graph);
  return { ...entities, article: entities.article.filter((article) => isPublic(article.meta, now)) };
}

/**
 * The first moment after `now` at which an article that is published (or retracted) but held back
 * becomes public: its publication time or its embargo, whichever is later. `null` when none is waiting.
 * A server rebuilds its bundle then; drafts change only with an edit, which triggers a build anyway.
 */
export function nextPublicChange(graph: ContentGraph, now: Date): string | null {
  let next: number | undefined;
  for (const { meta } of graph.all('article')) {
    if (meta.status !== 'published' && meta.status !== 'retracted') continue;
    if (meta.published === undefined) continue;
    const opens = Math.max(
      Date.parse(meta.published),
      meta.embargo === undefined ? Number.NEGATIVE_INFINITY : Date.parse(meta.embargo),
    );
    if (opens > now.getTime() && (next === undefined || opens < next)) next = opens;
  }
  return next === undefined ? null : new Date(next).toISOString();
}
