import { createIndexTerms, foldForSearch } from '@marsad/arabic';
import { markdownPlainText } from './plain-text.js';
import type { SearchDocument, SearchKind } from './search-documents.js';

/** What a search database indexed. */
export interface SearchIndexStats {
  documents: number;
  /** UTF-8 bytes of the text indexed (titles, names, summaries, bodies as plain text). */
  textBytes: number;
}

/** One document as the search database stores it, every value computed but the deflating. */
export interface SearchRow {
  /** rowid, kind, id, lang, title and text: the `docs` columns before the deflated ones. */
  doc: [rowid: number, kind: SearchKind, id: string, lang: string, title: string, text: string];
  /** The Markdown body, stored deflated; `null` without one. */
  body: string | null;
  /** The body as plain text ({@link markdownPlainText}), stored deflated to cut snippets from. */
  plain: string | null;
  /** rowid and the `names`, `title` and `body` columns of the FTS5 table: folded, or stemmed terms. */
  index: [rowid: number, names: string, title: string, body: string];
}

/**
 * The rows of `documents` in the order given (rowids from 1), counting into `stats` as they are made:
 * each body converted to plain text once, for the index and for the store.
 */
export function* searchRows(
  documents: Iterable<SearchDocument>,
  stats: SearchIndexStats,
): Generator<SearchRow> {
  const indexTerms = createIndexTerms();
  for (const document of documents) {
    const rowid = ++stats.documents;
    const names = document.names.join('\n');
    const plain = document.body === undefined ? null : markdownPlainText(document.body);
    stats.textBytes +=
      Buffer.byteLength(document.title) +
      Buffer.byteLength(names) +
      Buffer.byteLength(document.text) +
      Buffer.byteLength(plain ?? '');
    yield {
      doc: [rowid, document.kind, document.id, document.lang, document.title, document.text],
      body: document.body ?? null,
      plain,
      index: [
        rowid,
        foldForSearch(names),
        indexTerms(document.title),
        indexTerms(`${document.text}\n${plain ?? ''}`),
      ],
    };
  }
}
