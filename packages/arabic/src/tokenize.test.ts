import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Token, tokenize } from './tokenize.js';

const texts = (text: string) => tokenize(text).map((token) => token.text);

describe('tokenize', () => {
  it('splits a mixed Arabic and Latin sentence with offsets into the original', () => {
    const text = 'قاعدة Ain al-Asad الجوية';
    const tokens = tokenize(text);
    expect(tokens).toEqual([
      { text: 'قاعدة', start: 0, end: 5 },
      { text: 'Ain', start: 6, end: 9 },
      { text: 'al-Asad', start: 10, end: 17 },
      { text: 'الجوية', start: 18, end: 24 },
    ]);
    for (const token of tokens) expect(text.slice(token.start, token.end)).toBe(token.text);
  });

  it('keeps harakat, shadda and tatweel inside the word, offsets included', () => {
    const text = 'رئيس الوزراء السُّودانيّ والســوداني';
    const [, , vocalised, stretched] = tokenize(text);
    expect(vocalised).toEqual({ text: 'السُّودانيّ', start: 13, end: 24 });
    expect(stretched).toEqual({ text: 'والســوداني', start: 25, end: 36 });
  });

  it('keeps clitics attached to their word', () => {
    expect(texts('وبالقوات للسوداني')).toEqual(['وبالقوات', 'للسوداني']);
  });

  it('splits on Arabic punctuation', () => {
    expect(texts('بغداد،أربيل؛الأنبار؟«الحشد»')).toEqual(['بغداد', 'أربيل', 'الأنبار', 'الحشد']);
  });

  it('keeps Arabic-Indic and Persian numbers as tokens', () => {
    expect(texts('عام ٢٠٢٤ و۲۰۲۳')).toEqual(['عام', '٢٠٢٤', 'و۲۰۲۳']);
  });

  it('joins hyphenated and apostrophised Latin words', () => {
    expect(texts("al-Sudani Kata'ib Kata’ib Ba‘th F-16")).toEqual([
      'al-Sudani',
      "Kata'ib",
      'Kata’ib',
      'Ba‘th',
      'F-16',
    ]);
  });

  it('splits hyphens between numbers or Arabic words and outside words', () => {
    expect(texts('2023-2024 الشرق-الأوسط -al- x - y')).toEqual([
      '2023',
      '2024',
      'الشرق',
      'الأوسط',
      'al',
      'x',
      'y',
    ]);
  });

  it('leaves an English possessive out of the name', () => {
    const tokens = tokenize("Iraq's government and Sudani’s");
    expect(tokens.map((token) => token.text)).toEqual(['Iraq', 'government', 'and', 'Sudani']);
    expect(tokens[0]).toEqual({ text: 'Iraq', start: 0, end: 4 });
  });

  it('keeps zero-width non-joiners inside Persian words', () => {
    expect(texts('می‌خواهم بروم')).toEqual(['می‌خواهم', 'بروم']);
  });

  it('splits on Markdown punctuation and keeps presentation forms as letters', () => {
    expect(texts('**السوداني** [ﷲ](x) # ﻻ')).toEqual(['السوداني', 'ﷲ', 'x', 'ﻻ']);
  });

  it('returns nothing for text without letters or digits', () => {
    expect(tokenize('')).toEqual([]);
    expect(tokenize(' ،؛ — ... ')).toEqual([]);
  });

  it('counts offsets in UTF-16 code units around astral characters', () => {
    const text = '😀 السوداني';
    expect(tokenize(text)).toEqual([{ text: 'السوداني', start: 3, end: 11 }]);
  });

  it('finds the same words as the one-regex definition of a word, on any text', () => {
    // The rules of the doc comment written as one regular expression: the specification the scanner
    // implements character by character.
    const run = String.raw`[\p{L}\p{M}\p{N}]+`;
    const afterLatin = String.raw`(?<=\p{Script=Latin}\p{M}*)`;
    const apostrophe = String.raw`${afterLatin}['‘’](?![sS](?![\p{L}\p{M}\p{N}]))(?=\p{Script=Latin})`;
    const hyphen = String.raw`(?:${afterLatin}[\-‐‑](?=[\p{Script=Latin}\p{Nd}])|(?<=\p{Nd})[\-‐‑](?=\p{Script=Latin}))`;
    const word = new RegExp(
      String.raw`(${run}(?:(?:${apostrophe}|${hyphen}|[\u200C\u200D])${run})*)(?:['’][sS](?![\p{L}\p{M}\p{N}]))?`,
      'gu',
    );
    const specified = (text: string): Token[] =>
      [...text.matchAll(word)].map((match) => {
        const found = match[1] ?? '';
        return { text: found, start: match.index, end: match.index + found.length };
      });
    const unit = fc.oneof(
      fc.constantFrom('a', 'S', 's', 'é', 'İ', 'ß', '\u0301', '\u0651', 'ب', 'ـ', '١', '7', '𝟕', '𝐀', '😀'),
      fc.constantFrom("'", '‘', '’', '-', '‐', '‑', '\u200c', '\u200d', ' ', '،', '.', '\ud800', '\udc00'),
      fc.string({ unit: 'binary', maxLength: 2 }),
    );
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 30 }), (text) => {
        expect(tokenize(text)).toEqual(specified(text));
      }),
      { numRuns: 2000 },
    );
  });
});
