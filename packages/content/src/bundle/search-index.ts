import type { DatabaseSync, StatementSync } from 'node:sqlite';
import { inflateRawSync } from 'node:zlib';
import { foldForSearch, type ReadingTime } from '@marsad/arabic';
import { openDatabase } from './open-database.js';
import { fillSearchIndex } from './search-database.js';
import type { SearchDocument, SearchKind } from './search-documents.js';
import { matchExpression, mayMatch, parseQuery, type QueryTerm, wordMatcher } from './search-query.js';
import { cutSnippet, type Snippet, snippetHtml } from './snippet.js';

/** bm25 weights of the `names`, `title` and `body` columns: a name or title match outranks body text. */
const WEIGHTS = [10, 5, 1] as const;

/** Options of {@link SearchIndex.search}. */
export interface SearchOptions {
  /** Only these kinds of entries; default: all. */
  kinds?: readonly SearchKind[];
  /** Only documents in this language; default: any, each entity once in its best-matching language. */
  lang?: string;
  /** At most this many results, 1 to 100; default 20. */
  limit?: number;
  /** Results to skip, for paging; default 0. */
  offset?: number;
}

/** A search hit: an article version, or an actor, event or place in the language it matched in. */
export interface SearchResult {
  kind: SearchKind;
  id: string;
  lang: string;
  /** The title or name as written. */
  title: string;
  /** Original text with the matching words marked; plain text, to be escaped by whoever prints it. */
  snippet: Snippet;
  /** {@link SearchResult.snippet} as escaped HTML with `<mark>` around the matches. */
  snippetHtml: string;
  /** Relevance (higher is better): the negated bm25 rank. */
  score: number;
}

/** The most results one {@link SearchIndex.search} call returns: a page, not an export. */
export const MAX_SEARCH_LIMIT = 100;

function checkCount(name: string, value: number, min: number, max: number): number {
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new RangeError(`search: ${name} must be a whole number from ${min} to ${max}, got ${value}.`);
  }
  return value;
}

interface Hit {
  rowid: number;
  rank: number;
}

interface DocRow {
  kind: SearchKind;
  id: string;
  lang: string;
  title: string;
  text: string;
  plain: Uint8Array | null;
}

const inflate = (body: Uint8Array) => inflateRawSync(body).toString('utf8');

/**
 * The line (summary or paragraph) of a document's text that a snippet is cut from: the first that may
 * show the most of the query's terms, else the first line with text. Folding a whole text is cheap;
 * splitting it into words and matching each is what costs, so only one line is.
 */
function passageOf(text: string, terms: readonly QueryTerm[]): string {
  let best = '';
  let bestTerms = 0;
  for (const line of text.split('\n')) {
    if (best === '' && bestTerms === 0) best = line;
    const folded = foldForSearch(line);
    const found = terms.filter((term) => mayMatch(folded, term)).length;
    if (found > bestTerms) [best, bestTerms] = [line, found];
    if (bestTerms === terms.length) break;
  }
  return best;
}

/**
 * The bundle's full-text search over public articles, actors, events and places, Arabic-aware: queries
 * and text go through the same folding and light stemming, so `الامريكيه` finds `الأمريكية` and `قوات`
 * finds `القوات`. Read-only; open it with {@link SearchIndex.open} (or get it from `readBundle`).
 */
export class SearchIndex {
  readonly #db: DatabaseSync;
  readonly #hits: StatementSync;
  readonly #doc: StatementSync;
  readonly #body: StatementSync;
  readonly #readingTime: StatementSync;
  #mostDocuments: number | undefined;

