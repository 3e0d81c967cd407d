import { createIndexTerms, foldForSearch } from '@marsad/arabic';
import type { BodyText } from './body-texts.js';
import type { SearchDocument, SearchKind } from './search-documents.js';

/** What a search database indexed. */
export interface SearchIndexStats {
  documents: number;
  /** UTF-8 bytes of the text indexed (titles, names, summaries, bodies as plain text). */
  textBytes: number;
}

/**
 * One document as the thread that writes the search database gets it: every value computed but what
 * comes of the body (its plain text, their terms, the deflating), which that thread makes, or finds
 * made already (see `BodyTexts`).
 */
export interface SearchRow {
  /** rowid, kind, id, lang, title and text: the `docs` columns before the body's. */
  doc: [rowid: number, kind: SearchKind, id: string, lang: string, title: string, text: string];
  /**
   * The Markdown body, whose texts the writing thread makes (or finds prepared); or those texts, when
   * the posting thread made them (see `SearchThread.write`); `null` without a body.
   */
  body: string | BodyText | null;
  /**
   * rowid and the `names` and `title` columns of the FTS5 table, folded or stemmed, and the terms of
   * the text, which the body's follow in the `body` column.
   */
  index: [rowid: number, names: string, title: string, textTerms: string];
}

/**
 * The rows of `documents` in the order given (rowids from 1), counting into `stats` as they are made
 * (all but the bodies' plain text, which is counted where it is made).
 */
export function* searchRows(
  documents: Iterable<SearchDocument>,
  stats: SearchIndexStats,
): Generator<SearchRow> {
  const indexTerms = createIndexTerms();
  for (const document of documents) {
    const rowid = ++stats.documents;
    const names = document.names.join('\n');
    stats.textBytes +=
      Buffer.byteLength(document.title) + Buffer.byteLength(names) + Buffer.byteLength(document.text);
    yield {
      doc: [rowid, document.kind, document.id, document.lang, document.title, document.text],
      body: document.body ?? null,
      index: [rowid, foldForSearch(names), indexTerms(document.title), indexTerms(document.text)],
    };
  }
}
