import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { KINDS } from '../src/graph/graph-store.js';
import type { LoadedContent } from '../src/load-content.js';

/** The repository's sample content, which the cache tests copy and edit. */
export const SAMPLE = join(import.meta.dirname, '../../../content');

/** What a run yields, in a form `toEqual` compares fully: two runs are the same when these are equal. */
export const outcome = (loaded: LoadedContent) => ({
  diagnostics: loaded.diagnostics,
  fileCount: loaded.fileCount,
  graph: Object.fromEntries(KINDS.map((kind) => [kind, loaded.graph.all(kind)])),
});

/** A temporary folder for the tests of one file, made before them and removed after. */
export function workFolder(prefix: string): () => string {
  let work = '';
  beforeAll(async () => {
    work = await mkdtemp(join(tmpdir(), prefix));
  });
  afterAll(() => rm(work, { recursive: true, force: true }));
  return () => work;
}
