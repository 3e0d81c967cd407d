import { cp, mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDiagnostic } from '../diagnostics/diagnostic.js';
import { type LoadedContent, loadContent } from '../load-content.js';
import { BundleError } from './bundle-error.js';
import { BUNDLE_FILES } from './manifest.js';
import { SearchIndex } from './search-index.js';
import { prepareBundle, writeBundle } from './write-bundle.js';

const SAMPLE_CONTENT = fileURLToPath(new URL('../../../../content', import.meta.url));
const NOW = new Date('2024-06-01T00:00:00Z');
const DRAFT = { id: 'pmf-after-the-coalition', title: 'الحشد الشعبي بعد التحالف الدولي' };
const PUBLISHED_TITLE = 'خروج التحالف الدولي من العراق: لجنة ثنائية تحت ضغط الميدان';

let scratch: string;
let sample: LoadedContent;

beforeAll(async () => {
  scratch = await mkdtemp(join(tmpdir(), 'marsad-write-bundle-'));
  sample = await loadContent(SAMPLE_CONTENT);
});

afterAll(async () => {
  await rm(scratch, { recursive: true, force: true });
});

const folderIn = async (name: string) => join(await mkdtemp(join(scratch, `${name}-`)), 'bundle');

/** Every file of a folder with its bytes, by name. */
async function filesOf(folder: string): Promise<Map<string, Buffer>> {
  const names = (await readdir(folder)).sort();
  return new Map(
    await Promise.all(names.map(async (name) => [name, await readFile(join(folder, name))] as const)),
  );
}

async function searchFor(folder: string, query: string) {
  const index = SearchIndex.open(join(folder, BUNDLE_FILES.search));
  try {
    return index.search(query, { limit: 100 }).map((result) => `${result.kind}:${result.id}`);
  } finally {
    index.close();
  }
}

function article(id: string, frontmatter: string[], body: string): [string, string] {
  return [`${id}.en.md`, ['---', ...frontmatter, '---', '', body, ''].join('\n')];
}

