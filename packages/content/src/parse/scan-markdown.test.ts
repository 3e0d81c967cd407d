import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseMarkdownFile } from './markdown.js';
import { scanMarkdownWithRemark } from './markdown-remark.js';
import { type ScanResult, scanMarkdown } from './scan-markdown.js';

/** Markdown punctuation next to prose may survive in either pipeline's prose; letters and digits may not. */
const comparableProse = (prose: string) => prose.replace(/[*_~\\>[\]\t]/g, ' ');

const comparable = (result: ScanResult) => ({
  mentions: result.mentions,
  unknownDirectives: result.unknownDirectives,
  blockMentions: result.blockMentions,
  headings: result.headings,
  prose: comparableProse(result.prose),
});

/** Scans a body; the scanner must be sure of it and agree with remark. */
function scanSure(body: string): ScanResult {
  const scanned = scanMarkdown(body);
  expect(scanned.uncertain, 'the scanner should be sure of this body').toBe(false);
  expect(comparable(scanned)).toEqual(comparable(scanMarkdownWithRemark(body)));
  return scanned;
}

/** What each mention covers in the body, with its kind, id and label. */
const mentionsIn = (body: string, result: ScanResult) =>
  result.mentions.map((mention) => [
    body.slice(mention.start, mention.end),
    mention.kind,
    mention.id,
    mention.label,
  ]);

const directivesIn = (body: string, directives: ScanResult['unknownDirectives']) =>
  directives.map((directive) => [directive.form, directive.name, body.slice(directive.start, directive.end)]);

describe('scanMarkdown: mentions', () => {
  it('finds a mention with its exact range, id and a label with harakat', () => {
    const body = 'قال :actor[السُّودَانِيّ رئيسُ الوزراء]{#al-sudani} أمس.\n';
    const result = scanSure(body);
    expect(mentionsIn(body, result)).toEqual([
      [':actor[السُّودَانِيّ رئيسُ الوزراء]{#al-sudani}', 'actor', 'al-sudani', 'السُّودَانِيّ رئيسُ الوزراء'],
    ]);
    expect(result.unknownDirectives).toEqual([]);
  });

  it('reads a mention glued to a word, as in لـ:actor[…]', () => {
    const body = 'الدعم الأمريكي لـ:actor[إسرائيل]{#israel} و:place[غزة]{#gaza}\n';
    expect(mentionsIn(body, scanSure(body)).map(([, , id]) => id)).toEqual(['israel', 'gaza']);
  });

  it('keeps a mention without an id, and one whose attributes do not parse, with an undefined id', () => {
    const body = 'a :actor[x] b :place[y]{#} c :event[z] {#spaced} d :author[w]{#a #b}\n';
    expect(mentionsIn(body, scanSure(body))).toEqual([
      [':actor[x]', 'actor', undefined, 'x'],
      [':place[y]', 'place', undefined, 'y'],
      [':event[z]', 'event', undefined, 'z'],
      [':author[w]{#a #b}', 'author', 'b', 'w'],
    ]);
  });

  it('reads ids from key=value attributes too, the last id winning', () => {
    const body = ':actor[x]{id=a} :actor[y]{.c id="b" key=v} :actor[z]{#a id=""}\n';
    expect(scanSure(body).mentions.map((mention) => mention.id)).toEqual(['a', 'b', undefined]);
  });

  it('strips emphasis, code ticks and escapes from labels as mdast-util-to-string does', () => {
    const body =
      ':actor[*a* _b_ **c** `d` \\*e\\* [g](u) _snake_case_ ***h* i**]{#x} :place[~~f~~ ~g~]{#y}\n';
    expect(scanSure(body).mentions.map((mention) => mention.label)).toEqual([
      'a b c d *e* g snake_case h i',
      'f g',
    ]);
  });

  it('balances brackets in labels and honours escaped brackets', () => {
    const body = ':actor[a [b] c]{#x} :actor[d \\] e]{#y} :actor[f `]` g]{#z}\n';
    expect(mentionsIn(body, scanSure(body))).toEqual([
      [':actor[a [b] c]{#x}', 'actor', 'x', 'a [b] c'],
      [':actor[d \\] e]{#y}', 'actor', 'y', 'd ] e'],
      // The label ends at the first unbalanced bracket even inside backticks, as in micromark.
      [':actor[f `]', 'actor', undefined, 'f `'],
    ]);
  });

  it('finds mentions nested in other directives and reports the outer one', () => {
    const body = ':note[see :actor[x]{#y} here]{#n}\n';
    const result = scanSure(body);
    expect(mentionsIn(body, result)).toEqual([[':actor[x]{#y}', 'actor', 'y', 'x']]);
    expect(directivesIn(body, result.unknownDirectives)).toEqual([
      ['text', 'note', ':note[see :actor[x]{#y} here]{#n}'],
    ]);
  });

  it('spans lines with a label, keeping its line break and dropping continuation indentation', () => {
    const body = 'في\n:actor[رئيس\n   الوزراء]{#al-sudani} قال\n';
    expect(mentionsIn(body, scanSure(body))).toEqual([
      [':actor[رئيس\n   الوزراء]{#al-sudani}', 'actor', 'al-sudani', 'رئيس\nالوزراء'],
    ]);
  });

  it('finds mentions in block quotes, list items, footnotes and table cells', () => {
    const body = [
      '> قال :actor[أ]{#a}',
      '',
      '- بند :place[ب]{#b}',
      '  1. بند :event[ج]{#c}',
      '',
      '| عمود | :actor[د]{#d} |',
      '| --- | --- |',
      '| :place[هـ]{#e} | و |',
      '',
      'نص[^1]',
      '',
      '[^1]: مصدر :author[ز]{#f}',
      '',
    ].join('\n');
    expect(mentionsIn(body, scanSure(body)).map(([text]) => text)).toEqual([
      ':actor[أ]{#a}',
      ':place[ب]{#b}',
      ':event[ج]{#c}',
      ':actor[د]{#d}',
      ':place[هـ]{#e}',
      ':author[ز]{#f}',
    ]);
  });

  it('splits table cells at pipes before reading directives, as GFM does', () => {
    const body = '| a | b |\n|---|---|\n| :actor[x|y]{#z} | c |\n';
    expect(mentionsIn(body, scanSure(body))).toEqual([[':actor', 'actor', undefined, '']]);
  });

  it('finds a mention in link text, and none in a link destination or an image', () => {
    const body = '[قال :actor[أ]{#a}](https://x.org/:actor[b]{#b}) ![:actor[c]{#c}](i.png)\n';
    expect(mentionsIn(body, scanSure(body)).map(([, , id]) => id)).toEqual(['a']);
  });
});

