import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { parse } from 'jsonc-parser';
import { describe, expect, it } from 'vitest';
import { runCaptured } from '../../test/run-captured.js';
import { useSampleCopy } from '../../test/sample-project.js';
import { installedSchemaFile } from '../schema-files/schema-files.js';

/** The installed package's json-schema folder, listed directly: what `marsad schema` must copy. */
async function publishedSchemas(): Promise<string[]> {
  return (await readdir(dirname(installedSchemaFile('actor-file.json'))))
    .filter((name) => name.endsWith('.json'))
    .sort();
}

const SETTINGS_WITH_COMMENTS = `{
  // the team's font
  "editor.fontFamily": "Noto Naskh Arabic",
  "yaml.schemas": { "./other.json": "other/*.yaml" },
  "json.schemas": [{ "fileMatch": ["x.json"], "url": "./x-schema.json" },],
}
`;

describe('marsad schema', () => {
  const sample = useSampleCopy({ each: true });

  it('copies every published JSON Schema byte for byte, with a settings fragment for the content folders', async () => {
    const result = await runCaptured(['schema'], sample.root);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const published = await publishedSchemas();
    expect(result.stdout.split('\n')[0]).toMatch(
      new RegExp(
        `^✔ Wrote ${published.length} JSON Schemas of @marsad/schema \\S+ and vscode-settings.json to .marsad-schema$`,
      ),
    );
    const out = join(sample.root, '.marsad-schema');
    expect((await readdir(out)).sort()).toEqual([...published, 'vscode-settings.json'].sort());
    for (const name of published) {
      expect(await readFile(join(out, name), 'utf8'), name).toBe(
        await readFile(installedSchemaFile(name), 'utf8'),
      );
    }
    const fragment = JSON.parse(await readFile(join(out, 'vscode-settings.json'), 'utf8'));
    expect(fragment['yaml.schemas']).toEqual({
      './.marsad-schema/actor-file.json': ['content/actors/*.yaml', 'content/actors/*.yml'],
      './.marsad-schema/event-file.json': ['content/events/**/*.yaml', 'content/events/**/*.yml'],
      './.marsad-schema/place-file.json': ['content/places/*.yaml', 'content/places/*.yml'],
      './.marsad-schema/author-file.json': ['content/authors/*.yaml', 'content/authors/*.yml'],
    });
    expect(fragment['json.schemas']).toContainEqual({
      fileMatch: ['content/events/**/*.json'],
      url: './.marsad-schema/event-file.json',
    });
  });

  it('writes to --out relative to the cwd, the mappings still relative to the project root', async () => {
    const result = await runCaptured(['schema', '..', '--out', 'schemas'], join(sample.root, 'content'));
    expect(result.code).toBe(0);
    const fragment = JSON.parse(
      await readFile(join(sample.root, 'content/schemas/vscode-settings.json'), 'utf8'),
    );
    expect(Object.keys(fragment['yaml.schemas'])[0]).toBe('./content/schemas/actor-file.json');
  });

  it('merges into .vscode/settings.json with --vscode, keeping comments and every other setting', async () => {
    await mkdir(join(sample.root, '.vscode'));
    await writeFile(join(sample.root, '.vscode/settings.json'), SETTINGS_WITH_COMMENTS);
    expect((await runCaptured(['schema', '--vscode'], sample.root)).code).toBe(0);
    // Twice: the second run replaces its own mappings instead of adding them again.
    const result = await runCaptured(['schema', '--vscode'], sample.root);
    expect(result.stdout).toContain('✔ Mapped the content folders to them in .vscode/settings.json\n');
    const text = await readFile(join(sample.root, '.vscode/settings.json'), 'utf8');
    expect(text).toContain("// the team's font");
    const settings = parse(text, [], { allowTrailingComma: true });
    expect(settings['editor.fontFamily']).toBe('Noto Naskh Arabic');
    expect(settings['yaml.schemas']['./other.json']).toBe('other/*.yaml');
    expect(settings['yaml.schemas']['./.marsad-schema/place-file.json']).toEqual([
      'content/places/*.yaml',
      'content/places/*.yml',
    ]);
    const urls = settings['json.schemas'].map((mapping: { url: string }) => mapping.url);
    expect(urls).toEqual([
      './x-schema.json',
      './.marsad-schema/actor-file.json',
      './.marsad-schema/event-file.json',
      './.marsad-schema/place-file.json',
      './.marsad-schema/author-file.json',
    ]);
  });

  it('creates .vscode/settings.json when there is none', async () => {
    expect((await runCaptured(['schema', '--vscode'], sample.root)).code).toBe(0);
    const settings = JSON.parse(await readFile(join(sample.root, '.vscode/settings.json'), 'utf8'));
    expect(Object.keys(settings)).toEqual(['yaml.schemas', 'json.schemas']);
  });
});

describe('marsad schema refusals', () => {
  const sample = useSampleCopy({ each: true });

  const listing = async () => (await readdir(sample.root, { recursive: true })).sort();

  it('refuses a settings file it cannot parse, in one line, writing nothing at all', async () => {
    await mkdir(join(sample.root, '.vscode'));
    const broken = '{ "editor.fontSize": 14 "yaml.schemas": {} }\n';
    await writeFile(join(sample.root, '.vscode/settings.json'), broken);
    const before = await listing();
    const result = await runCaptured(['schema', '--vscode'], sample.root);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      'marsad schema: cannot merge into .vscode/settings.json (CommaExpected at line 1); it was left as it is.\n',
    );
    expect(await readFile(join(sample.root, '.vscode/settings.json'), 'utf8')).toBe(broken);
    expect(await listing()).toEqual(before);
  });

  it('refuses an output folder that is a file, in one line', async () => {
    await writeFile(join(sample.root, 'taken'), 'not a folder\n');
    const before = await listing();
    const result = await runCaptured(['schema', '--out', 'taken'], sample.root);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('marsad schema: cannot write to taken: it is a file, not a folder.\n');
    expect(await listing()).toEqual(before);
  });

  it('refuses an output folder below a file, leaving nothing behind', async () => {
    await writeFile(join(sample.root, 'taken'), 'not a folder\n');
    const before = await listing();
    const result = await runCaptured(['schema', '--out', 'taken/schemas'], sample.root);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      'marsad schema: cannot create taken/schemas: a file is in the way of its path.\n',
    );
    expect(await listing()).toEqual(before);
  });

  it('refuses a path that does not exist, in one line', async () => {
    const result = await runCaptured(['schema', 'nowhere'], sample.root);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^marsad schema: The content root .*nowhere does not exist\.\n$/);
  });
});
