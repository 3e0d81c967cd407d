import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseMarkdownFile } from '../parse/markdown.js';
import { renderPlainMarkdown } from './render-plain-markdown.js';
import { renderMarkdownWithRemark } from './render-remark.js';

// Some mentioned entries have a page, others not (their mentions render as text).
const linkFor = (kind: string, id: string) => (id.length % 3 === 0 ? undefined : `/${kind}s/${id}/`);

/** The plain renderer either declines or gives remark's exact HTML and contents, in both languages. */
function expectRemarkOrNothing(body: string): boolean {
  let rendered = false;
  for (const lang of ['ar', 'en']) {
    const plain = renderPlainMarkdown(body, { linkFor, lang });
    if (plain === undefined) continue;
    rendered = true;
    expect(plain).toEqual(renderMarkdownWithRemark(body, { linkFor, lang }));
  }
  return rendered;
}

describe('renderPlainMarkdown', () => {
  it('renders paragraphs, headings, lists, mentions and footnotes as remark does', () => {
    const body = [
      'أعلن :actor[رئيس الوزراء]{#al-sudani} تشكيل لجنة[^2] مع :place[بغداد]{#bag} "قريباً"[^1] ثم[^2].',
      '## الموقف :event[الأمريكي]{#strike}',
      '- أولاً (1)\n- ثانياً :actor[السوداني]{#sudani}',
      '### Background, again',
      '[^1]: المصدر :actor[x]{#x-1}.',
      '[^2]: آخر.',
      '[^3]: غير مستعمل.',
    ].join('\n\n');
    const plain = renderPlainMarkdown(body, { linkFor, lang: 'ar' });
    expect(plain?.html).toContain('<h2 id="الموقف-الامريكي">');
    expect(plain?.html).toContain('<a href="#user-content-fnref-2-2"');
    expect(plain).toEqual(renderMarkdownWithRemark(body, { linkFor, lang: 'ar' }));
  });

  it.each([
    ['emphasis', 'a *b* c'],
    ['a link', '[a](https://example.org)'],
    ['raw HTML', '<script>alert(1)</script>'],
    ['an entity', 'a &amp; b'],
    ['an autolink literal', 'see www.example.org'],
    ['an unknown directive', 'at :note[x] here'],
    ['a word glued to a colon, read as a directive', 'see Note:Important'],
    ['a paragraph over two lines', 'one\ntwo'],
    ['a loose list', '- a\n\n- b'],
    ['a loose list over several blank lines', '- a\n\n\n- b'],
    ['a table', '| a |\n| - |'],
    ['an undefined footnote', 'a[^1]'],
    ['a footnote marker in a heading', '## a[^1]\n\n[^1]: n'],
    ['a mention with other attributes', ':actor[x]{#a .b}'],
    ['a page path that needs encoding', ':actor[x]{#sudani}'],
  ])('leaves %s to remark', (_what, body) => {
    const odd = (kind: string, id: string) => `/${kind}s/${id}/?q="x"`;
    expect(renderPlainMarkdown(body, { linkFor: odd, lang: 'en' })).toBeUndefined();
  });

  it('gives remark’s answer on generated documents near and inside the subset, and renders most', () => {
    const word = fc.constantFrom('السوداني', 'بغداد', 'العِرَاقُ', 'لـ', 'alpha', 'Beta', '10', '2020،', '"q"');
    const noise = fc.constantFrom(
      ...':[]{}#|()!`\\*_~&<>-=^@.,،\t',
      '10:30',
      'www.x.org',
      'http://x',
      '  ',
      '::',
      ':actor',
      '\u00a0',
      '\ufeff',
      '\u200f',
      '\u2028',
      '«%$»',
      '+',
      '-',
      '#',
    );
    const mentionOf = (kinds: string[], labels: fc.Arbitrary<string>, attributes: fc.Arbitrary<string>) =>
      fc
        .tuple(fc.constantFrom(...kinds), labels, attributes)
        .map(([kind, label, attributes]) => `:${kind}[${label}]${attributes}`);
    // Mostly well formed, as in the corpus; sometimes not in one of the ways remark reads differently.
    const mention = fc.oneof(
      {
        weight: 20,
        arbitrary: mentionOf(
          ['actor', 'event', 'place', 'author'],
          fc.constantFrom('السوداني', 'a b'),
          fc.constantFrom('{#al-sudani}', '{#abc}'),
        ),
      },
      {
        weight: 1,
        arbitrary: mentionOf(
          ['actor', 'note', 'Actor'],
          fc.constantFrom('السوداني', ' x', 'y ', '', '*e*', 'a[b]'),
          fc.constantFrom('{#al-sudani}', '{#a_b}', '{#}', '{id=a}', '', '{#A1}'),
        ),
      },
    );
    const reference = fc.oneof(
      { weight: 20, arbitrary: fc.constantFrom('[^1]', '[^2]') },
      { weight: 1, arbitrary: fc.constantFrom('[^x]', '[^N]') },
    );
    const token = fc.oneof(
      { weight: 60, arbitrary: word },
      { weight: 20, arbitrary: mention },
      { weight: 10, arbitrary: reference },
      { weight: 1, arbitrary: noise },
    );
    // Tokens mostly apart, sometimes glued (لـ:actor[…], a marker after a word).
    const inline = fc
      .array(fc.tuple(token, fc.constantFrom(' ', ' ', ' ', '')), { minLength: 1, maxLength: 10 })
      .map((parts) => parts.map(([text, glue], index) => (index === 0 ? text : glue + text)).join(''));
    const block = fc.oneof(
      { weight: 6, arbitrary: inline },
      {
        weight: 2,
        arbitrary: fc
          .tuple(fc.constantFrom('#', '##', '###', '##', '#######'), inline)
          .map((p) => p.join(' ')),
      },
      {
        weight: 2,
        arbitrary: fc
          .array(
            inline.map((item) => `- ${item}`),
            { minLength: 1, maxLength: 3 },
          )
          .map((items) => items.join('\n')),
      },
      {
        weight: 1,
        arbitrary: fc.tuple(fc.constantFrom('[^1]:', '[^2]:', '[^x]:'), inline).map((p) => p.join(' ')),
      },
    );
    // Most documents define the two usual footnotes at the end, as authors do.
    const definitions = fc.constantFrom(
      '\n\n[^1]: a\n\n[^2]: b',
      '\n\n[^2]: :actor[b]{#al-sudani}\n\n[^1]: "a"',
      '\n\n[^1]: a',
    );
    const document = fc
      .tuple(
        fc.array(block, { minLength: 1, maxLength: 5 }),
        fc.constantFrom('\n\n', '\n\n', '\n\n', '\n', '\n\n\n'),
        definitions,
      )
      .map(([blocks, separator, notes]) => blocks.join(separator) + notes);
    let rendered = 0;
    const runs = 500;
    fc.assert(
      fc.property(document, (body) => {
        if (expectRemarkOrNothing(body)) rendered++;
      }),
      { numRuns: runs },
    );
    expect(rendered).toBeGreaterThan(runs / 5);
  }, 120_000);
});

