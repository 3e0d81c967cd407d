import { execFile, execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from './sample-project.js';

const CLI_DIR = join(REPO_ROOT, 'apps/cli');
const BIN = join(CLI_DIR, 'bin/marsad.js');
/** Plain Node resolves the workspace packages to their builds, so the engine's packages need a dist too. */
const DEPENDENCY_BUILDS = ['schema', 'arabic', 'content'].map((name) =>
  join(REPO_ROOT, 'packages', name, 'dist/index.js'),
);

function newestSource(dir: string): number {
  return Math.max(
    ...readdirSync(dir, { recursive: true, encoding: 'utf8' })
      .filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts'))
      .map((file) => statSync(join(dir, file)).mtimeMs),
  );
}

async function marsad(args: string[], stdin?: string) {
  try {
    const running = promisify(execFile)(process.execPath, [BIN, ...args], { cwd: REPO_ROOT });
    running.child.stdin?.end(stdin ?? '');
    const { stdout, stderr } = await running;
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

describe('the marsad binary', () => {
  beforeAll(() => {
    const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';
    if (DEPENDENCY_BUILDS.some((file) => !existsSync(file))) {
      execFileSync(npx, ['turbo', 'run', 'build', '--filter=@marsad/cli...'], {
        cwd: REPO_ROOT,
        stdio: 'ignore',
      });
    }
    const built = join(CLI_DIR, 'dist/cli.js');
    // A build older than the sources would test yesterday's CLI.
    if (!existsSync(built) || statSync(built).mtimeMs < newestSource(join(CLI_DIR, 'src'))) {
      execFileSync(npx, ['tsup'], { cwd: CLI_DIR, stdio: 'ignore' });
    }
  }, 240_000);

  it('ends quietly when its reader closes the pipe early', () => {
    // `true` exits without reading: the report meets a closed pipe, as it would behind `| head -1`.
    const script = `"$0" "$1" validate content --format json 2>"$2" | true; echo "\${PIPESTATUS[0]}"; cat "$2"`;
    const stderrFile = join(mkdtempSync(join(tmpdir(), 'marsad-pipe-')), 'stderr');
    const output = execFileSync('bash', ['-c', script, process.execPath, BIN, stderrFile], {
      cwd: REPO_ROOT,
      encoding: 'utf8',
    });
    expect(output).toBe('0\n');
  });

  it('validates the sample content and prints one JSON document', async () => {
    const result = await marsad(['validate', 'content', '--format', 'json']);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout);
    expect(Object.keys(report)).toEqual(['files', 'errors', 'warnings', 'diagnostics']);
    expect(report).toMatchObject({ errors: 0, warnings: 0, diagnostics: [] });
    expect(report.files).toBeGreaterThan(50);
  });

  it('imports an article piped on standard input, linking the names the content knows', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'marsad-bin-')), 'draft.md');
    const result = await marsad(
      ['import', '-', '--out', out, '--format', 'json'],
      '<h1>اللجنة الثنائية</h1><p>قال محمد شياع السوداني في بغداد إن «جبهة مجهولة» لا تمثل أحدًا.</p>',
    );
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout);
    expect(report).toMatchObject({ from: 'html', lang: 'ar', title: 'اللجنة الثنائية' });
    const draft = readFileSync(out, 'utf8');
    expect(draft).toContain(':actor[محمد شياع السوداني]{#al-sudani} في :place[بغداد]{#baghdad}');
    expect(report.candidates.map((candidate: { name: string }) => candidate.name)).toEqual(['جبهة مجهولة']);
  });

  it('sets exit code 2 for a path that does not exist', async () => {
    const result = await marsad(['validate', 'no-such-folder']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^marsad validate: The content root .*no-such-folder does not exist\.\n$/);
  });
});
