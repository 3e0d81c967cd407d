import { availableParallelism } from 'node:os';
import type { Worker } from 'node:worker_threads';
import { type FileWork, readAndCheck } from '../source/check-file.js';
import type { WorkerJob } from './check-worker.js';
import { startWorker } from './start-worker.js';

/** Files sent to a worker at a time: enough to amortise a message, few enough to share out the tail. */
const BATCH = 64;

/**
 * How many worker threads to start for `files` files: `threads` when given, else one per core beyond two
 * (the main thread works too). On a 2-core machine shared with other work, one worker cost 15–35 % more
 * CPU and 5–40 % more wall time than none on 2,450 files (bench/README.md, "Validate"), so none by default.
 */
export function workerCount(files: number, minFiles: number, threads?: number): number {
  return files < minFiles ? 0 : (threads ?? Math.max(0, availableParallelism() - 2));
}

/**
 * Reads and checks `jobs` over `threads` worker threads and the main thread, each taking the next batch
 * when done. Results come back in the order of `jobs`, whichever thread made them. A worker that cannot
 * start or fails leaves its files to the main thread, so the outcome never depends on threads.
 */
export async function checkInPool(jobs: readonly WorkerJob[], threads: number): Promise<FileWork[]> {
  const results: (FileWork | undefined)[] = new Array(jobs.length);
  let next = 0;
  const take = (): [number, number] | undefined => {
    if (next >= jobs.length) return undefined;
    const start = next;
    next = Math.min(jobs.length, next + BATCH);
    return [start, next];
  };
  const runWorker = (worker: Worker) =>
    new Promise<void>((resolve) => {
      let batch: [number, number] | undefined;
      const send = () => {
        batch = take();
        if (batch) worker.postMessage(jobs.slice(...batch));
        else resolve();
      };
      worker.on('message', (works: FileWork[]) => {
        works.forEach((work, index) => {
          results[batch![0] + index] = work;
        });
        send();
      });
      worker.once('error', () => resolve());
      worker.once('exit', () => resolve());
      send();
    });
  const checkHere = async (start: number, end: number) => {
    for (let index = start; index < end; index++) {
      if (results[index] === undefined)
        results[index] = await readAndCheck(jobs[index]!, jobs[index]!.knownHash);
    }
  };
  const workers = Array.from({ length: threads }, () => startWorker(import.meta.url, 'check-worker')).filter(
    (worker) => worker !== undefined,
  );
  try {
    const running = workers.map(runWorker);
    for (let batch = take(); batch; batch = take()) {
      await checkHere(...batch);
      // Files are read synchronously: without a turn of the event loop here, the workers' finished
      // batches would wait unanswered until the main thread had checked every file alone.
      if (workers.length > 0) await new Promise(setImmediate);
    }
    await Promise.all(running);
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
  // What a failed worker had in hand.
  await checkHere(0, jobs.length);
  return results as FileWork[];
}
