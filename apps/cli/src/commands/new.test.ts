import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { loadContent } from '@marsad/content';
import { Id } from '@marsad/schema';
import { describe, expect, it } from 'vitest';
import { runCaptured } from '../../test/run-captured.js';
import { REPO_ROOT, useSampleCopy } from '../../test/sample-project.js';
import { schemaReference } from '../scaffold/schema-reference.js';
import { installedSchemaFile, installedSchemaVersion } from '../schema-files/schema-files.js';

/** The committed JSON Schema of a content file: its entity's properties and required fields. */
async function fileSchema(kind: string): Promise<{ properties: string[]; required: string[] }> {
  const schema = JSON.parse(await readFile(installedSchemaFile(`${kind}-file.json`), 'utf8'));
  const ref: string = schema.$ref ?? schema.anyOf[0].$ref;
  const entity = schema.$defs[ref.replace('#/$defs/', '')];
  return { properties: Object.keys(entity.properties), required: entity.required };
}

/** 1-based line of the first line of `text` that is exactly `line`. */
function lineOf(text: string, line: string): number {
  return text.split('\n').indexOf(line) + 1;
}

const CASES = [
  { kind: 'actor', id: 'new-actor', file: 'actors/new-actor.yaml' },
  { kind: 'event', id: 'new-event', file: 'events/new-event.yaml' },
  { kind: 'place', id: 'new-place', file: 'places/new-place.yaml' },
  { kind: 'author', id: 'new-author', file: 'authors/new-author.yaml' },
  { kind: 'article', id: 'new-article', file: 'articles/new-article.ar.md' },
] as const;

describe('marsad new on the sample project', () => {
  const sample = useSampleCopy();

  it.each(CASES)(
    'writes $file with every field of the schema, and validate flags exactly the empty required ones',
    async ({ kind, id, file }) => {
      const result = await runCaptured(['new', kind, id], sample.root);
      expect(result.stderr).toBe('');
      expect(result.code).toBe(0);
      const text = await readFile(join(sample.root, 'content', file), 'utf8');
      const { properties, required } = await fileSchema(kind);
      for (const property of properties) expect(text).toMatch(new RegExp(`^(# )?${property}:`, 'm'));

      const preset = kind === 'article' ? 'status' : 'id';
      const empty = required.filter((field) => field !== preset);
      expect(result.stdout).toBe(
        `✔ Created content/${file}: fill in ${empty.join(', ')}, then run marsad validate.\n`,
      );
      const loaded = await loadContent(sample.root);
      const found = loaded.diagnostics
        .filter((diagnostic) => diagnostic.file === file)
        .map((diagnostic) => ({ line: diagnostic.line, field: diagnostic.message.split(':')[0] }));
      expect(found).toEqual(empty.map((field) => ({ line: lineOf(text, `${field}:`), field })));
    },
  );

  it('starts the article as a draft in the language asked for', async () => {
    const result = await runCaptured(['new', 'article', 'english-draft', '--lang', 'en'], sample.root);
    expect(result.code).toBe(0);
    const text = await readFile(join(sample.root, 'content/articles/english-draft.en.md'), 'utf8');
    expect(text.startsWith('---\n# yaml-language-server: $schema=')).toBe(true);
    expect(text).toMatch(/^status: draft$/m);
  });

  it('points $schema at a URL pinned to the installed @marsad/schema when the project cannot resolve it', async () => {
    const text = await readFile(join(sample.root, 'content/actors/new-actor.yaml'), 'utf8');
    expect(text.split('\n')[0]).toBe(
      `# yaml-language-server: $schema=https://unpkg.com/@marsad/schema@${installedSchemaVersion()}/json-schema/actor-file.json`,
    );
  });

  it('points $schema at the project-relative copy once marsad schema has written it', async () => {
    expect((await runCaptured(['schema'], sample.root)).code).toBe(0);
    expect((await runCaptured(['new', 'place', 'mosul'], sample.root)).code).toBe(0);
    const text = await readFile(join(sample.root, 'content/places/mosul.yaml'), 'utf8');
    expect(text.split('\n')[0]).toBe('# yaml-language-server: $schema=../../.marsad-schema/place-file.json');
  });
});