describe('writeBundle on the sample content', () => {
  it('writes the manifest, graph and search files with counts of the public content only', async () => {
    expect(sample.diagnostics.filter((diagnostic) => diagnostic.severity === 'error')).toEqual([]);
    const out = await folderIn('sample');
    const manifest = await writeBundle(sample, out, { now: NOW });
    expect((await readdir(out)).sort()).toEqual(['graph.sqlite', 'manifest.json', 'search.sqlite']);
    expect(JSON.parse(await readFile(join(out, BUNDLE_FILES.manifest), 'utf8'))).toEqual(manifest);
    expect(manifest).toMatchObject({
      format: 3,
      builtFor: '2024-06-01T00:00:00.000Z',
      nextChange: null,
      counts: {
        articles: 1,
        articleVersions: 2,
        actors: sample.graph.count('actor'),
        events: sample.graph.count('event'),
        places: sample.graph.count('place'),
        authors: sample.graph.count('author'),
      },
      languages: ['ar', 'en'],
    });
    const files = await filesOf(out);
    expect(manifest.files.graph.bytes).toBe(files.get('graph.sqlite')?.length);
    expect(manifest.files.search.bytes).toBe(files.get('search.sqlite')?.length);
  });

  it('keeps drafts out of graph.sqlite and search.sqlite', async () => {
    const out = await folderIn('drafts');
    await writeBundle(sample, out, { now: NOW });
    const graph = await readFile(join(out, BUNDLE_FILES.graph), 'utf8');
    expect(graph).toContain('"coalition-withdrawal"');
    expect(graph.split(PUBLISHED_TITLE)).toHaveLength(2);
    expect(graph).not.toContain(DRAFT.id);
    expect(graph).not.toContain(DRAFT.title);
    const search = await readFile(join(out, BUNDLE_FILES.search));
    expect(search.includes(PUBLISHED_TITLE)).toBe(true);
    expect(search.includes(DRAFT.title)).toBe(false);
    expect(search.includes(DRAFT.id)).toBe(false);
    // Words of the draft's body only: a search finds the draft's actors, never the draft.
    const found = await searchFor(out, 'ثلاثة أسئلة مفتوحة');
    expect(found).toEqual([]);
    expect(await searchFor(out, 'الحشد')).not.toContain(`article:${DRAFT.id}`);
  });

  it('writes the same bytes for the same content and time, and another hash for another time', async () => {
    const [first, second, later] = [await folderIn('same'), await folderIn('same'), await folderIn('later')];
    const manifest = await writeBundle(sample, first, { now: NOW });
    await writeBundle(sample, second, { now: NOW });
    const laterManifest = await writeBundle(sample, later, { now: new Date('2025-01-01T00:00:00Z') });
    const [one, two] = [await filesOf(first), await filesOf(second)];
    expect([...two.keys()]).toEqual([...one.keys()]);
    for (const [name, bytes] of one) expect(bytes.equals(two.get(name)!), name).toBe(true);
    expect(laterManifest.contentHash).not.toBe(manifest.contentHash);
    expect(laterManifest.files.graph.sha256).toBe(manifest.files.graph.sha256);
  });

  it('writes the same bytes from bodies prepared before the content was loaded, changed ones made again', async () => {
    const project = join(await mkdtemp(join(scratch, 'prepared-')), 'content');
    await cp(SAMPLE_CONTENT, project, { recursive: true });
    const articles = (await readdir(join(project, 'articles'), { recursive: true })).filter((name) =>
      name.endsWith('.md'),
    );
    const preparation = prepareBundle(project);
    // Every body but the draft's, which will not be written.
    expect(articles).toContain(`${DRAFT.id}.ar.md`);
    expect(await preparation.prepared).toBe(articles.length - 1);
    // Changed after its body was prepared: the bundle must hold the new body, not the prepared one.
    const changed = join(project, 'articles', 'coalition-withdrawal.ar.md');
    await writeFile(changed, `${await readFile(changed, 'utf8')}\nفقرة مضافة عن زنكلوريا.\n`);
    const content = await loadContent(project);
    const [prepared, unprepared] = [await folderIn('prepared'), await folderIn('unprepared')];
    await writeBundle(content, prepared, { now: NOW, preparation });
    await writeBundle(content, unprepared, { now: NOW });
    const [one, two] = [await filesOf(prepared), await filesOf(unprepared)];
    for (const [name, bytes] of one) expect(bytes.equals(two.get(name)!), name).toBe(true);
    expect(await searchFor(prepared, 'زنكلوريا')).toEqual([
      expect.stringMatching(/^article:coalition-withdrawal/),
    ]);
  });

  it('replaces an earlier bundle and leaves no temporary folder behind', async () => {
    const out = await folderIn('replace');
    await writeBundle(sample, out, { now: new Date('2020-01-01T00:00:00Z') });
    const manifest = await writeBundle(sample, out, { now: NOW });
    expect(JSON.parse(await readFile(join(out, BUNDLE_FILES.manifest), 'utf8'))).toEqual(manifest);
    expect(await readdir(join(out, '..'))).toEqual(['bundle']);
    expect((await stat(out)).mode & 0o777).toBe(0o755);
  });
});