describe('scanMarkdown: what is not a mention', () => {
  it('ignores directives in fenced code, backtick or tilde, closed by a longer fence or never', () => {
    const body = [
      '```md',
      ':actor[a]{#a}',
      '````',
      '~~~',
      ':actor[b]{#b}',
      '~~',
      '~~~~~',
      'after :actor[c]{#c}',
      '',
      '````',
      ':actor[d]{#d}',
      '',
    ].join('\n');
    expect(scanSure(body).mentions.map((mention) => mention.id)).toEqual(['c']);
  });

  it('ignores directives in indented code, also inside a list item', () => {
    const body = '    :actor[a]{#a}\n\n- item\n\n      :actor[b]{#b}\n\n  :actor[c]{#c}\n';
    expect(scanSure(body).mentions.map((mention) => mention.id)).toEqual(['c']);
  });

  it('ignores directives in code spans; an unclosed backtick run is literal', () => {
    const body = '`:actor[a]{#a}` ``x ` :actor[b]{#b}`` ``` :actor[c]{#c}\n';
    expect(scanSure(body).mentions.map((mention) => mention.id)).toEqual(['c']);
  });

  it('does not read an escaped colon as a directive, but does after an escaped backslash', () => {
    const body = '\\:actor[a]{#a} \\\\:actor[b]{#b} \\::actor[c]{#c}\n';
    expect(scanSure(body).mentions.map((mention) => mention.id)).toEqual(['b', 'c']);
  });

  it('reads no text directive after another colon or in a name ending with a dash', () => {
    const body = 'a ::actor[x]{#y} b a:b:c :d- e\n';
    const result = scanSure(body);
    expect(result.mentions).toEqual([]);
    expect(directivesIn(body, result.unknownDirectives)).toEqual([['text', 'c', ':c']]);
  });

  it('reports a time like 10:30 as the unknown directive remark sees in it', () => {
    const body = 'الساعة 10:30 صباحاً\n';
    expect(directivesIn(body, scanSure(body).unknownDirectives)).toEqual([['text', '30', ':30']]);
  });

  it('separates leaf directives: a mention kind goes to blockMentions, others to unknownDirectives', () => {
    const body = '::actor[x]{#y}  \n\n::plase{#baghdad}\n\n::actor[x] and more\n';
    const result = scanSure(body);
    expect(directivesIn(body, result.blockMentions)).toEqual([['leaf', 'actor', '::actor[x]{#y}  ']]);
    expect(directivesIn(body, result.unknownDirectives)).toEqual([['leaf', 'plase', '::plase{#baghdad}']]);
    expect(result.mentions).toEqual([]);
  });
});

