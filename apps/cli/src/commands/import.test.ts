import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { loadContent } from '@marsad/content';
import { beforeAll, describe, expect, it } from 'vitest';
import { captureIO } from '../../test/capture-io.js';
import { REPO_ROOT, useSampleCopy } from '../../test/sample-project.js';
import { runCli } from '../cli.js';
import type { CliIO } from '../io.js';

/**
 * An analysis written for these tests the way the seed article is laid out (plain text, a line per
 * paragraph, a short heading line, names in brackets and guillemets), naming the same entries: the
 * seed itself lives outside the repository (../shared/seeds/) and is imported too when it is there.
 */
const SEED = join(import.meta.dirname, '../../test/fixtures/withdrawal-note.ar.txt');
const REAL_SEED = join(REPO_ROOT, '../shared/seeds/000_bf7b19a5c74d10a1.txt');

/** The entries the seed names, as the sample content has them; the test article names them all. */
const SEED_ENTRIES = [
  ['actor', 'al-sudani'],
  ['actor', 'qasem-soleimani'],
  ['actor', 'abu-mahdi-al-muhandis'],
  ['actor', 'abu-taqwa'],
  ['actor', 'harakat-al-nujaba'],
  ['actor', 'popular-mobilization-forces'],
  ['place', 'baghdad'],
  ['place', 'erbil'],
  ['place', 'anbar'],
] as const;

async function run(args: string[], cwd: string, overrides: Partial<CliIO> = {}) {
  const captured = captureIO(cwd, overrides);
  const code = await runCli(args, captured.io);
  return { code, stdout: captured.stdout(), stderr: captured.stderr() };
}

const directives = (text: string) =>
  [...text.matchAll(/:(actor|place|event)\[([^\]]*)\]\{#([a-z0-9-]+)\}/g)].map(([, kind, label, id]) => ({
    kind,
    label,
    id,
  }));

describe('marsad import of the seed article into the sample project', () => {
  const sample = useSampleCopy();

  it('writes a draft that links every entry the seed names, at each occurrence, and validates clean', async () => {
    const result = await run(['import', SEED, '--id', 'seed-import'], sample.root);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(
      /^✔ Draft written to content\/articles\/seed-import\.ar\.md \(text, ar\)\n/,
    );
    const draft = await readFile(join(sample.articles, 'seed-import.ar.md'), 'utf8');
    const linked = directives(draft);
    const before = await loadContent(sample.root);
    for (const [kind, id] of SEED_ENTRIES) {
      expect(before.graph.has(kind, id), `${kind} ${id} is in the sample content`).toBe(true);
      expect(linked.filter((d) => d.kind === kind && d.id === id).length, `${kind} ${id}`).toBeGreaterThan(0);
    }
    // The text names some entries more than once (Baghdad, al-Sudani): every occurrence is a directive.
    expect(linked.length).toBeGreaterThan(new Set(linked.map(({ kind, id }) => `${kind}:${id}`)).size);
    // The quoted names of the seed are linked with their quotation marks in pairs.
    expect(linked).toContainEqual({ kind: 'actor', label: 'كتائب «حزب الله»', id: 'kataib-hezbollah' });
    expect(draft).toContain('(:actor[قاسم سليماني]{#qasem-soleimani})');
    expect(draft).toMatch(
      /^---\ntitle: يتصدر ملف انسحاب القوات الأجنبية .*\nsummary: .*\ntype: analysis\nstatus: draft\n/,
    );
    expect(draft).toContain('\n## التحليل الاستراتيجي\n');
    const after = await loadContent(sample.root);
    const own = after.diagnostics.filter((d) => d.file === 'articles/seed-import.ar.md');
    expect(own).toEqual([]);
    expect(after.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(after.graph.article('seed-import')?.meta.status).toBe('draft');
    expect(result.stderr).toContain(
      'Candidate new actors (quoted names that match no entry):\n  اللواء 12  id: al-lwa-12\n',
    );
  });

  it.runIf(existsSync(REAL_SEED))(
    'links every entry the seed article itself names (when ../shared/seeds is there)',
    async () => {
      const result = await run(['import', REAL_SEED, '--out', 'seed.md', '--format', 'json'], sample.root);
      expect(result.code).toBe(0);
      const linked = directives(await readFile(join(sample.root, 'seed.md'), 'utf8'));
      for (const [kind, id] of SEED_ENTRIES) {
        expect(
          linked.some((d) => d.kind === kind && d.id === id),
          `${kind} ${id}`,
        ).toBe(true);
      }
      const report = JSON.parse(result.stdout) as { candidates: { name: string }[] };
      expect(report.candidates.map(({ name }) => name)).toEqual(['اللواء 12']);
    },
  );

  it('links each entry once with --link first', async () => {
    const result = await run(
      ['import', SEED, '--link', 'first', '--out', 'first.md', '--format', 'json'],
      sample.root,
    );
    expect(result.code).toBe(0);
    const linked = directives(await readFile(join(sample.root, 'first.md'), 'utf8'));
    const report = JSON.parse(result.stdout) as { linked: { kind: string; id: string }[] };
    expect(linked.map(({ kind, id }) => `${kind}:${id}`)).toEqual(
      report.linked.map(({ kind, id }) => `${kind}:${id}`),
    );
    expect(new Set(linked.map(({ id }) => id)).size).toBe(linked.length);
    for (const [kind, id] of SEED_ENTRIES) {
      expect(
        linked.filter((d) => d.kind === kind && d.id === id),
        `${kind} ${id}`,
      ).toHaveLength(1);
    }
  });

  it('refuses to import the seed again under an id that exists, and leaves the draft as it was', async () => {
    const draft = await readFile(join(sample.articles, 'seed-import.ar.md'), 'utf8');
    const result = await run(['import', SEED, '--id', 'seed-import'], sample.root);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe(
      'marsad import: an article with the id "seed-import" exists (articles/seed-import.ar.md); choose another with --id.\n',
    );
    expect(await readFile(join(sample.articles, 'seed-import.ar.md'), 'utf8')).toBe(draft);
  });

  it('refuses an id taken by an article in another language too', async () => {
    const result = await run(['import', SEED, '--id', 'coalition-withdrawal'], sample.root);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('"coalition-withdrawal" exists (articles/coalition-withdrawal.ar.md)');
  });

  it('names the draft import-<date> without --id, as its title is Arabic', async () => {
    const result = await run(['import', SEED, 'content', '--format', 'json'], sample.root);
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout);
    const today = new Date().toISOString().slice(0, 10);
    expect(report.id).toBe(`import-${today}`);
    expect(report.file).toBe(`content/articles/import-${today}.ar.md`);
    expect(report.candidates).toEqual([{ name: 'اللواء 12', suggestedId: 'al-lwa-12' }]);
    expect(report.linked).toContainEqual({ kind: 'actor', id: 'al-sudani', text: 'محمد شياع السوداني' });
    expect(result.stderr).toBe('');
  });
});

