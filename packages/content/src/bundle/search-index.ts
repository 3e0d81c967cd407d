import type { DatabaseSync, StatementSync } from 'node:sqlite';
import { inflateRawSync } from 'node:zlib';
import { createIndexTerms, foldForSearch } from '@marsad/arabic';
import { deflateText } from './deflate-thread.js';
import { openDatabase } from './open-database.js';
import { markdownPlainText } from './plain-text.js';
import type { SearchDocument, SearchKind } from './search-documents.js';
import { matchExpression, mayMatch, parseQuery, type QueryTerm, wordMatcher } from './search-query.js';
import { cutSnippet, type Snippet, snippetHtml } from './snippet.js';

/**
 * How much of the index FTS5 holds in memory before writing it out as a segment (default 1 MiB). With
 * the default, the full corpus's index was written as hundreds of small segments, merged again and
 * again, then once more by `optimize`, leaving free pages that took a VACUUM (2.6 CPU-s together);
 * with this much the index of 159 MB of text is written once, as one segment.
 */
const PENDING_INDEX_BYTES = 64 * 2 ** 20;

// `search` holds only the index (contentless): its columns are the folded names and the stemmed title and
// text, which no one reads back. `docs` holds what results show: the original title and text, and an
// article version's Markdown body and its plain text, deflated, since bodies are most of the bytes and are
// read one at a time. The plain text is what snippets are cut from: kept at build time, a hit costs an
// inflate instead of converting the whole Markdown body again.
// The tokenizer sees text already normalised by @marsad/arabic; it only splits it into words.
const SCHEMA = `
CREATE TABLE docs (
  rowid INTEGER PRIMARY KEY,
  kind TEXT NOT NULL,
  id TEXT NOT NULL,
  lang TEXT NOT NULL,
  title TEXT NOT NULL,
  text TEXT NOT NULL,
  body BLOB,
  plain BLOB
);
CREATE VIRTUAL TABLE search USING fts5(
  names, title, body,
  content = '',
  tokenize = 'unicode61 remove_diacritics 2'
);
INSERT INTO search (search, rank) VALUES ('hashsize', ${PENDING_INDEX_BYTES});
`;

// Created once the documents are in, whose order (articles first) is not the index's: sorted once, its
// pages are written full, where indexing row by row split them and needed a VACUUM to compact the file.
const INDEXES = 'CREATE UNIQUE INDEX docs_entry ON docs (kind, id, lang);';

/** bm25 weights of the `names`, `title` and `body` columns: a name or title match outranks body text. */
const WEIGHTS = [10, 5, 1] as const;

/** What {@link writeSearchIndex} indexed. */
export interface SearchIndexStats {
  documents: number;
  /** UTF-8 bytes of the text indexed (titles, names, summaries, bodies as plain text). */
  textBytes: number;
}

/** A search document with its body as plain text, which is both indexed and stored. */
export interface IndexedDocument {
  document: SearchDocument;
  /** The body as plain text ({@link markdownPlainText}), `''` without a body. */
  plainBody: string;
}

/** Each document with its body converted to plain text once, for the index and for the store. */
export function indexedDocuments(documents: Iterable<SearchDocument>): IndexedDocument[] {
  return Array.from(documents, (document) => ({
    document,
    plainBody: document.body === undefined ? '' : markdownPlainText(document.body),
  }));
}

/**
 * The texts `docs` stores deflated, in document order: the Markdown body and the plain text of each
 * document that has a body. Deflate them ({@link deflateText}, or `deflateOnThread` off this thread)
 * and hand the result to {@link writeSearchIndex}.
 */
export function storedTexts(documents: readonly IndexedDocument[]): string[] {
  return documents.flatMap(({ document, plainBody }) =>
    document.body === undefined ? [] : [document.body, plainBody],
  );
}

/**
 * Writes a search database at `path` (a new file) from documents given in a fixed order and their
 * {@link storedTexts} deflated: the same documents give the same bytes.
 */
export function writeSearchIndex(
  path: string,
  documents: readonly IndexedDocument[],
  deflated: readonly Uint8Array[],
): SearchIndexStats {
  const db = openDatabase(path);
  try {
    // The file is written to a temporary folder and renamed into place whole, so a journal buys nothing.
    db.exec('PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF;');
    return fillSearchIndex(db, documents, deflated);
  } finally {
    db.close();
  }
}

/** Creates the search tables in an empty database and indexes `documents` in one transaction. */
function fillSearchIndex(
  db: DatabaseSync,
  documents: readonly IndexedDocument[],
  deflated: readonly Uint8Array[],
): SearchIndexStats {
  db.exec(SCHEMA);
  const insertDoc = db.prepare(
    'INSERT INTO docs (rowid, kind, id, lang, title, text, body, plain) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
  );
  const insertIndex = db.prepare('INSERT INTO search (rowid, names, title, body) VALUES (?, ?, ?, ?)');
  const stemmed = createIndexTerms();
  let rowid = 0;
  let stored = 0;
  let textBytes = 0;
  db.exec('BEGIN');
  for (const { document, plainBody } of documents) {
    rowid++;
    const names = document.names.join('\n');
    const hasBody = document.body !== undefined;
    insertDoc.run(
      rowid,
      document.kind,
      document.id,
      document.lang,
      document.title,
      document.text,
      hasBody ? deflated[stored++]! : null,
      hasBody ? deflated[stored++]! : null,
    );
    insertIndex.run(
      rowid,
      foldForSearch(names),
      stemmed(document.title),
      stemmed(`${document.text}\n${plainBody}`),
    );
    textBytes += Buffer.byteLength(document.title) + Buffer.byteLength(names);
    textBytes += Buffer.byteLength(document.text) + Buffer.byteLength(plainBody);
  }
  db.exec(INDEXES);
  db.exec('COMMIT');
  // A no-op when the index fits in memory (above); bigger content would leave several segments.
  db.exec("INSERT INTO search (search) VALUES ('optimize')");
  return { documents: rowid, textBytes };
}

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

  /** Opens a search database written by {@link writeSearchIndex}, read-only. */
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
      const indexed = indexedDocuments(documents);
      fillSearchIndex(db, indexed, storedTexts(indexed).map(deflateText));
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

  /** Closes the database; the index cannot be used afterwards. */
  close(): void {
    if (this.#db.isOpen) this.#db.close();
  }
}
