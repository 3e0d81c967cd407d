import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ContentRootError, discoverFiles } from './discover.js';

let base: string;
let root: string;

async function write(path: string, content = 'id: x\n'): Promise<void> {
  await mkdir(dirname(join(root, path)), { recursive: true });
  await writeFile(join(root, path), content);
}

beforeEach(async () => {
  base = await mkdtemp(join(tmpdir(), 'marsad-discover-'));
  root = join(base, 'content');
  await mkdir(root);
});

afterEach(async () => {
  await rm(base, { recursive: true, force: true });
});

describe('discoverFiles', () => {
  it('finds the files of each collection with their format, sorted by path', async () => {
    await write('places/iraq.yaml');
    await write('actors/al-sudani.md', '---\nid: al-sudani\n---\n');
    await write('actors/iran.yml');
    await write('articles/coalition-withdrawal.ar.md');
    await write('events/2024/brigade-12-strike.yaml');
    await write('events/import.jsonl', '{"id":"a"}\n');
    await write('authors/analyst.json', '{"id":"analyst"}');
    await write('marsad.config.json', '{}');
    await write('notes/ideas.txt', 'not content');
    const { files, diagnostics } = await discoverFiles(root);
    expect(diagnostics).toEqual([]);
    expect(files.map((f) => [f.file, f.collection, f.format])).toEqual([
      ['actors/al-sudani.md', 'actors', 'markdown'],
      ['actors/iran.yml', 'actors', 'yaml'],
      ['articles/coalition-withdrawal.ar.md', 'articles', 'markdown'],
      ['authors/analyst.json', 'authors', 'json'],
      ['events/2024/brigade-12-strike.yaml', 'events', 'yaml'],
      ['events/import.jsonl', 'events', 'jsonl'],
      ['places/iraq.yaml', 'places', 'yaml'],
    ]);
    expect(files[0]?.path).toBe(join(root, 'actors', 'al-sudani.md'));
    expect(files[0]?.size).toBe(22);
  });

  it('skips dotfiles, dot-folders and READMEs, and warns about files a folder does not take', async () => {
    await write('places/.DS_Store');
    await write('places/.drafts/x.yaml');
    await write('places/README.md', '# Places');
    await write('places/notes.txt');
    await write('places/baghdad.md');
    await write('articles/draft.txt');
    const { files, diagnostics } = await discoverFiles(root);
    expect(files).toEqual([]);
    expect(diagnostics.map((d) => [d.file, d.ruleId, d.severity])).toEqual([
      ['articles/draft.txt', 'file/unknown-type', 'warning'],
      ['places/baghdad.md', 'file/unknown-type', 'warning'],
      ['places/notes.txt', 'file/unknown-type', 'warning'],
    ]);
    expect(diagnostics[1]?.message).toContain('places/ takes .yaml, .yml and .json files');
    expect(diagnostics[0]?.message).toContain('articles/ takes .md files');
  });

  it('reads subfolders only under events', async () => {
    await write('actors/people/al-sudani.yaml');
    await write('events/2020/01/soleimani-strike.yaml');
    const { files, diagnostics } = await discoverFiles(root);
    expect(files.map((f) => f.file)).toEqual(['events/2020/01/soleimani-strike.yaml']);
    expect(diagnostics.map((d) => [d.file, d.ruleId])).toEqual([['actors/people', 'file/nested']]);
  });

  it('reports files over the size limit and leaves them out', async () => {
    await write('events/big.jsonl', `${'{"id":"a"}\n'.repeat(20)}`);
    await write('events/small.yaml', 'id: small\n');
    const { files, diagnostics } = await discoverFiles(root, { maxFileSize: 100 });
    expect(files.map((f) => f.file)).toEqual(['events/small.yaml']);
    expect(diagnostics.map((d) => [d.file, d.ruleId, d.severity])).toEqual([
      ['events/big.jsonl', 'file/too-large', 'error'],
    ]);
  });

  it('reads symlinks inside the root, refuses those leading out, and does not loop', async () => {
    await write('places/iraq.yaml');
    await writeFile(join(base, 'secret.yaml'), 'id: secret\n');
    await symlink(join(root, 'places', 'iraq.yaml'), join(root, 'places', 'iraq-alias.yaml'));
    await symlink(join(base, 'secret.yaml'), join(root, 'places', 'secret.yaml'));
    await symlink(join(root, 'places', 'gone.yaml'), join(root, 'places', 'broken.yaml'));
    await mkdir(join(root, 'events', 'nested'), { recursive: true });
    await symlink(join(root, 'events'), join(root, 'events', 'nested', 'loop'));
    const { files, diagnostics } = await discoverFiles(root);
    expect(files.map((f) => f.file)).toEqual(['places/iraq-alias.yaml', 'places/iraq.yaml']);
    expect(diagnostics.map((d) => [d.file, d.ruleId, d.severity])).toEqual([
      ['events/nested/loop', 'file/unreadable', 'warning'],
      ['places/broken.yaml', 'file/unreadable', 'warning'],
      ['places/secret.yaml', 'file/outside-root', 'warning'],
    ]);
  });

  it('throws ContentRootError for a missing root or a root that is a file', async () => {
    await expect(discoverFiles(join(base, 'nowhere'))).rejects.toMatchObject({
      name: 'ContentRootError',
      problem: 'not-found',
    });
    await writeFile(join(base, 'file'), '');
    const error = await discoverFiles(join(base, 'file')).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ContentRootError);
    expect(error).toMatchObject({ problem: 'not-a-directory', root: join(base, 'file') });
  });
});
