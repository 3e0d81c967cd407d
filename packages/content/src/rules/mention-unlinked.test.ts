import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import * as arabic from '@marsad/arabic';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { loadContent } from '../load-content.js';
import { mentionUnlinked } from './mention-unlinked.js';

// The real matcher, watched: the rule must build one per language per run, not one per body.
vi.mock('@marsad/arabic', async (importOriginal) => {
  const actual = await importOriginal<typeof import('@marsad/arabic')>();
  return { ...actual, createAliasMatcher: vi.fn(actual.createAliasMatcher) };
});

const roots: string[] = [];
afterAll(async () => {
  await Promise.all(roots.map((root) => rm(root, { recursive: true, force: true })));
});

const SUDANI = `kind: person
name: { ar: محمد شياع السوداني, en: Mohammed Shia al-Sudani }
aliases:
  - { value: السوداني, lang: ar, kind: nisba }
  - { value: al-Sudani, lang: en, kind: nisba }
`;
const MUHANDIS = `kind: person
name: { ar: أبو مهدي المهندس, en: Abu Mahdi al-Muhandis }
aliases:
  - { value: أبو مهدي, lang: ar-IQ, kind: kunya }
  - { value: المهندس, lang: ar, kind: laqab }
  - { value: Muhandis, lang: en, kind: transliteration }
`;
const PMF = `kind: armed-group
name: { ar: هيئة الحشد الشعبي, en: Popular Mobilization Forces }
aliases:
  - { value: الحشد الشعبي, lang: ar, kind: abbreviation }
  - { value: الحشد, lang: ar, kind: abbreviation }
  - { value: PMF, lang: en, kind: abbreviation }
  - { value: KH, lang: en, kind: abbreviation }
`;
const BAGHDAD = 'kind: city\nname: { ar: بغداد, en: Baghdad }\n';
const ACTORS = {
  'actors/al-sudani.yaml': SUDANI,
  'actors/abu-mahdi-al-muhandis.yaml': MUHANDIS,
  'actors/popular-mobilization-forces.yaml': PMF,
  'places/baghdad.yaml': BAGHDAD,
};

const original = (body: string) =>
  `---\ntitle: عنوان\nsummary: ملخص.\ntype: analysis\nstatus: draft\n---\n${body}`;
const translation = (body: string) => `---\ntitle: Title\nsummary: Summary.\noriginal: ar\n---\n${body}`;

/** Runs `mention/unlinked` alone over the sample actors plus `files` (`undefined` leaves a sample file out). */
async function diagnosticsOf(files: Record<string, string | undefined>) {
  const root = await mkdtemp(join(tmpdir(), 'marsad-mention-unlinked-'));
  roots.push(root);
  for (const [path, text] of Object.entries({ ...ACTORS, ...files })) {
    if (text === undefined) continue;
    await mkdir(dirname(join(root, path)), { recursive: true });
    await writeFile(join(root, path), text);
  }
  const { diagnostics } = await loadContent(root, { rules: [mentionUnlinked] });
  expect(diagnostics.filter((d) => d.ruleId !== 'mention/unlinked')).toEqual([]);
  return diagnostics;
}

/** `file:line:column-endColumn directive` of each warning. */
const warnings = async (files: Record<string, string | undefined>) =>
  (await diagnosticsOf(files)).map(
    (d) => `${d.file}:${d.line}:${d.column}-${d.endColumn} ${d.suggestions[0] ?? ''}`,
  );

const AR = 'articles/a.ar.md';
const EN = 'articles/a.en.md';

