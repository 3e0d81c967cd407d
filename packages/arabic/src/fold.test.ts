import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldByRules, foldForSearch } from './fold.js';

// Mostly code units of the table, so that whole texts take the fast path, and now and then any other.
const tableOrAny = fc.oneof(
  { arbitrary: fc.integer({ min: 0, max: 0x6ff }).map((code) => String.fromCharCode(code)), weight: 8 },
  { arbitrary: fc.integer({ min: 0x2000, max: 0x201f }).map((code) => String.fromCharCode(code)), weight: 1 },
  { arbitrary: fc.string({ unit: 'binary', maxLength: 1 }), weight: 1 },
);

describe('foldForSearch', () => {
  it('normalises Arabic as normalizeArabic does', () => {
    expect(foldForSearch('الأمريكيّة ٢٠٢٤')).toBe('الامريكيه 2024');
  });

  it('lower-cases and strips diacritics from Latin letters', () => {
    expect(foldForSearch('Ḥizballāh')).toBe('hizballah');
    expect(foldForSearch('Erdoğan ÉCOLE Sūdānī')).toBe('erdogan ecole sudani');
  });

  it('strips combining marks typed after ASCII letters', () => {
    expect(foldForSearch('Cafe\u0301')).toBe('cafe');
  });

  it('keeps marks that carry meaning in other scripts', () => {
    expect(foldForSearch('हिंदी')).toBe('हिंदी');
    expect(foldForSearch('שָׁלוֹם')).toBe('שָׁלוֹם');
  });

  it('folds typographic apostrophes and hyphens to their ASCII forms', () => {
    expect(foldForSearch('Kata’ib al‑Sudani')).toBe("kata'ib al-sudani");
  });

  it('keeps letters without a decomposition', () => {
    expect(foldForSearch('Ørsted Straße')).toBe('ørsted straße');
  });

  it('folds every code unit of its table as the rules do, beside any neighbour', () => {
    const neighbours = ['a', 'Z', 'é', 'İ', 'Σ', 'ب', 'ـ', '\u064e', '\u06d6', '\u0301', '٣', '’', '\u200c'];
    const failures: string[] = [];
    for (const [first, last] of [
      [0, 0x6ff],
      [0x2000, 0x201f],
    ] as const) {
      for (let code = first; code <= last; code++) {
        const char = String.fromCharCode(code);
        for (const text of [char, ...neighbours.flatMap((other) => [other + char, char + other])]) {
          if (foldForSearch(text) !== foldByRules(text)) failures.push(JSON.stringify(text));
        }
      }
    }
    expect(failures).toEqual([]);
  });

  it('gives the key the rules give, on any text', () => {
    fc.assert(
      fc.property(fc.string({ unit: tableOrAny, maxLength: 16 }), (text) => {
        expect(foldForSearch(text)).toBe(foldByRules(text));
      }),
    );
  });
});