describe('the $schema reference', () => {
  it("is the project's own installed @marsad/schema, relative to the new file, when it resolves", async () => {
    const reference = await schemaReference('event', REPO_ROOT, join(REPO_ROOT, 'content/events'));
    // The sample content's own files point at the same schema.
    const sample = await readFile(join(REPO_ROOT, 'content/events/brigade-12-strike.yaml'), 'utf8');
    expect(sample.split('\n')[0]).toBe(`# yaml-language-server: $schema=${reference}`);
  });
});

describe('marsad new refusals', () => {
  const sample = useSampleCopy();

  async function folderListing(collection: string): Promise<string[]> {
    return (await readdir(join(sample.root, 'content', collection), { recursive: true })).sort();
  }

  it.each([
    { taken: 'its own file', args: ['actor', 'iran'], where: 'content/actors/iran.yaml' },
    {
      taken: 'an item of a JSONL file',
      args: ['event', 'us-strikes-syria-2023-10-27'],
      where: 'content/events/imports/us-strikes-syria.jsonl',
    },
    {
      taken: 'an article in another language',
      args: ['article', 'pmf-after-the-coalition', '--lang', 'en'],
      where: 'content/articles/pmf-after-the-coalition.ar.md',
    },
  ])(
    'refuses an id already used in $taken, in one line, leaving everything as it was',
    async ({ args, where }) => {
      const [kind, id] = args;
      const collection = where.split('/')[1]!;
      const before = await folderListing(collection);
      const existing = await readFile(join(sample.root, where), 'utf8');
      const result = await runCaptured(['new', ...args], sample.root);
      expect(result.code).toBe(2);
      expect(result.stderr).toBe(
        `marsad new: ${kind} "${id}" already exists in ${where}; nothing was written.\n`,
      );
      expect(result.stdout).toBe('');
      expect(await folderListing(collection)).toEqual(before);
      expect(await readFile(join(sample.root, where), 'utf8')).toBe(existing);
    },
  );

  it('refuses an invalid id with the rule of the Id schema', async () => {
    const result = await runCaptured(['new', 'actor', 'Al_Sudani'], sample.root);
    expect(result.code).toBe(2);
    const rule = Id.safeParse('Al_Sudani').error?.issues[0]?.message;
    expect(rule).toBeDefined();
    expect(result.stderr.split('\n')[0]).toBe(`marsad new: invalid id: ${rule}.`);
    await expect(stat(join(sample.root, 'content/actors/Al_Sudani.yaml'))).rejects.toThrow();
  });

  it('refuses an unknown kind, a language the site does not publish, and --lang on data files', async () => {
    const kind = await runCaptured(['new', 'person', 'someone'], sample.root);
    expect(kind.stderr.split('\n')[0]).toBe(
      'marsad new: the kind must be one of actor, event, place, author, article; got "person".',
    );
    const lang = await runCaptured(['new', 'article', 'kurdish-piece', '--lang', 'ku'], sample.root);
    expect(lang.stderr.split('\n')[0]).toBe(
      "marsad new: --lang ku is not one of the site's languages (ar, en).",
    );
    const dataLang = await runCaptured(['new', 'actor', 'someone', '--lang', 'en'], sample.root);
    expect(dataLang.stderr.split('\n')[0]).toMatch(/^marsad new: --lang is for articles/);
    for (const result of [kind, lang, dataLang]) expect(result.code).toBe(2);
    expect(await folderListing('articles')).not.toContain('kurdish-piece.ku.md');
  });

  it('refuses a content folder that does not exist, in one line', async () => {
    const result = await runCaptured(['new', 'actor', 'someone', 'no-such-folder'], sample.root);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^marsad new: The content root .*no-such-folder does not exist\.\n$/);
  });
});