describe('marsad import of HTML, Markdown and standard input', () => {
  const sample = useSampleCopy();

  it('sanitises a web page, takes its <h1> as the title and an id from it', async () => {
    const html = `<!doctype html><html><head><title>Site</title><script>alert(1)</script></head><body>
      <nav><a href="/">Home</a></nav>
      <article><h1>The Coalition Leaves Iraq</h1>
      <p onclick="steal()">Prime Minister <b>Mohammed Shia al-Sudani</b> spoke to the <a href="javascript:alert(1)">PMF</a>
      and <a href="https://example.org/report">a report</a> about Iraq.</p>
      <iframe src="https://evil.example"></iframe><style>p { color: red }</style>
      <ul><li>Erbil</li></ul></article></body></html>`;
    await writeFile(join(sample.root, 'page.html'), html);
    const result = await run(['import', 'page.html'], sample.root);
    expect(result.code).toBe(0);
    const draft = await readFile(join(sample.articles, 'the-coalition-leaves-iraq.en.md'), 'utf8');
    expect(draft).toContain('title: The Coalition Leaves Iraq\n');
    expect(draft).not.toMatch(/alert|steal|onclick|iframe|evil|color|Home/);
    expect(draft).toContain('[a report](https://example.org/report)');
    expect(draft).toContain('**:actor[Mohammed Shia al-Sudani]{#al-sudani}**');
    expect(draft).toContain(':actor[PMF]{#popular-mobilization-forces}');
    expect(draft).toContain(':place[Iraq]{#iraq}');
    expect(draft).toContain('- :place[Erbil]{#erbil}');
    const loaded = await loadContent(sample.root);
    expect(loaded.diagnostics.filter((d) => d.file.startsWith('articles/the-coalition'))).toEqual([]);
  });

  it('keeps Markdown as written, merges its frontmatter and links only what is not linked yet', async () => {
    const markdown = [
      '---',
      'title: السوداني واللجنة',
      'status: published',
      'tags: [foreign-forces]',
      'date: 2024-01-05',
      '---',
      '',
      'أعلن :actor[السوداني]{#al-sudani} في بغداد، ثم كرر السوداني موقفه.',
      '',
      'لا يُربط `أربيل` في الشيفرة ولا [أربيل](https://example.org) في رابط.',
      '',
    ].join('\n');
    await writeFile(join(sample.root, 'note.md'), markdown);
    const result = await run(['import', 'note.md', '--id', 'sudani-note'], sample.root);
    expect(result.code).toBe(0);
    const draft = await readFile(join(sample.articles, 'sudani-note.ar.md'), 'utf8');
    expect(draft).toBe(
      [
        '---',
        'title: السوداني واللجنة',
        'summary: أعلن السوداني في بغداد، ثم كرر السوداني موقفه.',
        'type: analysis',
        'status: draft',
        'authors: []',
        'about: []',
        'tags:',
        '  - foreign-forces',
        '# Left out of the imported frontmatter (not article fields, or values the schema refuses):',
        '# date: 2024-01-05',
        '---',
        '',
        'أعلن :actor[السوداني]{#al-sudani} في :place[بغداد]{#baghdad}، ثم كرر :actor[السوداني]{#al-sudani} موقفه.',
        '',
        'لا يُربط `أربيل` في الشيفرة ولا [أربيل](https://example.org) في رابط.',
        '',
      ].join('\n'),
    );
    expect(result.stderr).toContain('note: The status is draft (the imported file said published).\n');
    expect(result.stderr).toContain('note: Frontmatter kept as comments, not fields: date.\n');
  });

  it('reads standard input for -, sniffing its format', async () => {
    const stdin = Readable.from([
      Buffer.from('<p>قال «محمد شياع السوداني» إن '),
      Buffer.from('«جبهة مجهولة» ستنسحب.</p>'),
    ]);
    const result = await run(['import', '-', '--id', 'from-stdin', '--format', 'json'], sample.root, {
      stdin,
    });
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout);
    expect(report).toMatchObject({ id: 'from-stdin', lang: 'ar', from: 'html' });
    expect(report.candidates).toEqual([{ name: 'جبهة مجهولة', suggestedId: 'jbha-mjhula' }]);
    const draft = await readFile(join(sample.articles, 'from-stdin.ar.md'), 'utf8');
    expect(draft).toContain('قال «:actor[محمد شياع السوداني]{#al-sudani}» إن «جبهة مجهولة» ستنسحب.');
  });
});

