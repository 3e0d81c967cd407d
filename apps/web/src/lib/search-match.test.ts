import { describe, expect, it } from 'vitest';
import { indexTerms, matchDocuments, type SearchDoc } from './search-match.js';

const doc = (k: SearchDoc['k'], t: string, extra = ''): SearchDoc => ({
  k,
  u: `/${t}/`,
  t,
  m: '',
  x: indexTerms([t, extra]),
});

const docs = [
  doc('article', 'خروج التحالف الدولي من العراق', 'لجدولة إنهاء مهمة التحالف'),
  doc('actor', 'محمد شياع السوداني', 'Mohammed Shia al-Sudani'),
  doc('event', 'ضربة أمريكية على مقر اللواء 12', 'الولايات المتحدة'),
];

describe('matchDocuments', () => {
  it('finds Arabic text whatever the harakat, hamza forms and ta marbuta of the query', () => {
    expect(matchDocuments(docs, 'اِنْهَاءُ مُهِمّه').article.map((d) => d.t)).toEqual([
      'خروج التحالف الدولي من العراق',
    ]);
    expect(matchDocuments(docs, 'امريكيّة').event).toHaveLength(1);
    expect(matchDocuments(docs, 'الأمريكية').event).toHaveLength(1);
  });

  it('needs every term and matches the start of a word being typed', () => {
    expect(matchDocuments(docs, 'سودا').actor).toHaveLength(1);
    expect(matchDocuments(docs, 'Sudani').actor).toHaveLength(1);
    expect(matchDocuments(docs, 'السوداني العراق').actor).toEqual([]);
  });

  it('returns nothing for an empty query and groups by kind', () => {
    expect(matchDocuments(docs, '   ')).toEqual({ article: [], actor: [], event: [] });
    const all = matchDocuments([...docs, doc('event', 'انسحاب التحالف')], 'التحالف');
    expect(all.article).toHaveLength(1);
    expect(all.event.map((d) => d.t)).toEqual(['انسحاب التحالف']);
  });
});