describe('mention/unlinked', () => {
  it('warns once per entry, at the first occurrence, with the directive to write there', async () => {
    const diagnostics = await diagnosticsOf({ [AR]: original('قال السوداني شيئاً، ثم كرر السوداني.\n') });
    expect(diagnostics).toEqual([
      expect.objectContaining({
        file: AR,
        line: 7,
        column: 5,
        endLine: 7,
        endColumn: 13,
        ruleId: 'mention/unlinked',
        severity: 'warning',
        message:
          '"السوداني" names actor al-sudani, which this article never links: write :actor[السوداني]{#al-sudani} at its first mention',
        suggestions: [':actor[السوداني]{#al-sudani}'],
      }),
    ]);
  });

  it('finds names through harakat, tatweel, hamza forms and attached clitics', async () => {
    const body = 'قال السُّودانيّ.\n\nوقال ابو مهدي.\n\nوصل للســوداني.\n';
    expect(await warnings({ [AR]: original(body) })).toEqual([
      `${AR}:7:5-16 :actor[السُّودانيّ]{#al-sudani}`,
      `${AR}:9:6-14 :actor[ابو مهدي]{#abu-mahdi-al-muhandis}`,
    ]);
    expect(await warnings({ [AR]: original('اجتمع بالسوداني وبأبو مهدي المهندس في بغداد.\n') })).toEqual([
      `${AR}:7:8-16 :actor[السوداني]{#al-sudani}`,
      `${AR}:7:19-35 :actor[أبو مهدي المهندس]{#abu-mahdi-al-muhandis}`,
      `${AR}:7:39-44 :place[بغداد]{#baghdad}`,
    ]);
  });

  it('labels a name broken across lines with one space', async () => {
    expect(await warnings({ [AR]: original('قال أبو\nمهدي ذلك.\n') })).toEqual([
      `${AR}:7:5-5 :actor[أبو مهدي]{#abu-mahdi-al-muhandis}`,
    ]);
  });

  it('says nothing when the entry is linked anywhere in the version, before or after', async () => {
    const body = '## السوداني\n\nأعلن :actor[رئيس الوزراء]{#al-sudani} ذلك، وكرر السوداني.\n';
    expect(await warnings({ [AR]: original(body) })).toEqual([]);
  });

  it('checks each language version against its own links and its own language', async () => {
    const files = {
      [AR]: original('أعلن :actor[السوداني]{#al-sudani} ذلك، ويكتبه الأجانب Sudani.\n'),
      [EN]: translation('Sudani said so, as السوداني and al-Sudani.\n'),
    };
    expect(await warnings(files)).toEqual([`${EN}:6:1-7 :actor[Sudani]{#al-sudani}`]);
  });

  it('reads names in headings, not in code, links, footnotes, URLs or other directives', async () => {
    const body = [
      ':actor[حكومة السوداني]{#iraqi-government} و`أبو مهدي` و[بغداد](https://example.com/بغداد).',
      '',
      '```',
      'السوداني',
      '```',
      '',
      'راجع https://example.com/السوداني[^1]',
      '',
      '[^1]: مقابلة مع السوداني.',
      '',
      '## بغداد',
      '',
    ].join('\n');
    const files = {
      'actors/iraqi-government.yaml': 'kind: government-body\nname: { ar: الحكومة }\n',
      [AR]: original(body),
    };
    expect(await warnings(files)).toEqual([`${AR}:17:4-9 :place[بغداد]{#baghdad}`]);
  });

  it('ignores one-word laqabs and abbreviations, initials, and acronyms not written in capitals', async () => {
    const ar = 'قال المهندس المسؤول إن الحشد كبير.\n';
    const en = 'The pmf and Pmf and KH units.\n';
    expect(await warnings({ [AR]: original(ar), [EN]: translation(en) })).toEqual([]);
    expect(
      await warnings({ [AR]: original('قادة الحشد الشعبي.\n'), [EN]: translation('The PMF.\n') }),
    ).toEqual([
      `${AR}:7:6-18 :actor[الحشد الشعبي]{#popular-mobilization-forces}`,
      `${EN}:6:5-8 :actor[PMF]{#popular-mobilization-forces}`,
    ]);
  });

  it('stays silent on a name that several entries share', async () => {
    const files = {
      'places/baghdad-governorate.yaml':
        'kind: province\nname: { ar: محافظة بغداد }\naliases: [{ value: بغداد, lang: ar }]\n',
      [AR]: original('وصل إلى بغداد ثم محافظة بغداد.\n'),
    };
    expect(await warnings(files)).toEqual([`${AR}:7:18-30 :place[محافظة بغداد]{#baghdad-governorate}`]);
  });

  it('builds one matcher per language per run, however many bodies it scans', async () => {
    const files: Record<string, string | undefined> = {
      'actors/abu-mahdi-al-muhandis.md': `---\n${MUHANDIS}---\nقاد الحشد.\n`,
      'actors/abu-mahdi-al-muhandis.yaml': undefined,
    };
    for (const id of ['a', 'b', 'c']) {
      files[`articles/${id}.ar.md`] = original('قال السوداني.\n');
      files[`articles/${id}.en.md`] = translation('Sudani said.\n');
    }
    vi.mocked(arabic.createAliasMatcher).mockClear();
    expect(await warnings(files)).toHaveLength(6);
    expect(arabic.createAliasMatcher).toHaveBeenCalledTimes(2);
  });

  it('checks actor profiles in their script, never against their own actor', async () => {
    const profile = (body: string) => `---\n${MUHANDIS}---\n${body}`;
    const yaml = 'actors/abu-mahdi-al-muhandis.yaml';
    const arabic = {
      [yaml]: undefined,
      'actors/abu-mahdi-al-muhandis.md': profile('قاد أبو مهدي المهندس الحشد، ووصفه السوداني.\n'),
    };
    expect(await warnings(arabic)).toEqual([
      'actors/abu-mahdi-al-muhandis.md:9:35-43 :actor[السوداني]{#al-sudani}',
    ]);
    const english = {
      [yaml]: undefined,
      'actors/abu-mahdi-al-muhandis.md': profile('Muhandis met Sudani in :place[Baghdad]{#baghdad}.\n'),
    };
    expect(await warnings(english)).toEqual([
      'actors/abu-mahdi-al-muhandis.md:9:14-20 :actor[Sudani]{#al-sudani}',
    ]);
  });
});
