import { discoverFiles, resolveProject } from '@marsad/content';
import type { Output } from '../io.js';

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
