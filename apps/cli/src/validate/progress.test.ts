import { join } from 'node:path';
import { loadContent } from '@marsad/content';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../test/sample-project.js';
import { countContentFiles, startProgress } from './progress.js';

describe('countContentFiles', () => {
  it('counts the files a run will read, from a project root as from its content folder', async () => {
    const { fileCount } = await loadContent(REPO_ROOT);
    expect(await countContentFiles(REPO_ROOT)).toBe(fileCount);
    expect(await countContentFiles(join(REPO_ROOT, 'content'))).toBe(fileCount);
  });

  it('gives 0 for a path that cannot be walked', async () => {
    expect(await countContentFiles(join(REPO_ROOT, 'no-such-folder'))).toBe(0);
  });
});

describe('startProgress', () => {
  it('redraws one line with a spinner frame and the elapsed time, and erases it on stop', async () => {
    const writes: string[] = [];
    const progress = startProgress({ write: (text: string) => writes.push(text) }, 'Checking 300 files…', 10);
    await new Promise((resolve) => setTimeout(resolve, 60));
    progress.stop();
    const frames = writes.slice(0, -1);
    expect(frames.length).toBeGreaterThan(1);
    for (const frame of frames)
      expect(frame).toMatch(/^\r[⠋⠙⠹⠸⠼⠴⠦⠧⠇⠏] Checking 300 files… \d+\.\ds\u001b\[K$/);
    expect(new Set(frames.map((frame) => frame[1])).size).toBeGreaterThan(1);
    expect(writes.at(-1)).toBe('\r\u001b[K');
    const count = writes.length;
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(writes).toHaveLength(count);
  });
});
