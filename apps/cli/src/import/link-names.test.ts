import type { ContentGraph } from '@marsad/content';
import { describe, expect, it } from 'vitest';
import { type LinkMode, linkNames } from './link-names.js';

type Named = {
  id: string;
  name?: Record<string, string>;
  title?: Record<string, string>;
  aliases?: object[];
};

/** A graph holding only what linking reads: the entries of each kind. */
function graphOf(entries: Partial<Record<'actor' | 'place' | 'event', Named[]>>): ContentGraph {
  return { all: (kind: 'actor' | 'place' | 'event') => entries[kind] ?? [] } as unknown as ContentGraph;
}

const graph = graphOf({
  actor: [
    {
      id: 'al-sudani',
      name: { ar: 'محمد شياع السوداني', en: 'Mohammed Shia al-Sudani' },
      aliases: [{ value: 'السوداني', lang: 'ar', kind: 'nisba' }],
    },
    {
      id: 'popular-mobilization-forces',
      name: { ar: 'هيئة الحشد الشعبي', en: 'Popular Mobilization Forces' },
      aliases: [
        { value: 'الحشد الشعبي', lang: 'ar', kind: 'abbreviation' },
        { value: 'الحشد', lang: 'ar', kind: 'abbreviation' },
        { value: 'PMF', lang: 'en', kind: 'abbreviation' },
      ],
    },
    { id: 'kataib-hezbollah', name: { ar: 'كتائب حزب الله', en: 'Kataib Hezbollah' } },
    { id: 'baghdad-command', name: { ar: 'قيادة عمليات بغداد' }, aliases: [{ value: 'بغداد', lang: 'ar' }] },
  ],
  place: [{ id: 'baghdad', name: { ar: 'بغداد', en: 'Baghdad' } }],
  event: [
    {
      id: 'bilateral-committee-announced',
      title: { ar: 'إعلان اللجنة الثنائية', en: 'Committee announced' },
    },
  ],
});

const link = (body: string, lang = 'ar', already: string[] = [], mode: LinkMode = 'first') =>
  linkNames(body, graph, lang, new Set(already), mode);

describe('linkNames', () => {
  it('links the first occurrence of each entry, the longest name first, after an attached preposition', () => {
    const result = link('قال السوداني لهيئة الحشد الشعبي إن السوداني والحشد الشعبي متفقان.');
    expect(result.body).toBe(
      'قال :actor[السوداني]{#al-sudani} ل:actor[هيئة الحشد الشعبي]{#popular-mobilization-forces} إن السوداني والحشد الشعبي متفقان.',
    );
    expect(result.linked).toEqual([
      { kind: 'actor', id: 'al-sudani', text: 'السوداني' },
      { kind: 'actor', id: 'popular-mobilization-forces', text: 'هيئة الحشد الشعبي' },
    ]);
  });

  it('links every occurrence by default, listing each entry once', () => {
    const result = linkNames(
      'قال السوداني إن السوداني و:actor[السوداني]{#al-sudani} متفقون.',
      graph,
      'ar',
      new Set(),
    );
    expect(result.body).toBe(
      'قال :actor[السوداني]{#al-sudani} إن :actor[السوداني]{#al-sudani} و:actor[السوداني]{#al-sudani} متفقون.',
    );
    expect(result.linked).toEqual([{ kind: 'actor', id: 'al-sudani', text: 'السوداني' }]);
  });

  it('links event titles too, and leaves one-word abbreviations that are ordinary words', () => {
    expect(link('بعد إعلان اللجنة الثنائية تحرك الحشد.').body).toBe(
      'بعد :event[إعلان اللجنة الثنائية]{#bilateral-committee-announced} تحرك الحشد.',
    );
  });

  it('matches names through quotation marks and keeps the marks in pairs', () => {
    expect(link('قادة في كتائب «حزب الله» و«محمد شياع السوداني».').body).toBe(
      'قادة في :actor[كتائب «حزب الله»]{#kataib-hezbollah} و«:actor[محمد شياع السوداني]{#al-sudani}».',
    );
    expect(link('قادة في «كتائب» حزب الله.').body).toBe(
      'قادة في :actor[«كتائب» حزب الله]{#kataib-hezbollah}.',
    );
  });

  it('leaves a name whose quotation marks cannot be paired, and links its next occurrence', () => {
    expect(link('كتائب «حزب الله ثم كتائب حزب الله.').body).toBe(
      'كتائب «حزب الله ثم :actor[كتائب حزب الله]{#kataib-hezbollah}.',
    );
  });

  it('does not link inside code, links, URLs or directives, nor entries the body links already', () => {
    const body =
      'في `السوداني` و[السوداني](https://example.org) وhttps://example.org/السوداني و:place[قرب السوداني]{#baghdad} ثم السوداني.';
    expect(link(body).body).toBe(body.replace(/ثم السوداني/, 'ثم :actor[السوداني]{#al-sudani}'));
    expect(link('ثم السوداني.', 'ar', ['actor:al-sudani']).body).toBe('ثم السوداني.');
  });

  it('lists names several entries share instead of guessing', () => {
    const result = link('وصل إلى بغداد.');
    expect(result.body).toBe('وصل إلى بغداد.');
    expect(result.ambiguous).toEqual(['بغداد']);
    expect(result.spans).toEqual([[8, 13]]);
  });

  it('reads names of the body language only, acronyms only as written', () => {
    expect(link('The PMF and the pmf met Mohammed Shia al-Sudani.', 'en').body).toBe(
      'The :actor[PMF]{#popular-mobilization-forces} and the pmf met :actor[Mohammed Shia al-Sudani]{#al-sudani}.',
    );
    expect(link('The السوداني', 'en').linked).toEqual([]);
  });
});
