import { watch } from 'node:fs';
import { stat } from 'node:fs/promises';

/** Options of {@link watchFolder}. */
export interface WatchFolderOptions {
  /** Stops watching; the returned promise then settles once a run in progress has finished. */
  signal: AbortSignal;
  /** Quiet time after the last change before `onChange` runs, so a save of many files is one run. */
  debounceMs?: number;
  /** Called after changes settle; never runs twice at once (changes during a run cause one more run). */
  onChange(): Promise<void>;
}

/**
 * Watches a folder and everything below it (`fs.watch` with `recursive: true`) until `signal` aborts.
 * Resolves when stopped; rejects when the watcher fails (the folder was removed, too many watches) or
 * `onChange` throws.
 */
export async function watchFolder(folder: string, options: WatchFolderOptions): Promise<void> {
  const { signal, debounceMs = 100, onChange } = options;
  // Node's recursive watcher on Linux stays silent on a missing folder instead of failing.
  if (!(await stat(folder)).isDirectory()) throw new Error(`${folder} is not a folder.`);
  return new Promise<void>((resolve, reject) => {
    if (signal.aborted) {
      resolve();
      return;
    }
    const watcher = watch(folder, { recursive: true });
    let timer: NodeJS.Timeout | undefined;
    let running: Promise<void> | undefined;
    let again = false;
    let finished = false;

    const finish = (error?: unknown) => {
      if (finished) return;
      finished = true;
      clearTimeout(timer);
      watcher.close();
      signal.removeEventListener('abort', onAbort);
      const settle = () => (error === undefined ? resolve() : reject(error));
      if (running) void running.then(settle, settle);
      else settle();
    };
    const run = () => {
      running = onChange().then(
        () => {
          running = undefined;
          if (again && !finished) {
            again = false;
            run();
          }
        },
        (error: unknown) => {
          running = undefined;
          finish(error);
        },
      );
    };
    const schedule = () => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        if (running) again = true;
        else run();
      }, debounceMs);
    };
    const onAbort = () => finish();

    watcher.on('change', schedule);
    watcher.on('error', finish);
    signal.addEventListener('abort', onAbort, { once: true });
  });
}
