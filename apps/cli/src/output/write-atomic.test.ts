import { mkdir, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { OutputError, writeFileAtomic } from './write-atomic.js';

let folder: string;
beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'marsad-write-'));
});

describe('writeFileAtomic', () => {
  it('writes the file and leaves no temporary file behind', async () => {
    await writeFileAtomic(join(folder, 'out.json'), '{"a":1}');
    expect(await readFile(join(folder, 'out.json'), 'utf8')).toBe('{"a":1}');
    expect(await readdir(folder)).toEqual(['out.json']);
  });

  it('replaces an existing file, unless told to be exclusive', async () => {
    const path = join(folder, 'out.txt');
    await writeFile(path, 'old');
    await writeFileAtomic(path, 'new');
    expect(await readFile(path, 'utf8')).toBe('new');
    await expect(writeFileAtomic(path, 'newer', { exclusive: true })).rejects.toThrow(OutputError);
    expect(await readFile(path, 'utf8')).toBe('new');
  });

  it('refuses a path that is a folder or whose folder is missing, writing nothing', async () => {
    await mkdir(join(folder, 'dir'));
    await expect(writeFileAtomic(join(folder, 'dir'), 'x')).rejects.toThrow(/is a folder/);
    await expect(writeFileAtomic(join(folder, 'missing', 'out.txt'), 'x')).rejects.toThrow(/not a folder/);
    expect(await readdir(folder)).toEqual(['dir']);
  });
});
