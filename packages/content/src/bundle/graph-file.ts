import { type ReadingTime, readingTime } from '@marsad/arabic';
import type { ArticleEntry, ArticleVersion } from '../model/entities.js';
import { BundleError } from './bundle-error.js';
import { canonicalJson } from './canonical-json.js';
import type { EntityLists } from './public-content.js';

/**
 * An article version in graph.json: everything but the body, plus its reading time. Bodies are most of
 * a corpus's bytes and are read one article at a time, so they live in search.sqlite and graph.json
 * stays small enough to load at start-up. The original's frontmatter is the article's `meta` (the same
 * object), so it is written once, as `meta`, and left out of the version.
 */
type StoredVersion = Omit<ArticleVersion, 'body' | 'frontmatter'> & {
  frontmatter?: ArticleVersion['frontmatter'];
  readingTime: ReadingTime;
};
type StoredArticle = Omit<ArticleEntry, 'versions'> & { versions: Record<string, StoredVersion> };
type StoredGraph = Omit<EntityLists, 'article'> & { article: StoredArticle[] };

/** Reads an article body from wherever the bundle keeps it; `undefined` when it has none. */
export type BodyReader = (id: string, lang: string) => string | undefined;

const readingTimeKey = (id: string, lang: string) => `${id}\u0000${lang}`;

/** graph.json's text: the public entries as compact JSON with sorted keys, article bodies left out. */
export function graphJson(entities: EntityLists): string {
  const stored: StoredGraph = {
    ...entities,
    article: entities.article.map((article) => ({
      ...article,
      versions: Object.fromEntries(
        Object.entries(article.versions).map(([lang, { body, frontmatter, ...version }]) => [
          lang,
          {
            ...version,
            ...(frontmatter !== article.meta && { frontmatter }),
            readingTime: readingTime(body),
          },
        ]),
      ),
    })),
  };
  return canonicalJson(stored);
}

/** The entries of a graph.json, with each article version's reading time on the side. */
export interface ParsedGraph {
  entities: EntityLists;
  readingTimes: ReadonlyMap<string, ReadingTime>;
}

/** The reading time of an article version in a {@link ParsedGraph}. */
export function readingTimeOf(graph: ParsedGraph, id: string, lang: string): ReadingTime | undefined {
  return graph.readingTimes.get(readingTimeKey(id, lang));
}

/**
 * Rebuilds the entries from graph.json's text. An article version's `body` is read through `readBody`
 * each time it is asked for, so only the bodies a caller uses are ever in memory.
 */
export function parseGraphJson(text: string, readBody: BodyReader): ParsedGraph {
  const stored = JSON.parse(text) as StoredGraph;
  const readingTimes = new Map<string, ReadingTime>();
  const article = stored.article.map((entry): ArticleEntry => {
    const versions: Record<string, ArticleVersion> = {};
    for (const [lang, { readingTime: time, frontmatter = entry.meta, ...version }] of Object.entries(
      entry.versions,
    )) {
      readingTimes.set(readingTimeKey(entry.id, lang), time);
      versions[lang] = Object.defineProperty({ ...version, frontmatter }, 'body', {
        enumerable: true,
        get() {
          const body = readBody(entry.id, lang);
          if (body === undefined) {
            throw new BundleError('corrupt', `The bundle has no body for article ${entry.id} (${lang}).`);
          }
          return body;
        },
      }) as ArticleVersion;
    }
    return { ...entry, versions };
  });
  return { entities: { ...stored, article }, readingTimes };
}
