// A worker thread of the check pool: reads, hashes and checks the files it is sent, and sends back plain
// results in the same order. Locators stay behind: they hold functions, which cannot cross threads.
import { parentPort } from 'node:worker_threads';
import { type FileToCheck, type FileWork, readAndCheck } from '../source/check-file.js';

/** One file for a worker, with the digest the main thread already has results for. */
export interface WorkerJob extends FileToCheck {
  knownHash?: string;
}

parentPort?.on('message', async (jobs: WorkerJob[]) => {
  const results: FileWork[] = [];
  for (const job of jobs) {
    const { hash, checked } = await readAndCheck(job, job.knownHash);
    results.push({ ...(hash !== undefined && { hash }), ...(checked && { checked }) });
  }
  parentPort?.postMessage(results);
});
