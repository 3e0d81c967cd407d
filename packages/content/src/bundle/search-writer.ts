import type { Worker } from 'node:worker_threads';
import { startWorker } from '../worker/start-worker.js';
import { openDatabase } from './open-database.js';
import { fillSearchIndex } from './search-database.js';
import type { SearchDocument } from './search-documents.js';
import { type SearchIndexStats, type SearchRow, searchRows } from './search-rows.js';
import type { SearchWorkerData, SearchWorkerMessage, SearchWorkerReport } from './search-worker.js';

/** Rows posted to the thread at a time: enough to amortise a message. */
const BATCH = 64;

/**
 * Batches posted and not yet written at most: bounds the text copied to the thread and waiting there
 * (a batch of article versions is about 1 MB of Markdown).
 */
const MAX_BACKLOG = 16;

/**
 * The thread that writes a search database (search-worker.ts), started ahead of the rows so that it
 * can prepare the articles' bodies while the content is validated. It counts the batches it has written
 * in a shared counter, which the posting thread reads between steps of synchronous work, when no message
 * can reach it, and says so by a message too, for when that thread has nothing else to do.
 */
export class SearchThread {
  readonly #worker: Worker;
  readonly #written: Int32Array;
  readonly #failed: Promise<never>;
  #posted = 0;
  /** How many article bodies the thread prepared, once it has stopped preparing (0 if stopped first). */
  readonly prepared: Promise<number>;

  private constructor(worker: Worker, written: Int32Array) {
    this.#worker = worker;
    this.#written = written;
    this.#failed = new Promise<never>((_, reject) => {
      worker.on('error', reject);
      worker.on('exit', (code) => reject(new Error(`The search thread stopped (exit code ${code}).`)));
    });
    this.#failed.catch(() => undefined);
    this.prepared = new Promise((resolve) => {
      worker.on('message', (report: SearchWorkerReport) => {
        if (report.type === 'prepared') resolve(report.bodies);
      });
      worker.on('exit', () => resolve(0));
    });
  }

  /**
   * Starts the thread, which prepares the bodies of the articles of the project at `prepareFrom` (a
   * path as `loadContent` takes it) until it is sent rows; `undefined` when the engine was bundled
   * without its worker entries.
   */
  static start(prepareFrom?: string): SearchThread | undefined {
    const written = new Int32Array(new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT));
    const data: SearchWorkerData = { written, ...(prepareFrom !== undefined && { prepareFrom }) };
    const worker = startWorker(import.meta.url, 'search-worker', data);
    return worker && new SearchThread(worker, written);
  }

  #send(message: SearchWorkerMessage): void {
    this.#worker.postMessage(message);
  }

  /** The thread's next report, or its failure. */
  #report(): Promise<SearchWorkerReport> {
    return Promise.race([
      new Promise<SearchWorkerReport>((resolve) => this.#worker.once('message', resolve)),
      this.#failed,
    ]);
  }

  /**
   * Writes `documents` to a new database at `path`, running a step of `meanwhile` whenever the thread
   * is behind, and the rest of it before the database is closed.
   */
  async write(
    path: string,
    documents: Iterable<SearchDocument>,
    meanwhile: Iterator<unknown> | undefined,
  ): Promise<SearchIndexStats> {
    /** Runs one step of `meanwhile`; false once there is none left. */
    const step = () => meanwhile?.next().done === false;
    const stats: SearchIndexStats = { documents: 0, textBytes: 0 };
    this.#send({ type: 'open', path });
    for (const rows of batches(searchRows(documents, stats))) {
      while (this.#posted - Atomics.load(this.#written, 0) >= MAX_BACKLOG) {
        if (!step()) await this.#report();
      }
      this.#send({ type: 'rows', rows });
      this.#posted++;
    }
    while (step()) {}
    this.#send({ type: 'close' });
    for (;;) {
      const report = await this.#report();
      if (report.type === 'closed') return { ...stats, textBytes: stats.textBytes + report.plainBytes };
    }
  }

  /** Stops the thread, whatever it is doing. */
  async stop(): Promise<void> {
    this.#worker.removeAllListeners();
    await this.#worker.terminate();
  }
}

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
 * documents give the same bytes, those {@link fillSearchIndex} gives. This thread makes the rows (index
 * terms of titles and texts); `thread` ({@link SearchThread.start}) makes the bodies' texts, or finds
 * them prepared, deflates and writes. `meanwhile`, other synchronous work cut into steps, runs whenever
 * that thread is behind, and to its end before this returns: on two cores the two threads then work at
 * once, and at most a few batches of rows wait between them. The thread is stopped on return. Without
 * one (the engine bundled without its worker entries), everything is done on this thread.
 */
export async function writeSearchIndex(
  path: string,
  documents: Iterable<SearchDocument>,
  meanwhile: Iterator<unknown> | undefined,
  thread: SearchThread | undefined,
): Promise<SearchIndexStats> {
  if (thread === undefined) return writeHere(path, documents, meanwhile);
  try {
    return await thread.write(path, documents, meanwhile);
  } catch (error) {
    meanwhile?.return?.();
    throw error;
  } finally {
    await thread.stop();
  }
}

function writeHere(
  path: string,
  documents: Iterable<SearchDocument>,
  meanwhile: Iterator<unknown> | undefined,
): SearchIndexStats {
  const db = openDatabase(path);
  try {
    if (meanwhile !== undefined) while (!meanwhile.next().done) {}
    return fillSearchIndex(db, documents);
  } finally {
    db.close();
  }
}
