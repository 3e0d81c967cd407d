import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type AliasEntry, createAliasMatcher, type Match } from './alias-matcher.js';
import { foldForSearch } from './fold.js';
import { normalizeArabic } from './normalize.js';
import { tokenize } from './tokenize.js';

const actors = createAliasMatcher([
  { key: 'السوداني', value: 'al-sudani' },
  { key: 'محمد شياع السوداني', value: 'al-sudani' },
  { key: 'أبو مهدي المهندس', value: 'abu-mahdi-al-muhandis' },
  { key: 'أبو مهدي', value: 'abu-mahdi-al-muhandis' },
  { key: 'عين الأسد', value: 'ain-al-asad' },
  { key: 'Ain al-Asad', value: 'ain-al-asad' },
  { key: 'كتائب حزب الله', value: 'kataib-hezbollah' },
  { key: 'حزب الله', value: 'hezbollah' },
]);

/** Every match must point at its own text in the original string. */
function findAll(text: string): Match[] {
  const matches = actors.findAll(text);
  for (const match of matches) expect(text.slice(match.start, match.end)).toBe(match.text);
  return matches;
}

describe('createAliasMatcher', () => {
  it('finds a name written with harakat, offsets pointing into the original', () => {
    const text = 'أعلن السُّودانيّ اليوم';
    expect(findAll(text)).toEqual([{ start: 5, end: 16, text: 'السُّودانيّ', value: 'al-sudani' }]);
  });

  it('finds a name written without hamza', () => {
    expect(findAll('قتل ابو مهدي المهندس')).toEqual([
      { start: 4, end: 20, text: 'ابو مهدي المهندس', value: 'abu-mahdi-al-muhandis' },
    ]);
  });

  it('prefers the longest name at a position, then moves past it', () => {
    expect(findAll('كتائب حزب الله وحزب الله').map((match) => [match.text, match.value])).toEqual([
      ['كتائب حزب الله', 'kataib-hezbollah'],
      ['حزب الله', 'hezbollah'],
    ]);
    expect(findAll('رئيس الوزراء محمد شياع السوداني')[0]?.text).toBe('محمد شياع السوداني');
  });

  it('falls back to a shorter name when the longer one is not complete', () => {
    expect(findAll('أبو مهدي قال')).toEqual([
      { start: 0, end: 8, text: 'أبو مهدي', value: 'abu-mahdi-al-muhandis' },
    ]);
  });

  it('sees through an attached conjunction or preposition and leaves it out of the span', () => {
    expect(findAll('والسوداني')).toEqual([{ start: 1, end: 9, text: 'السوداني', value: 'al-sudani' }]);
    expect(findAll('وَالسُّوداني')[0]).toEqual({ start: 2, end: 12, text: 'السُّوداني', value: 'al-sudani' });
    expect(findAll('بعين الأسد')[0]?.text).toBe('عين الأسد');
    expect(findAll('وبأبو مهدي المهندس')[0]?.text).toBe('أبو مهدي المهندس');
    expect(findAll('فالسوداني')[0]?.text).toBe('السوداني');
  });

  it('reads لل as ل before the article, matching from the article’s lam', () => {
    expect(findAll('للسوداني')).toEqual([{ start: 1, end: 8, text: 'لسوداني', value: 'al-sudani' }]);
  });

  it('does not treat the article as a clitic or match inside a word', () => {
    const matcher = createAliasMatcher([{ key: 'سوداني', value: 'sudani' }]);
    expect(matcher.findAll('السوداني')).toEqual([]);
    expect(matcher.findAll('سودانيين')).toEqual([]);
  });

  it('matches Latin names whole-token and case-insensitively, in mixed text', () => {
    const text = 'قاعدة Ain al-Asad الجوية وعين الأسد';
    expect(findAll(text)).toEqual([
      { start: 6, end: 17, text: 'Ain al-Asad', value: 'ain-al-asad' },
      { start: 26, end: 35, text: 'عين الأسد', value: 'ain-al-asad' },
    ]);
    expect(findAll('AIN AL-ASAD')).toHaveLength(1);
    expect(findAll('Ain al-Asadi')).toEqual([]);
  });

  it('does not match a name across punctuation', () => {
    expect(findAll('أبو مهدي، المهندس').map((match) => match.text)).toEqual(['أبو مهدي']);
  });

  it('keeps the first entry when two entries have the same name', () => {
    const matcher = createAliasMatcher([
      { key: 'الحشد', value: 'popular-mobilization-forces' },
      { key: 'الحَشد', value: 'other' },
    ]);
    expect(matcher.findAll('الحشد')[0]?.value).toBe('popular-mobilization-forces');
  });

  it('ignores entries without words and rejects entries that are not strings', () => {
    expect(createAliasMatcher([{ key: ' ، ', value: 'x' }]).findAll('، ، ،')).toEqual([]);
    expect(() =>
      createAliasMatcher([{ key: 1, value: 'x' } as unknown as { key: string; value: string }]),
    ).toThrow(/entry 0 needs a string key/);
    expect(() => createAliasMatcher(undefined as unknown as [])).toThrow(TypeError);
  });

  it('finds the seed article’s mentions', () => {
    const seed =
      'ونائب رئيس هيئة الحشد الشعبي العراقي (أبو مهدي المهندس) بضربة جوية أمريكية عام 2020. ' +
      'وأعلن رئيس الوزراء محمد شياع السوداني في قاعدة عين الأسد';
    expect(findAll(seed).map((match) => match.value)).toEqual([
      'abu-mahdi-al-muhandis',
      'al-sudani',
      'ain-al-asad',
    ]);
  });

  it('scales to thousands of names over a long text', () => {
    const entries = Array.from({ length: 5000 }, (_, i) => ({
      key: `اسم${i} عائلة${i}`,
      value: `actor-${i}`,
    }));
    const matcher = createAliasMatcher([...entries, { key: 'السوداني', value: 'al-sudani' }]);
    const text = 'قال السوداني إن اسم42 عائلة42 حاضر. '.repeat(2000);
    const matches = matcher.findAll(text);
    expect(matches).toHaveLength(4000);
    expect(matches.filter((match) => match.value === 'actor-42')).toHaveLength(2000);
  });

  it('finds what the plain definition finds: every word folded, every reading tried, longest name first', () => {
    const entries: AliasEntry[] = [
      { key: 'علي', value: 'ali' },
      { key: 'علي حسين', value: 'ali-husayn' },
      { key: 'علي حسين الكعبي', value: 'ali-al-kaabi' },
      { key: 'علي محمد', value: 'ali-muhammad' },
      { key: 'السوداني', value: 'al-sudani' },
      { key: 'لواء', value: 'liwa' },
      { key: 'الله', value: 'allah' },
      { key: 'حزب الله', value: 'hezbollah' },
      { key: 'Ain al-Asad', value: 'ain-al-asad' },
      { key: 'علي', value: 'shadowed' },
      // Names that another reading of the same word also spells: the earlier reading must win.
      { key: 'وليد', value: 'walid' },
      { key: 'ليد', value: 'lid' },
      { key: 'لسوداني', value: 'lam-sudani' },
    ];
    const matcher = createAliasMatcher(entries);
    const words = ['علي', 'على', 'عَلِيّ', 'وعلي', 'وبعلي', 'حسين', 'الكعبي', 'محمد', 'السوداني', 'للسوداني'];
    const more = [
      'وليد',
      'ووليد',
      'لله',
      'ولله',
      'لواء',
      'للواء',
      'حزب',
      'ﻻ',
      'ﻟﻠﻪ',
      'Ain',
      'AIN',
      'al-Asad',
      'al',
      'Asad',
    ];
    const unit = fc.oneof(
      fc.constantFrom(...words, ...more),
      fc.constantFrom(' ', ' ', '\n', '  ', '، ', '.', '\u0000', 'ـ', '\u064e'),
    );
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 16 }), (text) => {
        expect(matcher.findAll(text)).toEqual(plainFindAll(entries, text));
      }),
      { numRuns: 1000 },
    );
  });
});

