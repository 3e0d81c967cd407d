import type { Article } from '@marsad/schema';
import type { ArticleEntry, ArticleVersion } from '../model/entities.js';
import { BundleError } from './bundle-error.js';
import { canonicalJson } from './canonical-json.js';

/**
 * An article version as the bundle stores it: everything but the body. Bodies are most of a corpus's
 * bytes and are read one article at a time, so they live in search.sqlite (with their reading times).
 * The original's frontmatter is the article's `meta` (the same object), so it is stored once, as `meta`,
 * and left out of the version.
 */
type StoredVersion = Omit<ArticleVersion, 'body' | 'frontmatter'> & {
  frontmatter?: ArticleVersion['frontmatter'];
};

/** Reads an article body from wherever the bundle keeps it; `undefined` when it has none. */
export type BodyReader = (id: string, lang: string) => string | undefined;

/**
 * An article as two texts: its `id`, `lang` and `meta`, which lists and publicity checks read, and its
 * versions, which only a request for the article itself needs.
 */
export function articleRow(article: ArticleEntry): { data: string; versions: string } {
  const versions: Record<string, StoredVersion> = {};
  for (const [lang, { body: _body, frontmatter, ...version }] of Object.entries(article.versions)) {
    versions[lang] = { ...version, ...(frontmatter !== article.meta && { frontmatter }) };
  }
  return {
    data: canonicalJson({ id: article.id, lang: article.lang, meta: article.meta }),
    versions: canonicalJson(versions),
  };
}

/**
 * Rebuilds an article from its row. Its versions are parsed when first read, and each version's `body`
 * is read through `readBody` each time it is asked for, so only what a caller uses is ever in memory.
 */
export function articleFromRow(data: string, versionsText: string, readBody: BodyReader): ArticleEntry {
  const article = JSON.parse(data) as { id: string; lang: string; meta: Article };
  let versions: Record<string, ArticleVersion> | undefined;
  return Object.defineProperty(article, 'versions', {
    enumerable: true,
    get: () => {
      versions ??= restoreVersions(article.id, article.meta, versionsText, readBody);
      return versions;
    },
  }) as ArticleEntry;
}

function restoreVersions(
  id: string,
  meta: Article,
  text: string,
  readBody: BodyReader,
): Record<string, ArticleVersion> {
  const versions: Record<string, ArticleVersion> = {};
  const stored = JSON.parse(text) as Record<string, StoredVersion>;
  for (const [lang, { frontmatter = meta, ...version }] of Object.entries(stored)) {
    versions[lang] = Object.defineProperty({ ...version, frontmatter }, 'body', {
      enumerable: true,
      get() {
        const body = readBody(id, lang);
        if (body === undefined) {
          throw new BundleError('corrupt', `The bundle has no body for article ${id} (${lang}).`);
        }
        return body;
      },
    }) as ArticleVersion;
  }
  return versions;
}
