// The generated OpenAPI document must pass @redocly/cli lint with its recommended rules, warnings included.
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createFixture, type Fixture, get, testApp } from './fixture.js';

let fixture: Fixture;
let dir: string;
beforeAll(async () => {
  fixture = await createFixture();
  dir = await mkdtemp(join(tmpdir(), 'marsad-openapi-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
  await fixture.cleanup();
});

const require = createRequire(import.meta.url);
const redocly = join(dirname(require.resolve('@redocly/cli/package.json')), 'bin', 'cli.js');

it('lints clean with @redocly/cli', async () => {
  const document = (await get(testApp(fixture.bundle), '/openapi.json')).body;
  const file = join(dir, 'openapi.json');
  await writeFile(file, JSON.stringify(document));
  const { stdout } = await promisify(execFile)(process.execPath, [redocly, 'lint', file, '--format=json'], {
    timeout: 60_000,
    env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true', NO_COLOR: '1' },
  }).catch((error: { stdout?: string }) => ({ stdout: error.stdout ?? '' }));
  const report = JSON.parse(stdout.slice(stdout.indexOf('{')));
  const problems = report.problems.map(
    (problem: { ruleId: string; message: string; location: { pointer: string }[] }) =>
      `${problem.ruleId} ${problem.location[0]?.pointer}: ${problem.message}`,
  );
  expect(problems).toEqual([]);
  expect(report.totals).toMatchObject({ errors: 0, warnings: 0 });
}, 90_000);
