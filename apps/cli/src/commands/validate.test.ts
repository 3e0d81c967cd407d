import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { captureIO } from '../../test/capture-io.js';
import { copySample, REPO_ROOT, type SampleCopy, useSampleCopy } from '../../test/sample-project.js';
import { runCli } from '../cli.js';

async function run(args: string[], cwd = REPO_ROOT) {
  const captured = captureIO(cwd);
  const code = await runCli(args, captured.io);
  return { code, stdout: captured.stdout(), stderr: captured.stderr() };
}

const EVENT = 'events/brigade-12-strike.yaml';

/** An event that is valid in every way but cites nothing: a `source/missing` warning and nothing else. */
const UNSOURCED_EVENT = `id: unsourced-statement
title:
  ar: بيان لم يُنسب إلى مصدر
  en: A statement nobody sourced
date: 2024-01-06
type: political
subtype: statement
participants:
  - { actor: al-sudani, role: announcer }
`;

describe('marsad validate on the sample project', () => {
  it.each([
    ['the project root', [REPO_ROOT]],
    ['the content folder', [join(REPO_ROOT, 'content')]],
    ['the current folder', []],
    ['a relative path', ['content']],
  ])('passes from %s', async (_, path) => {
    const result = await run(['validate', ...path]);
    expect(result.stderr).toBe('');
    expect(result.stdout).toMatch(/^✔ \d+ files, no problems\n$/);
    expect(result.code).toBe(0);
  });

  it('has no warnings either', async () => {
    const result = await run(['validate', '--format', 'json']);
    const report = JSON.parse(result.stdout);
    expect(report.diagnostics).toEqual([]);
    expect(report).toMatchObject({ errors: 0, warnings: 0 });
    expect(report.files).toBeGreaterThan(50);
  });
});

describe('marsad validate on content with a misspelt participant', () => {
  let sample: SampleCopy;
  let at: { line: number; column: number };

  beforeAll(async () => {
    sample = await copySample();
    at = await sample.replace(EVENT, 'abu-taqwa, role: victim', 'abu-taqwaa, role: victim');
  });
  afterAll(() => sample.remove());

  it('fails in the pretty format, pointing at the id', async () => {
    const result = await run(['validate'], sample.root);
    expect(result.code).toBe(1);
    const lines = result.stdout.split('\n');
    const header = lines.indexOf(EVENT);
    expect(header).toBeGreaterThanOrEqual(0);
    expect(lines[header + 1]).toBe(
      `  ${at.line}:${at.column}  error    ref/unknown  no actor "abu-taqwaa" exists; did you mean "abu-taqwa"?`,
    );
    expect(lines[header + 2]).toBe(`  ${` ${at.line} │`}   - { actor: abu-taqwaa, role: victim }`);
    expect(lines[header + 3]).toBe(
      `  ${' '.repeat(String(at.line).length + 2)}│ ${' '.repeat(at.column - 1)}^^^^^^^^^^`,
    );
    expect(result.stdout).toMatch(/✖ 1 error in 1 file \(\d+ files checked\)\n$/);
  });

  it('fails in the json format with the diagnostic at the same place', async () => {
    const result = await run(['validate', '--format', 'json'], sample.root);
    expect(result.code).toBe(1);
    const report = JSON.parse(result.stdout);
    expect(report).toMatchObject({ errors: 1, warnings: 0 });
    expect(report.diagnostics).toHaveLength(1);
    expect(report.diagnostics[0]).toMatchObject({
      file: EVENT,
      line: at.line,
      column: at.column,
      endColumn: at.column + 'abu-taqwaa'.length,
      ruleId: 'ref/unknown',
      severity: 'error',
      suggestions: ['abu-taqwa'],
    });
  });

  it('fails in the github format with an annotation on the repository path', async () => {
    const result = await run(['validate', '--format', 'github'], sample.root);
    expect(result.code).toBe(1);
    const [annotation, summary, end] = result.stdout.split('\n');
    expect(annotation).toBe(
      `::error file=content/${EVENT},line=${at.line},col=${at.column},endLine=${at.line},endColumn=${at.column + 10},title=ref/unknown::no actor "abu-taqwaa" exists; did you mean "abu-taqwa"?`,
    );
    expect(summary).toMatch(/^✖ 1 error in 1 file/);
    expect(end).toBe('');
  });

  it('makes annotation paths relative to GITHUB_WORKSPACE when it is set', async () => {
    const captured = captureIO(join(sample.root, 'content'), { env: { GITHUB_WORKSPACE: sample.root } });
    await runCli(['validate', '--format', 'github'], captured.io);
    expect(captured.stdout()).toMatch(new RegExp(`^::error file=content/${EVENT},`));
  });
});

