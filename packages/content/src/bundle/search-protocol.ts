// What the thread that writes a search database (search-worker.ts) and the thread that drives it
// (search-writer.ts) say to each other: a module of its own, since the worker's runs as it is loaded.
import type { SearchRow } from './search-rows.js';

/** What the thread is started with. */
export interface SearchWorkerData {
  /**
   * What the thread has done, read by the posting thread between steps of its own work: at
   * `PROGRESS.batches` the batches of rows written, at `PROGRESS.made` the bodies it had to make
   * because they were not prepared.
   */
  progress: Int32Array;
  /** A project whose article bodies to prepare until the first rows come. */
  prepareFrom?: string;
}

/** Messages the thread takes, in this order: open, rows any number of times, close. */
export type SearchWorkerMessage =
  | { type: 'open'; path: string }
  | { type: 'rows'; rows: SearchRow[] }
  | { type: 'close' };

/** What the thread says: once when it stops preparing, and in answer to `rows` and `close`. */
export type SearchWorkerReport =
  | { type: 'prepared'; bodies: number }
  | { type: 'written' }
  | { type: 'closed'; plainBytes: number };

/** The slots of {@link SearchWorkerData.progress}. */
export const PROGRESS = { batches: 0, made: 1, length: 2 } as const;
