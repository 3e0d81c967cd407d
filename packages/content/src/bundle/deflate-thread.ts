import { Worker } from 'node:worker_threads';
import { deflateRawSync } from 'node:zlib';

/**
 * Fastest deflate: half the CPU of the default level for bodies 15 % larger, and the search database
 * stays well under its size budget (1.5 × the text indexed).
 */
const COMPRESSION = { level: 1 } as const;

/** Deflates a text the way the bundle stores bodies (raw deflate, read back with `inflateRawSync`). */
export function deflateText(text: string): Uint8Array {
  return deflateRawSync(text, COMPRESSION);
}

/** Texts sent to the thread at a time: enough to amortise a message, few enough to start at once. */
const BATCH = 64;

// The thread runs code given as text that needs nothing but Node's own modules: a file of its own would
// not survive bundling the engine into one file (tsup's dist entry aside, the CLI snapshots of bench/).
// Each result is copied into a buffer of its own before it is transferred: zlib's output may share its
// memory with other buffers.
const THREAD = `
const { parentPort, workerData } = require('node:worker_threads');
const { deflateRawSync } = require('node:zlib');
parentPort.on('message', ({ id, texts }) => {
  const out = texts.map((text) => new Uint8Array(deflateRawSync(text, workerData)));
  parentPort.postMessage({ id, out }, out.map((bytes) => bytes.buffer));
});
`;

/**
 * Deflates `texts` ({@link deflateText}, same bytes) on a thread of its own, so the calling thread can do
 * other work meanwhile: the texts are all handed over at once and the thread works through them even
 * while this one runs synchronous code (writing the graph database). Results come in the order given.
 */
export function deflateOnThread(texts: readonly string[]): Promise<Uint8Array[]> {
  if (texts.length === 0) return Promise.resolve([]);
  return new Promise((resolve, reject) => {
    const worker = new Worker(THREAD, { eval: true, workerData: COMPRESSION });
    const out: Uint8Array[] = new Array(texts.length);
    let pending = 0;
    const finish = (error?: unknown) => {
      worker.removeAllListeners();
      void worker.terminate();
      if (error === undefined) resolve(out);
      else reject(error);
    };
    worker.on('message', ({ id, out: batch }: { id: number; out: Uint8Array[] }) => {
      batch.forEach((bytes, index) => {
        out[id + index] = bytes;
      });
      if (--pending === 0) finish();
    });
    worker.on('error', finish);
    worker.on('exit', (code) => finish(new Error(`The deflate thread stopped (exit code ${code}).`)));
    for (let id = 0; id < texts.length; id += BATCH) {
      pending++;
      worker.postMessage({ id, texts: texts.slice(id, id + BATCH) });
    }
  });
}
