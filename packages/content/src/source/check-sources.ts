import type { ContentCache } from '../cache/content-cache.js';
import { compareDiagnostics, type Diagnostic } from '../diagnostics/diagnostic.js';
import type { LocatedSource } from '../validate/validate-entries.js';
import { checkInPool, workerCount } from '../worker/check-pool.js';
import { type CheckedFile, type FileWork, locatorsFromFile } from './check-file.js';
import { type DiscoverOptions, discoverFiles } from './discover.js';
import type { FailedSource } from './load-sources.js';

/** Options of {@link checkSources}. */
export interface CheckSourcesOptions extends DiscoverOptions {
  /** Results of earlier runs, reused for files whose content is unchanged, and updated. */
  cache?: ContentCache;
  /**
   * Read and check files over worker threads when at least this many must be read; default 500 (below
   * that, starting a thread costs more than it saves). `Infinity` keeps everything in the main thread.
   */
  workerMinFiles?: number;
  /** Worker threads to start then; default one per core beyond two (see `workerCount`). */
  workers?: number;
}

/** The outcome of {@link checkSources}. */
export interface CheckedSources {
  entries: LocatedSource[];
  /** The files' own problems, sorted. */
  diagnostics: Diagnostic[];
  failed: FailedSource[];
  fileCount: number;
  /** Files whose results came from the cache (unchanged content). */
  cachedFileCount: number;
}

export const DEFAULT_WORKER_MIN_FILES = 500;

/**
 * Discovers every content file under `root`, and reads, parses and checks each entry against its schema,
 * taking the results of files a cache holds for the same content and spreading the rest over worker
 * threads when they are many. The outcome is the same with or without cache and threads.
 */
export async function checkSources(root: string, options: CheckSourcesOptions = {}): Promise<CheckedSources> {
  const { cache } = options;
  const startedAt = Date.now();
  const discovery = await discoverFiles(root, options);
  const { files } = discovery;
  const outcomes: CheckedFile[] = new Array(files.length);
  const toRead: number[] = [];
  files.forEach((file, index) => {
    const record = cache?.untouched(file.file, file.stamp);
    if (record) outcomes[index] = record.checked;
    else toRead.push(index);
  });
  const jobs = toRead.map((index) => {
    const { path, file, collection, format } = files[index]!;
    const knownHash = cache?.get(file)?.hash;
    return { path, file, collection, format, ...(knownHash !== undefined && { knownHash }) };
  });
  const works: FileWork[] = await checkInPool(
    jobs,
    workerCount(jobs.length, options.workerMinFiles ?? DEFAULT_WORKER_MIN_FILES, options.workers),
  );
  let cachedFileCount = files.length - toRead.length;
  const locators = new Map<number, FileWork['locators']>();
  toRead.forEach((index, position) => {
    const file = files[index]!;
    const work = works[position]!;
    if (!work.checked) cachedFileCount++;
    const checked = work.checked ?? cache!.get(file.file)!.checked;
    outcomes[index] = checked;
    if (work.locators) locators.set(index, work.locators);
    if (cache && work.hash !== undefined) {
      // Same content: the rule reports made from it still hold.
      const reports = work.checked ? undefined : cache.get(file.file)?.reports;
      cache.set(file.file, {
        hash: work.hash,
        stamp: file.stamp,
        seenAt: startedAt,
        checked,
        ...(reports && { reports }),
      });
    }
  });
  cache?.keepOnly(new Set(files.map((file) => file.file)));

  const entries: LocatedSource[] = [];
  const diagnostics = [...discovery.diagnostics];
  const failed: FailedSource[] = [];
  outcomes.forEach((checked, index) => {
    const here = locators.get(index);
    const fromFile = locatorsFromFile(files[index]!);
    checked.entries.forEach((entry, position) => {
      const locator = here?.[position] ?? fromFile(entry.pointer);
      entries.push({ ...entry, locator });
    });
    diagnostics.push(...checked.diagnostics);
    failed.push(...checked.failed);
  });
  diagnostics.sort(compareDiagnostics);
  return { entries, diagnostics, failed, fileCount: files.length, cachedFileCount };
}
