import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { captureIO } from '../test/capture-io.js';
import { REPO_ROOT } from '../test/sample-project.js';
import { runCli } from './cli.js';

async function run(args: string[]) {
  const captured = captureIO(REPO_ROOT);
  const code = await runCli(args, captured.io);
  return { code, stdout: captured.stdout(), stderr: captured.stderr() };
}

const packageVersion = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')).version;

describe('runCli', () => {
  it.each([['--version'], ['-v']])('prints the package version for %s', async (flag) => {
    expect(await run([flag])).toEqual({ code: 0, stdout: `${packageVersion}\n`, stderr: '' });
  });

  it('lists the commands for --help', async () => {
    const result = await run(['--help']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Usage: marsad <command> [options]');
    expect(result.stdout).toMatch(/\n {2}validate {2}Check content/);
    expect((await run(['help'])).stdout).toBe(result.stdout);
  });

  it('prints the same command help for `help validate`, `validate --help` and `validate -h`', async () => {
    const help = await run(['help', 'validate']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('Usage: marsad validate [path] [options]');
    expect(help.stdout).toContain('Examples:\n  $ marsad validate\n');
    expect(help.stdout).toMatch(/ref\/unknown +error +A reference/);
    expect(help.stdout).toContain('Exit codes: 0 no errors');
    expect((await run(['validate', '--help'])).stdout).toBe(help.stdout);
    expect((await run(['validate', '-h'])).stdout).toBe(help.stdout);
  });

  it('exits 2 with the help on stderr when given nothing', async () => {
    const result = await run([]);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('Usage: marsad <command> [options]');
  });

  it('exits 2 on an unknown command, suggesting the closest', async () => {
    const result = await run(['valdate']);
    expect(result.code).toBe(2);
    expect(result.stderr.split('\n')[0]).toBe("marsad: unknown command 'valdate'. Did you mean 'validate'?");
    expect((await run(['help', 'nonsense'])).code).toBe(2);
  });

  it('exits 2 on an unknown global option', async () => {
    const result = await run(['--verbose', 'validate']);
    expect(result.code).toBe(2);
    expect(result.stderr.split('\n')[0]).toBe("marsad: unknown option '--verbose'.");
  });
});