describe('scanMarkdown: headings', () => {
  it('reads ATX and setext headings with their depth, text value and start', () => {
    const body = [
      '# المقدمة',
      '',
      '## Background :place[*Baghdad*]{#baghdad} ##',
      '',
      'عنوان',
      'فرعي',
      '---',
      '',
      '> ### `code` and \\# hash #',
      '',
      '####### not a heading',
      '',
    ].join('\n');
    const result = scanSure(body);
    expect(
      result.headings.map(({ depth, text, start }) => [depth, text, body.slice(start, start + 3)]),
    ).toEqual([
      [1, 'المقدمة', '# ا'],
      [2, 'Background Baghdad', '## '],
      [2, 'عنوان\nفرعي', 'عنو'],
      [3, 'code and # hash', '###'],
    ]);
  });
});

describe('scanMarkdown: prose', () => {
  it('keeps the length and line breaks and hides everything but what a reader reads', () => {
    const body = [
      '## عنوان :actor[مخفي]{#x}',
      '',
      'نص [رابط](https://example.org "عنوان") و`رمز` و![صورة](i.png)[^1]',
      '',
      '```',
      'شيفرة',
      '```',
      '',
      '[^1]: مصدر',
      '',
    ].join('\n');
    const { prose } = scanSure(body);
    expect(prose).toHaveLength(body.length);
    expect(prose.split('\n').map((line) => line.trim().replace(/\s+/g, ' '))).toEqual([
      'عنوان',
      '',
      'نص رابط و و',
      '',
      '',
      '',
      '',
      '',
      'مصدر',
      '',
    ]);
  });

  it('keeps CRLF line endings where they are', () => {
    const body = 'سطر :actor[أ]{#a}\r\n\r\n```\r\nرمز\r\n```\r\n';
    const { prose } = scanSure(body);
    expect(
      [...prose].map((char, index) => (char === '\r' || char === '\n' ? index : -1)).filter((i) => i >= 0),
    ).toEqual(
      [...body].map((char, index) => (char === '\r' || char === '\n' ? index : -1)).filter((i) => i >= 0),
    );
    expect(prose.trim()).toBe('سطر');
  });

  it('shows undefined footnote markers as the text remark makes of them', () => {
    const body = 'نص[^1] و[^2]\n\n[^2]: مصدر\n';
    expect(scanSure(body).prose.split('\n')[0]?.trimEnd()).toBe('نص[^1] و');
  });
});

describe('scanMarkdown: uncertainty', () => {
  it.each([
    ['raw HTML', '<div>\n:actor[a]{#a}\n</div>\n'],
    ['an HTML comment', 'text <!-- :actor[a]{#a} --> more\n'],
    ['an autolink', 'see <https://example.org>\n'],
    ['a link reference definition', '[a]: https://example.org\n\n[a] :actor[x]{#y}\n'],
    ['a container directive', ':::note\n:actor[a]{#a}\n:::\n'],
    ['a tab in a container indentation', '- a\n\t:actor[x]{#y}\n'],
    ['a literal autolink next to a directive', 'www.example.org/:actor[x]{#y}\n'],
    ['a character reference in a label', ':actor[a&amp;b]{#x}\n'],
  ])('is unsure of %s and returns nothing else', (_name, body) => {
    expect(scanMarkdown(body)).toEqual({
      mentions: [],
      unknownDirectives: [],
      blockMentions: [],
      headings: [],
      prose: '',
      uncertain: true,
    });
  });
});

const here = fileURLToPath(new URL('.', import.meta.url));
const REPOSITORY_CONTENT = join(here, '../../../../content');
const FIXTURES = join(here, '../../test/fixtures');

