import { searchTerms } from '@marsad/arabic';

/** A record of the search index: kind, page URL, title, a line of context, and its search terms. */
export interface SearchDoc {
  k: 'article' | 'actor' | 'event';
  u: string;
  t: string;
  /** What it is: an article's type and date, an actor's kind, an event's date. */
  m: string;
  /** The document's search terms ({@link searchTerms}), unique, space-separated. */
  x: string;
}

/** Search results grouped by kind, best first. */
export type SearchResults = Record<SearchDoc['k'], SearchDoc[]>;

/**
 * The documents that contain every term of `query`, grouped by kind. Query and documents go through
 * the same {@link searchTerms} (harakat, tatweel, hamza forms and ta marbuta folded, light Arabic
 * stemming), so `الأمريكيّة` finds `الامريكيه`; a query term also matches as the start of a longer
 * term, so results come while a word is still being typed. Documents whose title holds the terms
 * come first. Runs in the browser and in tests alike.
 */
export function matchDocuments(docs: readonly SearchDoc[], query: string, limit = 20): SearchResults {
  const results: SearchResults = { article: [], actor: [], event: [] };
  const wanted = [...new Set(searchTerms(query))];
  if (wanted.length === 0) return results;
  const scored: { doc: SearchDoc; score: number }[] = [];
  for (const doc of docs) {
    const terms = doc.x.split(' ');
    if (!wanted.every((term) => terms.some((candidate) => candidate.startsWith(term)))) continue;
    const title = searchTerms(doc.t);
    const inTitle = wanted.filter((term) => title.some((candidate) => candidate.startsWith(term))).length;
    scored.push({ doc, score: inTitle });
  }
  scored.sort((a, b) => b.score - a.score);
  for (const { doc } of scored) if (results[doc.k].length < limit) results[doc.k].push(doc);
  return results;
}

/**
 * A document's terms in the index's form: unique {@link searchTerms} of all its texts. A hyphenated
 * transliteration is also indexed by its parts, so `Sudani` finds `al-Sudani`.
 */
export function indexTerms(texts: readonly (string | undefined)[]): string {
  const terms = texts.flatMap((text) => (text ? searchTerms(text) : []));
  const parts = terms.flatMap((term) => (term.includes('-') ? term.split('-').filter(Boolean) : []));
  return [...new Set([...terms, ...parts])].join(' ');
}
