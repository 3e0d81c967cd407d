import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SearchDocument } from './search-documents.js';
import { SearchIndex, type SearchResult } from './search-index.js';
import { SearchThread, writeSearchIndex } from './search-writer.js';

const documents: SearchDocument[] = [
  {
    kind: 'article',
    id: 'coalition-exit',
    lang: 'ar',
    title: 'انسحاب القوّات الأمريكيّة من العراق',
    names: [],
    text: 'لجنة ثنائية لجدولة إنهاء مهمة التحالف.',
    body: 'أعلن :actor[السوداني]{#al-sudani} تشكيل لجنة.\n\n## الخلفية\n\nتطالب **الفصائل** بخروج القوات منذ 2020.',
  },
  {
    kind: 'article',
    id: 'coalition-exit',
    lang: 'en',
    title: 'The exit of US forces from Iraq',
    names: [],
    text: 'A bilateral committee to schedule the end of the coalition mission.',
    body: 'Prime Minister :actor[al-Sudani]{#al-sudani} announced a committee.',
  },
  {
    kind: 'article',
    id: 'factions-and-state',
    lang: 'ar',
    title: 'الفصائل والدولة',
    names: [],
    text: 'تقدير موقف.',
    body: 'بعد الانسحاب تبقى أسئلة. والانسحاب لا ينهي التوتر، بالانسحاب تتغير المعادلة. الانسحاب مرة أخرى.',
  },
  {
    kind: 'article',
    id: 'withdrawal-timeline',
    lang: 'ar',
    title: 'جدول الانسحاب',
    names: [],
    text: 'مراحل زمنية.',
    body: 'نص قصير.',
  },
  {
    kind: 'actor',
    id: 'al-sudani',
    lang: 'ar',
    title: 'محمد شياع السوداني',
    names: ['محمد شياع السوداني', 'السوداني'],
    text: 'رئيس وزراء العراق منذ 2022.',
  },
  {
    kind: 'actor',
    id: 'al-sudani',
    lang: 'en',
    title: 'Mohammed Shia al-Sudani',
    names: ['Mohammed Shia al-Sudani', 'Sudani'],
    text: 'Prime Minister of Iraq since 2022.',
  },
  {
    kind: 'event',
    id: 'brigade-12-strike',
    lang: 'ar',
    title: 'ضربة على مقر اللواء 12',
    names: [],
    text: 'قتلت الضربة أبو تقوى.',
  },
  {
    kind: 'event',
    id: 'brigade-12-strike',
    lang: 'en',
    title: 'Strike on the Brigade 12 headquarters',
    names: [],
    text: 'The strike killed Abu Taqwa.',
  },
  {
    kind: 'place',
    id: 'ain-al-asad',
    lang: 'en',
    title: 'Ain al-Asad Air Base',
    names: ['Ain al-Asad Air Base', 'Al Asad Airbase'],
    text: 'Al Asad Airbase',
  },
];

let folder: string;
let index: SearchIndex;

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'marsad-search-'));
  await writeSearchIndex(join(folder, 'search.sqlite'), documents, undefined, SearchThread.start());
  index = SearchIndex.open(join(folder, 'search.sqlite'));
});

afterAll(async () => {
  index.close();
  await rm(folder, { recursive: true, force: true });
});

const hits = (results: SearchResult[]) =>
  results.map((result) => `${result.kind}:${result.id}:${result.lang}`);
const marked = (result: SearchResult | undefined) =>
  result?.snippet.highlights.map(([start, end]) => result.snippet.text.slice(start, end));