describe('marsad validate and warnings', () => {
  let sample: SampleCopy;

  beforeAll(async () => {
    sample = await copySample();
    await sample.write('events/unsourced-statement.yaml', UNSOURCED_EVENT);
  });
  afterAll(() => sample.remove());

  it('passes with a warning by default and reports it', async () => {
    const result = await run(['validate', '--format', 'json'], sample.root);
    const report = JSON.parse(result.stdout);
    expect(report).toMatchObject({ errors: 0, warnings: 1 });
    expect(report.diagnostics[0]).toMatchObject({
      file: 'events/unsourced-statement.yaml',
      ruleId: 'source/missing',
    });
    expect(result.code).toBe(0);
  });

  it('fails under --strict, saying why on stderr', async () => {
    const result = await run(['validate', '--strict'], sample.root);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('warning  source/missing');
    expect(result.stderr).toBe('marsad validate: --strict fails the run on 1 warning.\n');
  });

  it('fails beyond --max-warnings and passes within it', async () => {
    const over = await run(['validate', '--max-warnings', '0', '--format', 'json'], sample.root);
    expect(over.code).toBe(1);
    expect(over.stderr).toBe('marsad validate: 1 warning exceeds --max-warnings 0.\n');
    expect(JSON.parse(over.stdout).warnings).toBe(1);
    expect((await run(['validate', '--max-warnings', '1'], sample.root)).code).toBe(0);
  });

  it('hides the warning under --quiet, which still counts it for --strict', async () => {
    const quiet = await run(['validate', '--quiet'], sample.root);
    expect(quiet.code).toBe(0);
    expect(quiet.stdout).not.toContain('source/missing');
    expect(quiet.stdout).toMatch(/no errors \(1 warning hidden by --quiet\)/);
    expect((await run(['validate', '-q', '--strict'], sample.root)).code).toBe(1);
  });
});

describe('marsad validate usage and I/O errors', () => {
  it('exits 2 with one line on stderr for a missing path', async () => {
    const result = await run(['validate', 'no/such/folder']);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe(
      `marsad validate: The content root ${join(REPO_ROOT, 'no/such/folder')} does not exist.\n`,
    );
  });

  it('exits 2 on an unknown flag, with the command usage', async () => {
    const result = await run(['validate', '--bogus']);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/^marsad validate: Unknown option '--bogus'/);
    expect(result.stderr).toContain('Usage: marsad validate [path] [options]');
    expect(result.stderr).toContain('--max-warnings <n>');
  });

  it.each([
    [['--format', 'xml'], '--format must be one of pretty, json, github; got "xml".'],
    [['--max-warnings', 'many'], '--max-warnings takes a whole number of 0 or more; got "many".'],
    [['--max-warnings=-1'], '--max-warnings takes a whole number of 0 or more; got "-1".'],
    [['--watch', '--format', 'json'], '--watch prints changes in the pretty format only; drop --format.'],
    [['content', 'extra'], "unexpected argument 'extra'."],
  ])('exits 2 on %j', async (args, message) => {
    const result = await run(['validate', ...args]);
    expect(result.code).toBe(2);
    expect(result.stderr.split('\n')[0]).toBe(`marsad validate: ${message}`);
  });
});

describe('marsad validate and its cache', () => {
  const sample = useSampleCopy();

  it('keeps results in --cache-dir and reports the same on the next run', async () => {
    const cacheDir = join(sample.root, 'results-cache');
    const first = await run(['validate', '--format', 'json', '--cache-dir', cacheDir], sample.root);
    expect(await readdir(cacheDir)).toContain('state.sqlite');
    const second = await run(['validate', '--format', 'json', '--cache-dir', cacheDir], sample.root);
    expect(second).toEqual(first);
  });

  it('writes no cache with --no-cache', async () => {
    const cacheDir = join(sample.root, 'unused-cache');
    const result = await run(['validate', '--no-cache', '--cache-dir', cacheDir], sample.root);
    expect(result.code).toBe(0);
    await expect(readdir(cacheDir)).rejects.toThrow(/ENOENT/);
  });
});
