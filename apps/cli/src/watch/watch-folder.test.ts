import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { watchFolder } from './watch-folder.js';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Polls until `condition` holds, failing after `timeoutMs` so a broken watcher cannot hang the suite. */
async function until(condition: () => boolean, timeoutMs = 5000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('timed out waiting for the watcher');
    await sleep(20);
  }
}

describe('watchFolder', () => {
  let folder: string;

  beforeEach(async () => {
    folder = await mkdtemp(join(tmpdir(), 'marsad-watch-'));
    await mkdir(join(folder, 'events', '2024'), { recursive: true });
  });

  afterEach(() => rm(folder, { recursive: true, force: true }));

  it('runs once for a burst of changes in a subfolder, then stops on abort', async () => {
    const controller = new AbortController();
    let runs = 0;
    const watching = watchFolder(folder, {
      signal: controller.signal,
      debounceMs: 100,
      onChange: async () => {
        runs++;
      },
    });
    for (const name of ['a', 'b', 'c'])
      await writeFile(join(folder, 'events', '2024', `${name}.yaml`), 'id: x\n');
    await until(() => runs > 0);
    // Settle time: a second run would need another change after the debounce window.
    await sleep(300);
    expect(runs).toBe(1);
    await writeFile(join(folder, 'events', '2024', 'a.yaml'), 'id: y\n');
    await until(() => runs === 2);
    controller.abort();
    await expect(watching).resolves.toBeUndefined();
  }, 15_000);

  it('runs again after a run when files changed during it, never two at once', async () => {
    const controller = new AbortController();
    let active = 0;
    let overlapped = false;
    let runs = 0;
    const watching = watchFolder(folder, {
      signal: controller.signal,
      debounceMs: 20,
      onChange: async () => {
        active++;
        overlapped ||= active > 1;
        runs++;
        if (runs === 1) await writeFile(join(folder, 'during.yaml'), 'id: z\n');
        await sleep(200);
        active--;
      },
    });
    await writeFile(join(folder, 'first.yaml'), 'id: x\n');
    await until(() => runs === 2);
    controller.abort();
    await watching;
    expect(overlapped).toBe(false);
  }, 15_000);

  it('resolves at once when the signal is already aborted', async () => {
    const controller = new AbortController();
    controller.abort();
    await expect(
      watchFolder(folder, { signal: controller.signal, onChange: async () => {} }),
    ).resolves.toBeUndefined();
  });

  it('rejects when the folder does not exist', async () => {
    const watching = watchFolder(join(folder, 'missing'), {
      signal: new AbortController().signal,
      onChange: async () => {},
    });
    await expect(watching).rejects.toThrow(/ENOENT/);
  });

  it('rejects with the error of a failing run', async () => {
    const watching = watchFolder(folder, {
      signal: new AbortController().signal,
      debounceMs: 10,
      onChange: async () => {
        throw new Error('broken run');
      },
    });
    await writeFile(join(folder, 'x.yaml'), 'id: x\n');
    await expect(watching).rejects.toThrow('broken run');
  });
});
