import { describe, expect, it } from 'vitest';
import { searchTerms } from './search-terms.js';

describe('searchTerms', () => {
  it('gives a query without hamza or ta marbuta the same term as the written text', () => {
    expect(searchTerms('الامريكيه')).toEqual(searchTerms('الأمريكية'));
    expect(searchTerms('الأمريكيّة')).toEqual(['امريك']);
  });

  it('lets قوات find القوات and والقوات', () => {
    const [query] = searchTerms('قوات');
    expect(query).toBeDefined();
    expect(searchTerms('القوات')).toContain(query);
    expect(searchTerms('خروج والقوات الأجنبية')).toContain(query);
  });

  it('stems Arabic tokens and only folds Latin ones', () => {
    expect(searchTerms('انسحاب القوات الأمريكية من Ain al-Asad')).toEqual([
      'انسحاب',
      'قو',
      'امريك',
      'من',
      'ain',
      'al-asad',
    ]);
    expect(searchTerms('Forces ḤIZBALLĀH Kata’ib')).toEqual(['forces', 'hizballah', "kata'ib"]);
  });

  it('normalises digits and drops punctuation', () => {
    expect(searchTerms('عام ٢٠٢٤، «المقاومة»!')).toEqual(['عام', '2024', 'مقاوم']);
  });

  it('splits a ligature that stands for several words', () => {
    expect(searchTerms('ﷺ')).toEqual(['صلي', 'الله', 'عليه', 'وسلم'].map((word) => searchTerms(word)[0]));
  });

  it('returns no terms for text without words', () => {
    expect(searchTerms(' ... ')).toEqual([]);
  });
});