  private constructor(db: DatabaseSync) {
    this.#db = db;
    // Entities have one document per language: grouping keeps each once, with its best language.
    // SQLite takes a bare column's value from the row that gave min(), so `rowid` is the best document.
    // Without filters, only the best :window documents are grouped (see #window); with filters, all.
    this.#hits = db.prepare(`
      WITH hits AS MATERIALIZED (
        SELECT rowid, bm25(search, ${WEIGHTS.join(', ')}) AS rank FROM search WHERE search MATCH :match
        ORDER BY rank LIMIT :window
      )
      SELECT docs.rowid AS rowid, min(hits.rank) AS rank
      FROM hits JOIN docs ON docs.rowid = hits.rowid
      WHERE (:kinds IS NULL OR docs.kind IN (SELECT value FROM json_each(:kinds)))
        AND (:lang IS NULL OR docs.lang = :lang)
      GROUP BY docs.kind, docs.id, CASE docs.kind WHEN 'article' THEN docs.lang END
      ORDER BY rank, docs.kind, docs.id, docs.lang
      LIMIT :limit OFFSET :offset`);
    this.#doc = db.prepare('SELECT kind, id, lang, title, text, plain FROM docs WHERE rowid = ?');
    this.#body = db.prepare("SELECT body FROM docs WHERE kind = 'article' AND id = ? AND lang = ?");
    this.#readingTime = db.prepare(
      "SELECT words, minutes FROM docs WHERE kind = 'article' AND id = ? AND lang = ? AND words IS NOT NULL",
    );
  }

  /**
   * How many of the best documents to group for a page that ends at `end`, or -1 (all) when filters
   * apply. A common word matches tens of thousands of documents, and joining and grouping them all
   * cost several times their ranking. An entry has at most `most` documents (one per language), so
   * fewer than `end × most` documents can rank above the best document of any entry on the page:
   * grouping that many gives the same page.
   */
  #window(end: number, filtered: boolean): number {
    if (filtered) return -1;
    this.#mostDocuments ??=
      (
        this.#db
          .prepare('SELECT max(n) AS most FROM (SELECT count(*) AS n FROM docs GROUP BY kind, id)')
          .get() as { most: number | null }
      ).most ?? 1;
    return Math.min(end * this.#mostDocuments, Number.MAX_SAFE_INTEGER);
  }

  /** Opens a search database written by `writeSearchIndex`, read-only. */
  static open(path: string): SearchIndex {
    return new SearchIndex(openDatabase(path, { readOnly: true }));
  }

  /**
   * Indexes `documents` in a database held in memory, for content that has no bundle file (an editor's
   * preview of drafts). The same search as over a written index; close it to free the memory.
   */
  static inMemory(documents: Iterable<SearchDocument>): SearchIndex {
    const db = openDatabase(':memory:');
    try {
      fillSearchIndex(db, documents);
    } catch (error) {
      db.close();
      throw error;
    }
    return new SearchIndex(db);
  }

  /**
   * Finds entries matching every word of `query` (the last one also as a prefix), best first. Any
   * input is safe: words are taken from it and quoted, so FTS5 syntax in it is just text. Input with
   * no words gives no results.
   */
  search(query: string, options: SearchOptions = {}): SearchResult[] {
    const terms = parseQuery(query);
    const match = matchExpression(terms);
    if (match === undefined) return [];
    const limit = checkCount('limit', options.limit ?? 20, 1, MAX_SEARCH_LIMIT);
    const offset = checkCount('offset', options.offset ?? 0, 0, Number.MAX_SAFE_INTEGER);
    const hits = this.#hits.all({
      match,
      kinds: options.kinds === undefined ? null : JSON.stringify(options.kinds),
      lang: options.lang ?? null,
      limit,
      offset,
      window: this.#window(limit + offset, options.kinds !== undefined || options.lang !== undefined),
    }) as unknown as Hit[];
    const matchWord = wordMatcher(terms);
    return hits.map((hit) => {
      const doc = this.#doc.get(hit.rowid) as unknown as DocRow;
      const text = doc.plain === null ? doc.text : `${doc.text}\n${inflate(doc.plain)}`;
      const snippet = cutSnippet(passageOf(text, terms), matchWord);
      return {
        kind: doc.kind,
        id: doc.id,
        lang: doc.lang,
        title: doc.title,
        snippet,
        snippetHtml: snippetHtml(snippet),
        score: -hit.rank,
      };
    });
  }

  /** The Markdown body of a public article version, or `undefined` when there is none. */
  articleBody(id: string, lang: string): string | undefined {
    const row = this.#body.get(id, lang) as { body: Uint8Array | null } | undefined;
    return row?.body ? inflate(row.body) : undefined;
  }

  /** The reading time of a public article version, counted when the index was written. */
  readingTime(id: string, lang: string): ReadingTime | undefined {
    const row = this.#readingTime.get(id, lang) as ReadingTime | undefined;
    return row && { words: row.words, minutes: row.minutes };
  }

  /** Closes the database; the index cannot be used afterwards. */
  close(): void {
    if (this.#db.isOpen) this.#db.close();
  }
}