describe('SearchIndex.search', () => {
  it('finds hamza and ta marbuta variants and marks the original words', () => {
    const [first, ...rest] = index.search('الامريكيه');
    expect(rest).toEqual([]);
    expect(first).toMatchObject({ kind: 'article', id: 'coalition-exit', lang: 'ar' });
    expect(first?.title).toBe('انسحاب القوّات الأمريكيّة من العراق');
  });

  it('finds a word with its article and clitics from the bare word', () => {
    const results = index.search('قوات');
    expect(hits(results)).toEqual(['article:coalition-exit:ar']);
    expect(marked(results[0])).toEqual(['القوات']);
    expect(results[0]?.snippet.text).toContain('تطالب الفصائل بخروج القوات منذ 2020.');
    expect(hits(index.search('انسحاب')).sort()).toEqual([
      'article:coalition-exit:ar',
      'article:factions-and-state:ar',
      'article:withdrawal-timeline:ar',
    ]);
    expect(
      marked(index.search('انسحاب', { limit: 3 }).find((hit) => hit.id === 'factions-and-state')),
    ).toEqual(['الانسحاب', 'والانسحاب', 'بالانسحاب', 'الانسحاب']);
  });

  it('ranks a title match above body matches', () => {
    const ranked = hits(index.search('انسحاب'));
    expect(ranked.indexOf('article:withdrawal-timeline:ar')).toBeLessThan(
      ranked.indexOf('article:factions-and-state:ar'),
    );
  });

  it('ranks an entity whose name matches above an article that mentions it', () => {
    const results = index.search('السوداني');
    expect(hits(results)).toEqual(['actor:al-sudani:ar', 'article:coalition-exit:ar']);
    expect(results[0]!.score).toBeGreaterThan(results[1]!.score);
  });

  it('gives an entity once, in the language that matched best, unless a language is asked for', () => {
    expect(hits(index.search('12'))).toHaveLength(1);
    expect(hits(index.search('12', { lang: 'en' }))).toEqual(['event:brigade-12-strike:en']);
    expect(hits(index.search('12', { lang: 'ar' }))).toEqual(['event:brigade-12-strike:ar']);
  });

  it('matches the last word as a prefix', () => {
    expect(hits(index.search('Ain al-As'))).toEqual(['place:ain-al-asad:en']);
    expect(hits(index.search('Prime Minis', { kinds: ['actor'] }))).toEqual(['actor:al-sudani:en']);
  });

  it('filters by kind and pages', () => {
    expect(hits(index.search('2022 OR', { kinds: ['event'] }))).toEqual([]);
    expect(hits(index.search('sudani', { kinds: ['article'] }))).toEqual(['article:coalition-exit:en']);
    const all = hits(index.search('انسحاب'));
    expect(hits(index.search('انسحاب', { limit: 1, offset: 1 }))).toEqual(all.slice(1, 2));
    expect(() => index.search('انسحاب', { limit: 0 })).toThrow(RangeError);
    expect(() => index.search('انسحاب', { offset: -1 })).toThrow(RangeError);
  });

  it('treats FTS5 syntax in a query as text and never throws on it', () => {
    for (const query of [
      '" OR * NEAR(',
      '"',
      '*',
      'NEAR(a b)',
      'title:x',
      'a AND OR NOT',
      '^',
      '{names}:x',
      '',
    ]) {
      expect(() => index.search(query)).not.toThrow();
    }
    expect(index.search('" OR * NEAR(')).toEqual([]);
    expect(hits(index.search('"sudani" OR *'))).toEqual([]);
    expect(hits(index.search('"sudani* prime'))).toEqual(['actor:al-sudani:en', 'article:coalition-exit:en']);
  });

  it('pages through the best documents only as it would through all of them', () => {
    const kinds = ['article', 'actor', 'event', 'place'] as const;
    for (const query of ['الانسحاب', 'قوات', 'the', 'al', 'العراق']) {
      const all = index.search(query, { limit: 100, kinds: [...kinds] });
      for (let offset = 0; offset <= all.length; offset++) {
        // With no filter, only the best documents are grouped; naming every kind groups them all.
        const windowed = index.search(query, { limit: 1, offset });
        expect(windowed, `${query} at ${offset}`).toEqual(all.slice(offset, offset + 1));
      }
    }
    expect(index.search('al', { limit: 100 }).length).toBeGreaterThan(1);
  });

  it('gives snippets as escaped HTML too, cut from the line (summary or paragraph) that shows the match', () => {
    const [result] = index.search('bilateral', { lang: 'en' });
    expect(result?.snippetHtml).toBe(
      'A <mark>bilateral</mark> committee to schedule the end of the coalition mission.',
    );
    const [body] = index.search('announced', { lang: 'en' });
    expect(body?.snippetHtml).toBe('Prime Minister al-Sudani <mark>announced</mark> a committee.');
  });
});

describe('SearchIndex.articleBody', () => {
  it('gives back an article version body as written', () => {
    expect(index.articleBody('coalition-exit', 'en')).toBe(documents[1]!.body);
    expect(index.articleBody('coalition-exit', 'fr')).toBeUndefined();
    expect(index.articleBody('al-sudani', 'ar')).toBeUndefined();
  });
});

describe('SearchIndex.inMemory', () => {
  it('finds, ranks and highlights as the same documents written to a file do', () => {
    const inMemory = SearchIndex.inMemory(documents);
    try {
      for (const query of ['الانسحاب', 'قوات', 'Sudani', 'al', 'ضربة اللواء']) {
        const expected = index.search(query, { limit: 100 });
        expect(expected.length).toBeGreaterThan(0);
        expect(inMemory.search(query, { limit: 100 })).toEqual(expected);
      }
      expect(inMemory.search('الانسحاب', { kinds: ['article'], lang: 'ar', limit: 1, offset: 1 })).toEqual(
        index.search('الانسحاب', { kinds: ['article'], lang: 'ar', limit: 1, offset: 1 }),
      );
    } finally {
      inMemory.close();
    }
  });
});
