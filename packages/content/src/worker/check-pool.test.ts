import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readAndCheck } from '../source/check-file.js';
import { discoverFiles } from '../source/discover.js';
import { checkInPool } from './check-pool.js';

const SAMPLE = join(import.meta.dirname, '../../../../content');

describe('checkInPool', () => {
  it('checks files in worker threads (from the sources under vitest) in the order given', async () => {
    const { files } = await discoverFiles(SAMPLE);
    const jobs = files.map(({ path, file, collection, format }) => ({ path, file, collection, format }));
    const pooled = await checkInPool(jobs, 1);
    // Results made in a worker carry no locators: they cannot cross threads.
    expect(pooled.filter((work) => work.locators === undefined).length).toBeGreaterThan(0);
    const here = await Promise.all(jobs.map((job) => readAndCheck(job)));
    expect(pooled.map(({ hash, checked }) => ({ hash, checked }))).toEqual(
      here.map(({ hash, checked }) => ({ hash, checked })),
    );
  });

  it('skips the check of a file whose content has the digest the caller knows', async () => {
    const { files } = await discoverFiles(SAMPLE);
    const { path, file, collection, format } = files[0]!;
    const first = await readAndCheck({ path, file, collection, format });
    const [again] = await checkInPool([{ path, file, collection, format, knownHash: first.hash! }], 1);
    expect(again).toEqual({ hash: first.hash });
  });
});
