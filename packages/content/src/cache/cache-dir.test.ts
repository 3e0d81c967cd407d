import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultCacheDir } from './cache-dir.js';

describe('defaultCacheDir', () => {
  let work: string;
  beforeAll(async () => {
    work = await mkdtemp(join(tmpdir(), 'marsad-cache-dir-'));
  });
  afterAll(() => rm(work, { recursive: true, force: true }));

  it('is in the nearest node_modules/.cache above the content, one folder per content root', async () => {
    await mkdir(join(work, 'site/node_modules'), { recursive: true });
    await mkdir(join(work, 'site/content'), { recursive: true });
    await mkdir(join(work, 'site/other'), { recursive: true });
    const dir = await defaultCacheDir(join(work, 'site/content'));
    expect(dir.startsWith(join(work, 'site/node_modules/.cache/marsad/'))).toBe(true);
    expect(await defaultCacheDir(join(work, 'site/other'))).not.toBe(dir);
  });

  it('is in the user cache folder, outside the content, when no node_modules is above it', async () => {
    const saved = process.env.XDG_CACHE_HOME;
    process.env.XDG_CACHE_HOME = join(work, 'xdg');
    try {
      const dir = await defaultCacheDir(join(work, 'bare/content'));
      expect(dir.startsWith(join(work, 'xdg/marsad/'))).toBe(true);
    } finally {
      if (saved === undefined) delete process.env.XDG_CACHE_HOME;
      else process.env.XDG_CACHE_HOME = saved;
    }
  });
});