describe('renderPlainMarkdown on real bodies', () => {
  const here = fileURLToPath(new URL('.', import.meta.url));
  const repository = join(here, '../../../..');
  let corpus: string;

  beforeAll(async () => {
    corpus = await mkdtemp(join(tmpdir(), 'marsad-render-plain-'));
    // A variable path: the generator is plain JavaScript outside this package's type check.
    const generator = join(repository, 'bench/corpus/corpus.mjs');
    const { generateCorpus } = (await import(generator)) as {
      generateCorpus: (options: Record<string, unknown>) => Promise<void>;
    };
    await generateCorpus({ out: corpus, articles: 40, actors: 40, events: 60, seed: 3 });
  }, 60_000);
  afterAll(() => rm(corpus, { recursive: true, force: true }));

  async function bodies(root: string): Promise<string[]> {
    const entries = await readdir(root, { recursive: true, withFileTypes: true });
    const files = entries.filter((entry) => entry.isFile() && entry.name.endsWith('.md'));
    return Promise.all(
      files.map(async (entry) => {
        const text = await readFile(join(entry.parentPath, entry.name), 'utf8');
        return parseMarkdownFile(text, { file: entry.name }).body;
      }),
    );
  }

  it('renders every body of the generated corpus, exactly as remark does', async () => {
    const found = await bodies(corpus);
    expect(found.length).toBeGreaterThan(40);
    for (const body of found) expect(expectRemarkOrNothing(body), body.slice(0, 200)).toBe(true);
  }, 120_000);

  it('gives remark’s answer on the sample content', async () => {
    const found = await bodies(join(repository, 'content'));
    expect(found.length).toBeGreaterThanOrEqual(3);
    for (const body of found) expectRemarkOrNothing(body);
  }, 60_000);
});