/** Markdown files under a folder, and the Markdown texts fixtures write through `setup.json`. */
function markdownFiles(root: string): { file: string; text: string }[] {
  const found: { file: string; text: string }[] = [];
  for (const entry of readdirSync(root, { recursive: true, withFileTypes: true })) {
    const path = join(entry.parentPath, entry.name);
    if (entry.isFile() && entry.name.endsWith('.md'))
      found.push({ file: path, text: readFileSync(path, 'utf8') });
    if (entry.isFile() && entry.name === 'setup.json') {
      const setup = JSON.parse(readFileSync(path, 'utf8')) as { files?: Record<string, string> };
      for (const [file, text] of Object.entries(setup.files ?? {}))
        if (file.endsWith('.md')) found.push({ file: join(entry.parentPath, file), text });
    }
  }
  return found;
}

describe('scanMarkdown against remark on the repository Markdown', () => {
  const content = markdownFiles(REPOSITORY_CONTENT);
  const fixtures = markdownFiles(FIXTURES);

  it('has files to compare', () => {
    expect(content.filter(({ file }) => file.includes('/articles/')).length).toBeGreaterThanOrEqual(3);
    expect(fixtures.length).toBeGreaterThanOrEqual(10);
  });

  it.each(content.map(({ file, text }) => [file.slice(REPOSITORY_CONTENT.length + 1), text]))(
    'is sure of content/%s and agrees with remark',
    (_file, text) => {
      scanSure(parseMarkdownFile(text, { file: 'x.md' }).body);
    },
  );

  it.each(fixtures.map(({ file, text }) => [file.slice(FIXTURES.length + 1), text]))(
    'agrees with remark on test/fixtures/%s when sure',
    (_file, text) => {
      const body = parseMarkdownFile(text, { file: 'x.md' }).body;
      const scanned = scanMarkdown(body);
      if (!scanned.uncertain) expect(comparable(scanned)).toEqual(comparable(scanMarkdownWithRemark(body)));
    },
  );
});

