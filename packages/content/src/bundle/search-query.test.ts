import { describe, expect, it } from 'vitest';
import { MAX_QUERY_TERMS, matchExpression, matchingTerm, parseQuery } from './search-query.js';

describe('parseQuery', () => {
  it('gives each word folded (for names) and stemmed (for text), the last one also as a prefix', () => {
    expect(parseQuery('القوات الأمريكية')).toEqual([
      { folded: ['القوات'], stemmed: ['قو'] },
      { folded: ['الامريكيه'], stemmed: ['امريك'], prefix: ['امريكيه'] },
    ]);
    expect(parseQuery('والقوات').at(-1)?.prefix).toEqual(['قوات']);
    expect(parseQuery('الامري').at(-1)).toEqual({ folded: ['الامري'], stemmed: ['امر'], prefix: ['امري'] });
  });

  it('splits joined Latin words the way the index does', () => {
    expect(parseQuery('al-Sudani')).toEqual([
      { folded: ['al', 'sudani'], stemmed: ['al', 'sudani'], prefix: ['al', 'sudani'] },
    ]);
  });

  it('keeps only words from FTS5 syntax', () => {
    expect(parseQuery('" OR * NEAR(')).toEqual([
      { folded: ['or'], stemmed: ['or'] },
      { folded: ['near'], stemmed: ['near'], prefix: ['near'] },
    ]);
    expect(parseQuery('"*" ( ) ^ :')).toEqual([]);
  });

  it(`keeps the first ${MAX_QUERY_TERMS} words`, () => {
    const terms = parseQuery(Array.from({ length: 40 }, (_, index) => `w${index}`).join(' '));
    expect(terms).toHaveLength(MAX_QUERY_TERMS);
    expect(terms.at(-1)).toMatchObject({
      folded: [`w${MAX_QUERY_TERMS - 1}`],
      prefix: [`w${MAX_QUERY_TERMS - 1}`],
    });
  });
});

describe('matchExpression', () => {
  it('quotes every term and asks for each as a name or as text, the last one also by prefix', () => {
    expect(matchExpression(parseQuery('or قوات'))).toBe(
      '({names} : "or" OR {title body} : "or") AND ' +
        '({names} : "قوات"* OR {title body} : "قو" OR {title body} : "قوات"*)',
    );
  });

  it('is undefined without terms', () => {
    expect(matchExpression([])).toBeUndefined();
  });
});

describe('matchingTerm', () => {
  const terms = parseQuery('الامريكيه قوات al-sudani');

  it('matches a word of the original text through folding and stemming', () => {
    expect(matchingTerm('الأمريكيّة', terms)).toBe(0);
    expect(matchingTerm('والقوات', terms)).toBe(1);
    expect(matchingTerm('Al-Sudani', terms)).toBe(2);
    expect(matchingTerm('السوداني', terms)).toBe(-1);
  });

  it('matches the last term as a prefix only, and never by a prefix of its stem', () => {
    const typed = parseQuery('قوات Sud');
    expect(matchingTerm('al-Sudani', typed)).toBe(1);
    expect(matchingTerm('القواعد', parseQuery('قوات'))).toBe(-1);
    expect(matchingTerm('القواعد', parseQuery('قوا'))).toBe(0);
    expect(matchingTerm('al-Sudani', parseQuery('sud iraq'))).toBe(-1);
  });
});
