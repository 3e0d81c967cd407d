import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { readBundle } from '@marsad/content';
import { describe, expect, it } from 'vitest';
import { captureIO } from '../../test/capture-io.js';
import { copySample, useSampleCopy } from '../../test/sample-project.js';
import { runCli } from '../cli.js';

const NOW = '2024-06-01T00:00:00Z';
const DRAFT = 'pmf-after-the-coalition';

async function run(args: string[], cwd: string) {
  const captured = captureIO(cwd);
  const code = await runCli(args, captured.io);
  return { code, stdout: captured.stdout(), stderr: captured.stderr() };
}

async function bytesOf(folder: string): Promise<Map<string, Buffer>> {
  const names = (await readdir(folder)).sort();
  return new Map(
    await Promise.all(names.map(async (name) => [name, await readFile(join(folder, name))] as const)),
  );
}

describe('marsad build on the sample project', () => {
  const sample = useSampleCopy();

  it('validates, then writes the bundle to .marsad in the project root and sums it up', async () => {
    const result = await run(['build', '--now', NOW], sample.root);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const [report, written] = result.stdout.split('\n\n');
    expect(report).toMatch(/^✔ \d+ files, no problems$/);
    expect(written).toMatch(/^✔ Bundle written to \.marsad in \d+\.\ds\n/);
    expect(written).toContain('  articles       1 (2 versions: ar, en)\n');
    expect(written).toMatch(/ {2}search\.sqlite {2}\d+(\.\d)? kB \(\d+ documents\)\n/);
    expect(written).toContain('  built for      2024-06-01T00:00:00.000Z\n');
    const bundle = await readBundle(join(sample.root, '.marsad'));
    try {
      expect(bundle.manifest.builtFor).toBe('2024-06-01T00:00:00.000Z');
      expect(bundle.graph.article('coalition-withdrawal')).toBeDefined();
      expect(bundle.graph.article(DRAFT)).toBeUndefined();
    } finally {
      bundle.close();
    }
    const graph = await readFile(join(sample.root, '.marsad', 'graph.sqlite'), 'utf8');
    expect(graph).not.toContain(DRAFT);
  });

  it('writes the same bytes when built again for the same moment, to a folder relative to the cwd', async () => {
    await run(['build', '--now', NOW], sample.root);
    const result = await run(
      ['build', sample.root, '--out', 'again', '--now', NOW],
      join(sample.root, 'content'),
    );
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('✔ Bundle written to again in ');
    const [first, second] = [
      await bytesOf(join(sample.root, '.marsad')),
      await bytesOf(join(sample.root, 'content', 'again')),
    ];
    expect([...second.keys()]).toEqual(['graph.sqlite', 'manifest.json', 'search.sqlite']);
    for (const [name, bytes] of first) expect(bytes.equals(second.get(name)!), name).toBe(true);
  });
});

describe('marsad build refusals', () => {
  const sample = useSampleCopy();

  it('exits 1 with the pretty report and writes nothing when the content has errors', async () => {
    const broken = await copySample();
    try {
      await broken.replace(
        'events/brigade-12-strike.yaml',
        'abu-taqwa, role: victim',
        'abu-taqwaa, role: victim',
      );
      const result = await run(['build', '--now', NOW], broken.root);
      expect(result.code).toBe(1);
      expect(result.stdout).toContain('ref/unknown  no actor "abu-taqwaa" exists; did you mean "abu-taqwa"?');
      expect(result.stdout).toMatch(/✖ 1 error in 1 file \(\d+ files checked\)\n$/);
      expect(result.stderr).toBe('marsad build: the content has errors; no bundle was written.\n');
      expect(await readdir(broken.root)).not.toContain('.marsad');
    } finally {
      await broken.remove();
    }
  });

  it('exits 2 with one line when --out is a file, before validating, and leaves the file alone', async () => {
    const file = join(sample.root, 'bundle.txt');
    await writeFile(file, 'not a folder');
    const before = await readdir(sample.root);
    const result = await run(['build', '--out', 'bundle.txt', '--now', NOW], sample.root);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe(
      `marsad build: The output path ${file} is a file; give a folder for the bundle.\n`,
    );
    expect(await readFile(file, 'utf8')).toBe('not a folder');
    expect(await readdir(sample.root)).toEqual(before);
  });

  it('exits 2 when --out is a folder of other files, which stay', async () => {
    await mkdir(join(sample.root, 'site'));
    await writeFile(join(sample.root, 'site', 'index.html'), '<p>mine</p>');
    const result = await run(['build', '--out', 'site', '--now', NOW], sample.root);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(
      /^marsad build: The output folder .*site holds other files, not a bundle; .*\n$/,
    );
    expect(await readdir(join(sample.root, 'site'))).toEqual(['index.html']);
  });

  it('exits 2 with one line when the path does not exist', async () => {
    const missing = join(sample.root, 'nowhere');
    const result = await run(['build', 'nowhere', '--now', NOW], sample.root);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(`marsad build: The content root ${missing} does not exist.\n`);
    expect(await readdir(sample.root)).not.toContain('nowhere');
  });

  it('exits 2 with the usage when --now is not a date and time with an offset', async () => {
    for (const now of ['2024-06-01', 'tomorrow', '2024-02-30T00:00:00Z']) {
      const result = await run(['build', '--now', now], sample.root);
      expect(result.code, now).toBe(2);
      expect(result.stderr).toContain(`marsad build: --now takes a date and time with an offset`);
      expect(result.stderr).toContain('marsad build [path] [options]');
    }
    expect(await readdir(sample.root)).not.toContain('.marsad');
  });
});
