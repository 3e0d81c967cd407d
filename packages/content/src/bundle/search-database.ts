import type { DatabaseSync, StatementSync } from 'node:sqlite';
import { deflateRawSync } from 'node:zlib';
import { BodyTexts } from './body-texts.js';
import type { SearchDocument } from './search-documents.js';
import { type SearchIndexStats, type SearchRow, searchRows } from './search-rows.js';

/**
 * How much of the index FTS5 holds in memory before writing it out as a segment (default 1 MiB). With
 * the default, the full corpus's index was written as hundreds of small segments, merged again and
 * again, then once more by `optimize`, leaving free pages that took a VACUUM (2.6 CPU-s together);
 * with this much the index of 159 MB of text is written once, as one segment.
 */
const PENDING_INDEX_BYTES = 64 * 2 ** 20;

/**
 * Fastest deflate: half the CPU of the default level for bodies 15 % larger, and the search database
 * stays well under its size budget (1.5 × the text indexed).
 */
const COMPRESSION = { level: 1 } as const;

/** Deflates a text (or its UTF-8) the way the bundle stores bodies (raw deflate, read back with `inflateRawSync`). */
export function deflateText(text: string | Uint8Array): Uint8Array {
  return deflateRawSync(text, COMPRESSION);
}

/**
 * The statements that write a search database, in order: `open` an empty one, insert each row's `doc`
 * then `index`, `close` the transaction.
 *
 * `search` holds only the index (contentless): the folded names and the stemmed title and text, which no
 * one reads back. `docs` holds what results show: the original title and text, and an article version's
 * Markdown body and its plain text, deflated, since bodies are most of the bytes and are read one at a
 * time; snippets are cut from the plain text, so a hit costs an inflate instead of a conversion. With
 * the body, its reading time: what comes of a body is made in one place, on the thread that writes here. The
 * tokenizer sees text already normalised by @marsad/arabic; it only splits it into words. No journal: the
 * file is written in a temporary folder and renamed into place whole. `docs_entry` is created once the
 * rows are in (their order, articles first, is not the index's): sorted once, its pages are written
 * full, where indexing row by row split them and needed a VACUUM. `optimize` is a no-op when the index
 * fits in memory (above); bigger content would leave several segments.
 */
const SEARCH_SQL = {
  open: `
PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF;
CREATE TABLE docs (
  rowid INTEGER PRIMARY KEY,
  kind TEXT NOT NULL,
  id TEXT NOT NULL,
  lang TEXT NOT NULL,
  title TEXT NOT NULL,
  text TEXT NOT NULL,
  body BLOB,
  plain BLOB,
  words INTEGER,
  minutes INTEGER
);
CREATE VIRTUAL TABLE search USING fts5(
  names, title, body,
  content = '',
  tokenize = 'unicode61 remove_diacritics 2'
);
INSERT INTO search (search, rank) VALUES ('hashsize', ${PENDING_INDEX_BYTES});
BEGIN;`,
  insertDoc:
    'INSERT INTO docs (rowid, kind, id, lang, title, text, body, plain, words, minutes) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
  insertIndex: 'INSERT INTO search (rowid, names, title, body) VALUES (?, ?, ?, ?)',
  close: `
CREATE UNIQUE INDEX docs_entry ON docs (kind, id, lang);
COMMIT;
INSERT INTO search (search) VALUES ('optimize');`,
} as const;

/**
 * Fills an empty search database row by row, wherever it runs: on the thread of its own that writes a
 * bundle's (`writeSearchIndex`), or on the caller's for a database in memory ({@link fillSearchIndex}).
 * Rows in the same order give the same bytes.
 */
export class SearchDatabaseWriter {
  readonly #db: DatabaseSync;
  readonly #bodies: BodyTexts;
  readonly #insertDoc: StatementSync;
  readonly #insertIndex: StatementSync;
  /** UTF-8 bytes of the bodies' plain text written so far. */
  plainBytes = 0;

  constructor(db: DatabaseSync, bodies = new BodyTexts()) {
    this.#db = db;
    this.#bodies = bodies;
    db.exec(SEARCH_SQL.open);
    this.#insertDoc = db.prepare(SEARCH_SQL.insertDoc);
    this.#insertIndex = db.prepare(SEARCH_SQL.insertIndex);
  }

  insert(row: SearchRow): void {
    const [rowid, names, title, textTerms] = row.index;
    if (row.body === null) {
      this.#insertDoc.run(...row.doc, null, null, null, null);
      this.#insertIndex.run(rowid, names, title, textTerms);
      return;
    }
    const body = typeof row.body === 'string' ? this.#bodies.take(row.body) : row.body;
    this.plainBytes += body.plainBytes;
    const { words, minutes } = body.readingTime;
    this.#insertDoc.run(...row.doc, body.body, body.plain, words, minutes);
    // The terms of the text, then the body's: what indexing the two texts one after the other gives.
    const terms =
      textTerms === '' ? body.terms : body.terms === '' ? textTerms : `${textTerms} ${body.terms}`;
    this.#insertIndex.run(rowid, names, title, terms);
  }

  close(): void {
    this.#db.exec(SEARCH_SQL.close);
  }
}

/**
 * Indexes `documents` into an empty database on this thread (see `writeSearchIndex` for a file, written
 * on a thread of its own): the same rows, the same bytes.
 */
export function fillSearchIndex(db: DatabaseSync, documents: Iterable<SearchDocument>): SearchIndexStats {
  const stats: SearchIndexStats = { documents: 0, textBytes: 0 };
  const writer = new SearchDatabaseWriter(db);
  for (const row of searchRows(documents, stats)) writer.insert(row);
  writer.close();
  stats.textBytes += writer.plainBytes;
  return stats;
}