describe('writeBundle and publication times', () => {
  let content: LoadedContent;

  beforeAll(async () => {
    const root = join(scratch, 'embargo-content');
    await cp(SAMPLE_CONTENT, root, { recursive: true });
    const shared = ['type: brief', 'status: published', 'authors: [iraq-desk]'];
    const files = [
      article(
        'embargoed-brief',
        [
          'title: Embargoed brief',
          'summary: Held until July.',
          ...shared,
          'published: 2024-05-01T09:00:00Z',
          'embargo: 2024-07-01T09:00:00+03:00',
        ],
        'The zanzibarite clause stays secret until the embargo ends.',
      ),
      article(
        'scheduled-brief',
        ['title: Scheduled brief', 'summary: Out mid-June.', ...shared, 'published: 2024-06-15T12:00:00Z'],
        'A scheduled text.',
      ),
    ];
    for (const [name, text] of files) await writeFile(join(root, 'articles', name), text);
    content = await loadContent(root);
    expect(content.diagnostics.filter((diagnostic) => diagnostic.severity === 'error')).toEqual([]);
  });

  it('leaves out articles under embargo or not yet published, and says when the next one opens', async () => {
    const out = await folderIn('embargo');
    const manifest = await writeBundle(content, out, { now: NOW });
    expect(manifest.counts.articles).toBe(1);
    expect(manifest.nextChange).toBe('2024-06-15T12:00:00.000Z');
    const graph = await readFile(join(out, BUNDLE_FILES.graph), 'utf8');
    expect(graph).not.toContain('embargoed-brief');
    expect(graph).not.toContain('scheduled-brief');
    expect(await searchFor(out, 'zanzibarite')).toEqual([]);
  });

  it('puts them in once their time has come', async () => {
    const between = await writeBundle(content, await folderIn('between'), {
      now: new Date('2024-06-20T00:00:00Z'),
    });
    expect(between.counts.articles).toBe(2);
    expect(between.nextChange).toBe('2024-07-01T06:00:00.000Z');
    const out = await folderIn('after');
    const after = await writeBundle(content, out, { now: new Date('2024-07-01T06:00:00Z') });
    expect(after.counts.articles).toBe(3);
    expect(after.nextChange).toBeNull();
    expect(await searchFor(out, 'zanzibarite')).toEqual(['article:embargoed-brief']);
  });
});

describe('writeBundle refusals', () => {
  it('refuses content with errors and writes nothing', async () => {
    const broken: LoadedContent = {
      ...sample,
      diagnostics: [
        ...sample.diagnostics,
        createDiagnostic({ file: 'events/x.yaml', ruleId: 'ref/unknown', severity: 'error', message: 'x' }),
      ],
    };
    const out = await folderIn('broken');
    const error = await writeBundle(broken, out, { now: NOW }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(BundleError);
    expect(error).toMatchObject({
      problem: 'content',
      message: expect.stringMatching(/^The content has 1 error;/),
    });
    expect(await readdir(join(out, '..'))).toEqual([]);
  });

  it('refuses an output path that is a file, and leaves the file and its folder as they were', async () => {
    const parent = await mkdtemp(join(scratch, 'file-'));
    const file = join(parent, 'out');
    await writeFile(file, 'keep me');
    const error = await writeBundle(sample, file, { now: NOW }).catch((caught: unknown) => caught);
    expect(error).toMatchObject({ name: 'BundleError', problem: 'output' });
    expect((error as Error).message).toBe(`The output path ${file} is a file; give a folder for the bundle.`);
    expect(await readFile(file, 'utf8')).toBe('keep me');
    expect(await readdir(parent)).toEqual(['out']);
  });

  it('refuses a folder of other files rather than deleting them', async () => {
    const out = await folderIn('other');
    await mkdir(out);
    await writeFile(join(out, 'notes.txt'), 'mine');
    await expect(writeBundle(sample, out, { now: NOW })).rejects.toMatchObject({ problem: 'output' });
    expect(await readdir(out)).toEqual(['notes.txt']);
    expect(await readdir(join(out, '..'))).toEqual(['bundle']);
  });

  it('refuses an output folder that cannot be created, with a one-line error', async () => {
    const parent = await mkdtemp(join(scratch, 'blocked-'));
    await writeFile(join(parent, 'file'), '');
    const error = await writeBundle(sample, join(parent, 'file', 'bundle'), { now: NOW }).catch(
      (caught: unknown) => caught,
    );
    expect(error).toMatchObject({ name: 'BundleError', problem: 'output' });
    expect((error as Error).message).not.toContain('\n');
    expect(await readdir(parent)).toEqual(['file']);
  });
});
