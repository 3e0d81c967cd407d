import {
  discoverFiles,
  type LoadContentOptions,
  type LoadedContent,
  loadContent,
  resolveProject,
} from '@marsad/content';
import type { CliIO, Output } from '../io.js';

/** Runs smaller than this finish before a spinner would be worth looking at. */
export const PROGRESS_MIN_FILES = 200;

const FRAMES = ['⠋', '⠙', '⠹', '⠸', '⠼', '⠴', '⠦', '⠧', '⠇', '⠏'];

/** A running progress line; `stop` erases it. */
export interface Progress {
  stop(): void;
}

/**
 * How many content files a run at `path` will read, found with the engine's own discovery (a directory
 * walk, no parsing). 0 when the root cannot be walked: loading reports that properly.
 */
export async function countContentFiles(path: string): Promise<number> {
  try {
    const { contentRoot } = await resolveProject(path);
    return (await discoverFiles(contentRoot)).files.length;
  } catch {
    return 0;
  }
}

/**
 * Shows an indeterminate spinner with the elapsed time on one terminal line (`⠹ Checking 1,204 files… 2.4s`).
 * The engine reports no progress while it loads, so this says the run is alive without claiming how far
 * it got. The timer is unreferenced and never keeps the process running.
 */
export function startProgress(stream: Output, label: string, intervalMs = 80): Progress {
  const started = performance.now();
  let frame = 0;
  const draw = () => {
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    stream.write(`\r${FRAMES[frame++ % FRAMES.length]} ${label} ${seconds}s\u001b[K`);
  };
  draw();
  const timer = setInterval(draw, intervalMs);
  timer.unref();
  return {
    stop() {
      clearInterval(timer);
      stream.write('\r\u001b[K');
    },
  };
}

/**
 * Runs `work` with a spinner on stderr when stdout and stderr are terminals and `files` is large enough
 * to wait for; the spinner is erased whatever happens.
 */
export async function withProgress<T>(
  label: string,
  files: number,
  io: CliIO,
  work: () => Promise<T>,
): Promise<T> {
  const progress =
    io.isTTY && io.stderr.isTTY !== false && files > PROGRESS_MIN_FILES
      ? startProgress(io.stderr, label)
      : undefined;
  try {
    return await work();
  } finally {
    progress?.stop();
  }
}

/** Content files to show progress for: counted only on a terminal, where a spinner can be drawn. */
export async function filesToReport(path: string, io: CliIO): Promise<number> {
  return io.isTTY && io.stderr.isTTY !== false ? countContentFiles(path) : 0;
}

/** Loads the content at `path` with a `Checking N files…` spinner on a terminal for large runs. */
export async function loadWithProgress(
  path: string,
  io: CliIO,
  options: LoadContentOptions = {},
): Promise<LoadedContent> {
  const files = await filesToReport(path, io);
  return withProgress(`Checking ${files.toLocaleString('en-US')} files…`, files, io, () =>
    loadContent(path, options),
  );
}
