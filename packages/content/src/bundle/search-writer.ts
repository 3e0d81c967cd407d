import { Worker } from 'node:worker_threads';
import { COMPRESSION, SEARCH_SQL } from './search-database.js';
import type { SearchDocument } from './search-documents.js';
import { type SearchIndexStats, type SearchRow, searchRows } from './search-rows.js';

/** Rows posted to the thread at a time: enough to amortise a message. */
const BATCH = 64;

/**
 * Batches posted and not yet written at most: bounds the text copied to the thread and waiting there
 * (a batch of article versions is about 2.5 MB of Markdown, plain text and terms).
 */
const MAX_BACKLOG = 16;

// The thread runs code given as text that needs nothing but Node's own modules: a file of its own would
// not survive bundling the engine into one file (tsup's dist entry aside, the CLI snapshots of bench/).
// So it gets rows with every value computed but the deflating, and the statements (SEARCH_SQL) to write
// them with. It counts the batches it has written in `written`, which the posting thread reads between
// steps of synchronous work, when no message can reach it, and says so by a message too, for when that
// thread has nothing else to do (Atomics.waitAsync would do, but Node lets the process sleep on it).
const THREAD = `
const { parentPort, workerData } = require('node:worker_threads');
const { DatabaseSync } = require('node:sqlite');
const { deflateRawSync } = require('node:zlib');
const { path, sql, compression, written } = workerData;
const db = new DatabaseSync(path);
db.exec(sql.open);
const insertDoc = db.prepare(sql.insertDoc);
const insertIndex = db.prepare(sql.insertIndex);
const deflate = (text) => (text === null ? null : deflateRawSync(text, compression));
parentPort.on('message', (rows) => {
  if (rows === null) {
    db.exec(sql.close);
    db.close();
    parentPort.postMessage('closed');
    return;
  }
  for (const row of rows) {
    insertDoc.run(...row.doc, deflate(row.body), deflate(row.plain));
    insertIndex.run(...row.index);
  }
  Atomics.add(written, 0, 1);
  parentPort.postMessage('written');
});
`;

function* batches(rows: Iterable<SearchRow>): Generator<SearchRow[]> {
  let batch: SearchRow[] = [];
  for (const row of rows) {
    batch.push(row);
    if (batch.length === BATCH) {
      yield batch;
      batch = [];
    }
  }
  if (batch.length > 0) yield batch;
}

/**
 * Writes a search database at `path` (a new file) from documents given in a fixed order: the same
 * documents give the same bytes, those {@link fillSearchIndex} gives. This thread makes the rows (plain
 * text, index terms); a thread of its own deflates and writes them. `meanwhile`, other synchronous work
 * cut into steps, runs whenever that thread is behind, and to its end before this returns: on two cores
 * the two threads then work at once, and at most a few batches of text wait between them.
 */
export async function writeSearchIndex(
  path: string,
  documents: Iterable<SearchDocument>,
  meanwhile?: Iterator<unknown>,
): Promise<SearchIndexStats> {
  const written = new Int32Array(new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT));
  const worker = new Worker(THREAD, {
    eval: true,
    workerData: { path, sql: SEARCH_SQL, compression: COMPRESSION, written },
  });
  const failed = new Promise<never>((_, reject) => {
    worker.on('error', reject);
    worker.on('exit', (code) => reject(new Error(`The search thread stopped (exit code ${code}).`)));
  });
  failed.catch(() => undefined);
  /** The thread's next message, or its failure. */
  const message = () => Promise.race([new Promise((resolve) => worker.once('message', resolve)), failed]);
  /** Runs one step of `meanwhile`; false once there is none left. */
  const step = () => meanwhile?.next().done === false;
  const stats: SearchIndexStats = { documents: 0, textBytes: 0 };
  let posted = 0;
  try {
    for (const batch of batches(searchRows(documents, stats))) {
      while (posted - Atomics.load(written, 0) >= MAX_BACKLOG) {
        if (!step()) await message();
      }
      worker.postMessage(batch);
      posted++;
    }
    while (step()) {}
    worker.postMessage(null);
    while ((await message()) !== 'closed') {}
    return stats;
  } catch (error) {
    meanwhile?.return?.();
    throw error;
  } finally {
    worker.removeAllListeners();
    await worker.terminate();
  }
}