/** Markdown-ish documents: Arabic and Latin words, directives, code, emphasis, links, blocks. */
function markdownDocument(): fc.Arbitrary<string> {
  const word = fc.constantFrom(
    'السوداني',
    'بغداد',
    'العِرَاقُ',
    'لـ',
    'alpha',
    'Beta',
    'x',
    '10',
    'a_b',
    'foo.bar',
  );
  const punctuation = fc.constantFrom(
    ':',
    '[',
    ']',
    '{',
    '}',
    '#',
    '|',
    '(',
    ')',
    '!',
    '`',
    '\\',
    '*',
    '_',
    '~',
    '&',
    '-',
    '=',
    '>',
    '^',
    '\\:',
    '\\[',
    '10:30',
  );
  const name = fc.constantFrom('actor', 'event', 'place', 'author', 'acter', 'x', 'a-b', 'a_');
  const attributes = fc.constantFrom(
    '',
    '{#id}',
    '{#al-sudani}',
    '{ #a .b c=d }',
    '{#a #b}',
    '{id=q}',
    '{#}',
    '{#a',
    ' {#a}',
    '{#a\n}',
  );
  const { text } = fc.letrec((tie) => ({
    item: fc.oneof(
      { weight: 6, arbitrary: word },
      { weight: 3, arbitrary: fc.constant(' ') },
      { weight: 2, arbitrary: punctuation },
      {
        weight: 3,
        arbitrary: fc
          .tuple(
            fc.constantFrom(':', ':', '::'),
            name,
            fc.option(tie('text'), { nil: undefined }),
            attributes,
          )
          .map(
            ([colons, kind, label, attrs]) =>
              `${colons}${kind}${label === undefined ? '' : `[${label}]`}${attrs}`,
          ),
      },
      { weight: 1, arbitrary: tie('text').map((inner) => `\`${inner}\``) },
      { weight: 1, arbitrary: tie('text').map((inner) => `*${inner}*`) },
      { weight: 1, arbitrary: tie('text').map((inner) => `**${inner}**`) },
      { weight: 1, arbitrary: tie('text').map((inner) => `_${inner}_`) },
      {
        weight: 1,
        arbitrary: fc
          .tuple(tie('text'), fc.constantFrom('(u)', '(<a b>)', '(u "t")', '(a(b)c)', '', '[r]'))
          .map(([inner, target]) => `[${inner}]${target}`),
      },
      { weight: 1, arbitrary: tie('text').map((inner) => `![${inner}](i.png)`) },
      { weight: 1, arbitrary: fc.constantFrom('[^1]', '[^2]', '  \n', '\\\n', '\n') },
    ),
    text: fc.array(tie('item'), { maxLength: 6 }).map((items) => items.join('')),
  }));
  const line = text.filter((value) => !value.includes('\n'));
  const block = fc.oneof(
    { weight: 6, arbitrary: text },
    {
      weight: 2,
      arbitrary: fc
        .tuple(fc.constantFrom('#', '##', '###'), line)
        .map(([marks, value]) => `${marks} ${value}`),
    },
    {
      weight: 1,
      arbitrary: fc.tuple(text, fc.constantFrom('===', '---')).map(([value, rule]) => `${value}\n${rule}`),
    },
    {
      weight: 1,
      arbitrary: fc
        .tuple(fc.constantFrom('```', '~~~', '````'), text, fc.constantFrom('```', '~~~', '````', ''))
        .map(([open, value, close]) => `${open}\n${value}\n${close}`),
    },
    { weight: 1, arbitrary: text.map((value) => value.replace(/^/gm, '    ')) },
    {
      weight: 1,
      arbitrary: fc
        .tuple(
          fc.array(line, { minLength: 1, maxLength: 3 }),
          fc.array(fc.array(line, { minLength: 1, maxLength: 3 }), { maxLength: 3 }),
        )
        .map(([head, rows]) =>
          [head, head.map(() => '---'), ...rows].map((cells) => `| ${cells.join(' | ')} |`).join('\n'),
        ),
    },
    {
      weight: 1,
      arbitrary: fc
        .tuple(fc.constantFrom('[^1]:', '[^2]:'), text)
        .map(([label, value]) => `${label} ${value}`),
    },
    { weight: 1, arbitrary: fc.constantFrom('***', '---', '', '::actor[x]{#y}') },
  );
  const linePrefix = fc.constantFrom(
    '',
    '',
    '',
    '',
    ' ',
    '   ',
    '    ',
    '> ',
    '- ',
    '1. ',
    '  - ',
    '> - ',
    '[^1]: ',
  );
  return fc
    .tuple(
      fc.array(block, { minLength: 1, maxLength: 6 }),
      fc.array(linePrefix, { minLength: 12, maxLength: 12 }),
      fc.constantFrom('\n', '\n', '\r\n'),
    )
    .map(([blocks, prefixes, lineEnding]) =>
      blocks
        .join('\n\n')
        .split('\n')
        .map((value, index) => (prefixes[index % prefixes.length] ?? '') + value)
        .join(lineEnding),
    );
}

describe('scanMarkdown against remark on generated documents', () => {
  it('agrees with remark whenever it is sure, and is sure of a good share of them', () => {
    let sure = 0;
    const runs = 300;
    fc.assert(
      fc.property(markdownDocument(), (body) => {
        const scanned = scanMarkdown(body);
        if (scanned.uncertain) return;
        sure++;
        expect(comparable(scanned)).toEqual(comparable(scanMarkdownWithRemark(body)));
      }),
      { numRuns: runs },
    );
    expect(sure).toBeGreaterThan(runs / 4);
  }, 120_000);
});

describe('scanMarkdown on any text', () => {
  it('never throws, and gives a prose as long as the body with its line breaks when sure', () => {
    const pieces = fc.constantFrom(
      ...':[]{}#|()!`\\*_~&<>-=^.@ \t\n\r',
      'a',
      'ب',
      '\u0651',
      '    ',
      ':actor',
      '[^1]:',
      '```',
    );
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 80 }), (parts) => {
        const body = parts.join('');
        const result = scanMarkdown(body);
        if (result.uncertain) return;
        expect(result.prose).toHaveLength(body.length);
        for (let index = 0; index < body.length; index++) {
          const char = body[index];
          if (char === '\n' || char === '\r') expect(result.prose[index]).toBe(char);
          else expect([char, ' ']).toContain(result.prose[index]);
        }
        for (const found of [...result.mentions, ...result.unknownDirectives, ...result.headings]) {
          expect(found.start).toBeGreaterThanOrEqual(0);
          expect(found.start).toBeLessThanOrEqual(body.length);
        }
      }),
      { numRuns: 2000 },
    );
  });
});