/** The matcher's contract written plainly, a string per word and per reading: what findAll must equal. */
function plainFindAll(entries: readonly AliasEntry[], text: string): Match[] {
  const keysOf = (words: string) => tokenize(words).map((token) => foldForSearch(token.text));
  const names = new Map<string, { rest: string[]; value: string }[]>();
  const seen = new Set<string>();
  for (const { key, value } of entries) {
    const [first, ...rest] = keysOf(key);
    if (first === undefined || seen.has([first, ...rest].join(' '))) continue;
    seen.add([first, ...rest].join(' '));
    names.set(first, [...(names.get(first) ?? []), { rest, value }]);
  }
  for (const list of names.values()) list.sort((a, b) => b.rest.length - a.rest.length);
  const tokens = tokenize(text);
  const keys = tokens.map((token) => foldForSearch(token.text));
  const clitics = ['و', 'ف', 'ب', 'ل', 'ك', 'وب', 'ول', 'وك', 'فب', 'فل', 'فك'];
  const matches: Match[] = [];
  for (let index = 0; index < tokens.length; ) {
    const key = keys[index] ?? '';
    const readings: [string, number][] = [[key, 0]];
    for (const clitic of clitics) {
      const rest = key.slice(clitic.length);
      if (!key.startsWith(clitic) || rest.length < 2) continue;
      readings.push([rest, clitic.length]);
      if (clitic.endsWith('ل') && rest.startsWith('ل')) readings.push([`ا${rest}`, clitic.length]);
    }
    let best: { match: Match; count: number } | undefined;
    for (const [reading, cliticLength] of readings) {
      const name = names
        .get(reading)
        ?.find(({ rest }) =>
          rest.every(
            (restKey, offset) =>
              keys[index + 1 + offset] === restKey &&
              /^\s+$/.test(text.slice(tokens[index + offset]?.end, tokens[index + 1 + offset]?.start)),
          ),
        );
      if (name === undefined || (best && name.rest.length + 1 <= best.count)) continue;
      const token = tokens[index];
      let start = token?.start ?? 0;
      let consumed = 0;
      while (consumed < cliticLength) consumed += normalizeArabic(text.charAt(start++)).length;
      if (consumed !== cliticLength) continue;
      while (cliticLength > 0 && normalizeArabic(text.charAt(start)) === '') start++;
      const end = tokens[index + name.rest.length]?.end ?? 0;
      best = {
        match: { start, end, text: text.slice(start, end), value: name.value },
        count: name.rest.length + 1,
      };
    }
    if (best) matches.push(best.match);
    index += best?.count ?? 1;
  }
  return matches;
}