describe('marsad import refusals', () => {
  const sample = useSampleCopy();
  let before: string[];

  beforeAll(async () => {
    await writeFile(join(sample.root, 'empty.txt'), ' \n\n');
    await writeFile(join(sample.root, 'image.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x1a]));
    await writeFile(join(sample.root, 'utf16.txt'), Buffer.from([0xff, 0xfe, 0x41, 0x00]));
    await mkdir(join(sample.root, 'folder.txt'));
    await writeFile(join(sample.root, 'scripts.html'), '<html><body><script>alert(1)</script></body></html>');
    before = (await readdir(sample.articles)).sort();
  });

  it.each([
    ['empty.txt', 'empty.txt is empty: there is nothing to import.'],
    ['image.png', 'image.png looks binary (a NUL byte at byte 4); import reads UTF-8 text.'],
    ['utf16.txt', 'utf16.txt is UTF-16 encoded; save it as UTF-8.'],
    ['missing.txt', 'missing.txt does not exist.'],
    ['folder.txt', 'folder.txt is a folder; give a file, or - for standard input.'],
    ['scripts.html', 'scripts.html has no text to import once its markup is set aside.'],
  ])('%s: one line on stderr, exit 2, nothing written', async (file, message) => {
    const result = await run(['import', file], sample.root);
    expect(result).toEqual({ code: 2, stdout: '', stderr: `marsad import: ${message}\n` });
    expect((await readdir(sample.articles)).sort()).toEqual(before);
  });

  it('refuses - when there is no standard input', async () => {
    const result = await run(['import', '-'], sample.root);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('marsad import: there is no standard input to read from.\n');
  });

  it('refuses to write over an existing --out file', async () => {
    const out = join(sample.root, 'taken.md');
    await writeFile(out, 'mine');
    const result = await run(['import', SEED, '--out', 'taken.md'], sample.root);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(`marsad import: ${out} already exists; it was left as it is.\n`);
    expect(await readFile(out, 'utf8')).toBe('mine');
  });

  it.each([
    [['import'], 'give the file to import, or - for standard input.'],
    [['import', SEED, '--lang', 'arabic!'], '--lang takes a language tag like ar or en-GB; got "arabic!".'],
    [['import', SEED, '--id', 'Not An Id'], '--id takes 2-80 lowercase letters'],
    [['import', SEED, '--type', 'blog'], '--type must be one of analysis, situation-assessment'],
    [['import', SEED, '--from', 'pdf'], '--from must be one of html, markdown, text; got "pdf".'],
    [['import', SEED, '--id', 'x-y', '--out', 'x.md'], '--id names the file in the articles folder'],
  ])('usage error for %j: the message and the usage, exit 2', async (args, message) => {
    const result = await run(args, sample.root);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`marsad import: ${message}`);
    expect(result.stderr).toContain('Usage: marsad import <file|-> [path] [options]');
  });

  it('has help with examples', async () => {
    const result = await run(['help', 'import'], sample.root);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Examples:\n  $ marsad import seed.txt\n');
    expect(result.stdout).toContain('-o, --out <file>');
  });
});
