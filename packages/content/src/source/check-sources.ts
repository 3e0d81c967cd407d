import { compareDiagnostics, type Diagnostic } from '../diagnostics/diagnostic.js';
import type { Locator } from '../parse/yaml-data.js';
import type { LocatedSource } from '../validate/validate-entries.js';
import { checkInPool, workerCount } from '../worker/check-pool.js';
import { type CheckedFile, type FileToCheck, type FileWork, locatorsFromFile } from './check-file.js';
import { type DiscoveredFile, type DiscoverOptions, discoverFiles } from './discover.js';
import type { FailedSource } from './load-sources.js';

/** Options of {@link checkFiles}. */
export interface CheckFilesOptions {
  /**
   * Read and check files over worker threads when at least this many must be read; default 500 (below
   * that, starting a thread costs more than it saves). `Infinity` keeps everything in the main thread.
   */
  workerMinFiles?: number;
  /** Worker threads to start then; default one per core beyond two (see `workerCount`). */
  workers?: number;
}

/** Options of {@link checkSources}. */
export interface CheckSourcesOptions extends DiscoverOptions, CheckFilesOptions {}

export const DEFAULT_WORKER_MIN_FILES = 500;

/**
 * Reads, hashes and checks files, over worker threads when they are many. A file whose bytes hash to
 * `knownHash(file)` is only hashed: its work has no `checked`, the caller holds its results already.
 */
export function checkFiles(
  files: readonly FileToCheck[],
  options: CheckFilesOptions & { knownHash?: (file: string) => string | undefined } = {},
): Promise<FileWork[]> {
  const jobs = files.map(({ path, file, collection, format }) => {
    const knownHash = options.knownHash?.(file);
    return { path, file, collection, format, ...(knownHash !== undefined && { knownHash }) };
  });
  const threads = workerCount(
    jobs.length,
    options.workerMinFiles ?? DEFAULT_WORKER_MIN_FILES,
    options.workers,
  );
  return checkInPool(jobs, threads);
}

/** The entries of checked files with their problems, in file order. */
export interface GatheredSources {
  entries: LocatedSource[];
  /** The files' own problems, sorted. */
  diagnostics: Diagnostic[];
  failed: FailedSource[];
}

/**
 * Gathers what files yielded, each entry with a locator: the one made while checking it in this thread,
 * else one that reads the file again when a position is first asked for.
 */
export function gatherSources(
  files: readonly FileToCheck[],
  checked: readonly CheckedFile[],
  locatorsOf: (index: number) => readonly Locator[] | undefined = () => undefined,
): GatheredSources {
  const entries: LocatedSource[] = [];
  const diagnostics: Diagnostic[] = [];
  const failed: FailedSource[] = [];
  checked.forEach((outcome, index) => {
    const here = locatorsOf(index);
    const fromFile = locatorsFromFile(files[index]!);
    outcome.entries.forEach((entry, position) => {
      entries.push({ ...entry, locator: here?.[position] ?? fromFile(entry.pointer) });
    });
    diagnostics.push(...outcome.diagnostics);
    failed.push(...outcome.failed);
  });
  diagnostics.sort(compareDiagnostics);
  return { entries, diagnostics, failed };
}

/** The outcome of {@link checkSources}. */
export interface CheckedSources extends GatheredSources {
  /** Every content file, in path order. */
  files: DiscoveredFile[];
  /** What each of `files` yielded, and its digest. */
  works: (FileWork & { checked: CheckedFile })[];
  /** Problems met while looking for files (unreadable folders, files too large). */
  discoveryDiagnostics: Diagnostic[];
}

/**
 * Discovers every content file under `root`, and reads, parses and checks each entry against its schema,
 * over worker threads when they are many. The outcome is the same with or without threads.
 */
export async function checkSources(root: string, options: CheckSourcesOptions = {}): Promise<CheckedSources> {
  const discovery = await discoverFiles(root, options);
  const works = (await checkFiles(discovery.files, options)) as CheckedSources['works'];
  const gathered = gatherSources(
    discovery.files,
    works.map((work) => work.checked),
    (index) => works[index]!.locators,
  );
  return { ...gathered, files: discovery.files, works, discoveryDiagnostics: discovery.diagnostics };
}
