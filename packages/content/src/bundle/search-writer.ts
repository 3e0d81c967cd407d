import type { Worker } from 'node:worker_threads';
import { startWorker } from '../worker/start-worker.js';
import { BodyTexts } from './body-texts.js';
import { openDatabase } from './open-database.js';
import { fillSearchIndex } from './search-database.js';
import type { SearchDocument } from './search-documents.js';
import {
  PROGRESS,
  type SearchWorkerData,
  type SearchWorkerMessage,
  type SearchWorkerReport,
} from './search-protocol.js';
import { type SearchIndexStats, type SearchRow, searchRows } from './search-rows.js';

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
 * in shared memory, which the posting thread reads between steps of synchronous work, when no message
 * can reach it, and says so by a message too, for when that thread has nothing else to do.
 */
export class SearchThread {
  readonly #worker: Worker;
  readonly #progress: Int32Array;
  readonly #failed: Promise<never>;
  #posted = 0;
  /** How many article bodies the thread prepared, once it has stopped preparing (0 if stopped first). */
  readonly prepared: Promise<number>;

  private constructor(worker: Worker, progress: Int32Array) {
    this.#worker = worker;
    this.#progress = progress;
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
    const progress = new Int32Array(new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT * PROGRESS.length));
    const data: SearchWorkerData = { progress, ...(prepareFrom !== undefined && { prepareFrom }) };
    const worker = startWorker(import.meta.url, 'search-worker', data);
    return worker && new SearchThread(worker, progress);
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
   * is behind, and the rest of it before the database is closed. When the thread is behind, `meanwhile`
   * is done and the thread has met bodies it had not prepared (the content came from a cache, and the
   * validation left it no time), this thread makes the texts of the next batch's bodies itself rather
   * than wait: the two then share the bodies' work.
   */
  async write(
    path: string,
    documents: Iterable<SearchDocument>,
    meanwhile: Iterator<unknown> | undefined,
  ): Promise<SearchIndexStats> {
    /** Runs one step of `meanwhile`; false once there is none left. */
    const step = () => meanwhile?.next().done === false;
    const stats: SearchIndexStats = { documents: 0, textBytes: 0 };
    const behind = () => this.#posted - Atomics.load(this.#progress, PROGRESS.batches) >= MAX_BACKLOG;
    const unprepared = () => Atomics.load(this.#progress, PROGRESS.made) > 0;
    // The bodies' texts this thread makes, with its own cache of words' terms.
    const bodies = new BodyTexts();
    this.#send({ type: 'open', path });
    for (const rows of batches(searchRows(documents, stats))) {
      while (behind()) {
        if (step()) continue;
        if (unprepared() && makeTexts(rows, bodies)) continue;
        await this.#report();
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

/** Makes the texts of the bodies in `rows` that have none; false when there were none to make. */
function makeTexts(rows: SearchRow[], bodies: BodyTexts): boolean {
  let made = false;
  for (const row of rows) {
    if (typeof row.body !== 'string') continue;
    row.body = bodies.take(row.body);
    made = true;
  }
  return made;
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
