import { describe, expect, it } from 'vitest';
import { captureIO } from '../../test/capture-io.js';
import { useSampleCopy } from '../../test/sample-project.js';
import { runCli } from '../cli.js';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Polls until the output matches, failing after `timeoutMs` so a broken watcher cannot hang the suite. */
async function until(output: () => string, pattern: RegExp, timeoutMs = 10_000): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  while (!pattern.test(output())) {
    if (Date.now() > deadline)
      throw new Error(`timed out waiting for ${pattern}; output so far:\n${output()}`);
    await sleep(25);
  }
  return output();
}

const EVENT = 'events/brigade-12-strike.yaml';

describe('marsad validate --watch', () => {
  const sample = useSampleCopy({ each: true });

  it('prints new and resolved diagnostics as files change, and stops on the signal', async () => {
    const controller = new AbortController();
    const captured = captureIO(sample.root, { signal: controller.signal });
    const running = runCli(['validate', '--watch'], captured.io);

    await until(captured.stdout, /Watching content for changes/);
    expect(captured.stdout()).toMatch(/^✔ \d+ files, no problems\n/);

    const at = await sample.replace(EVENT, 'abu-taqwa, role: victim', 'abu-taqwaa, role: victim');
    const broken = await until(captured.stdout, /· 1 new, 0 resolved ──[\s\S]*✖ 1 error/);
    const change = broken.slice(broken.lastIndexOf('──'));
    expect(change).toContain(
      `${EVENT}\n  ${at.line}:${at.column}  error    ref/unknown  no actor "abu-taqwaa"`,
    );
    expect(change).toContain('^^^^^^^^^^');

    await sample.replace(EVENT, 'abu-taqwaa, role: victim', 'abu-taqwa, role: victim');
    const fixed = await until(captured.stdout, /· 0 new, 1 resolved ──[\s\S]*✔ \d+ files, no problems\n$/);
    expect(fixed.slice(fixed.lastIndexOf('──'))).toContain(
      `  ✔ ${EVENT}:${at.line}:${at.column}  ref/unknown  no actor "abu-taqwaa" exists`,
    );

    controller.abort();
    // The last run was clean, so the watch ends with exit code 0.
    await expect(running).resolves.toBe(0);
    expect(captured.stderr()).toBe('');
  }, 30_000);

  it('exits with the verdict of the last run', async () => {
    const controller = new AbortController();
    const captured = captureIO(sample.root, { signal: controller.signal });
    const running = runCli(['validate', '--watch'], captured.io);
    await until(captured.stdout, /Watching content for changes/);
    await sample.replace(EVENT, 'abu-taqwa, role: victim', 'abu-taqwaa, role: victim');
    await until(captured.stdout, /1 new, 0 resolved/);
    controller.abort();
    await expect(running).resolves.toBe(1);
  }, 30_000);
});
