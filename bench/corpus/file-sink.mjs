import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';

/**
 * Writes many files under one folder in parallel batches: callers add files as they make them and
 * await only when a batch is full, so memory stays flat however large the corpus is.
 */
export class FileSink {
  /**
   * @param {string} root
   * @param {number} [batch] files written at once
   */
  constructor(root, batch = 256) {
    this.root = root;
    this.batch = batch;
    /** @type {[string, string][]} */
    this.pending = [];
    /** @type {Set<string>} */
    this.folders = new Set();
    this.files = 0;
    this.bytes = 0;
  }

  /**
   * Queues a file; resolves once the queue has room again.
   * @param {string} path relative to the root, POSIX separators
   * @param {string} text
   */
  async add(path, text) {
    this.pending.push([path, text]);
    if (this.pending.length >= this.batch) await this.flush();
  }

  /** Writes every queued file. */
  async flush() {
    const files = this.pending.splice(0);
    for (const [path] of files) {
      const folder = dirname(join(this.root, path));
      if (this.folders.has(folder)) continue;
      this.folders.add(folder);
      await mkdir(folder, { recursive: true });
    }
    await Promise.all(files.map(([path, text]) => writeFile(join(this.root, path), text)));
    this.files += files.length;
    this.bytes += files.reduce((sum, [, text]) => sum + Buffer.byteLength(text), 0);
  }
}
