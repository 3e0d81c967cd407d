import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createIndexTerms } from './index-terms.js';
import { searchTerms } from './search-terms.js';

const indexTerms = createIndexTerms();

describe('createIndexTerms', () => {
  it('gives what searchTerms gives for the whole text', () => {
    const text =
      "وَالقُوّاتُ الأمريكية، بالقوات ﷺ Kata’ib al-Sudani’s F-16 ٢٠٢٤ 2023-2024 Iraq's می‌خواهم — والقوات الأمريكية";
    expect(indexTerms(text)).toBe(searchTerms(text).join(' '));
    expect(indexTerms('')).toBe('');
  });

  it('agrees with searchTerms on any text, words seen before or not', () => {
    const letters = fc.constantFrom(
      ..."اأإآبتةثجحخدذرزسشصضطظعغفقكلمنهويىئؤء ًٌٍَُِّْـ abcXYZ-'’0١٢ .،؟\u200cﷺ".split(''),
    );
    fc.assert(
      fc.property(
        fc.array(letters, { maxLength: 60 }).map((chars) => chars.join('')),
        (text) => {
          expect(indexTerms(text)).toBe(searchTerms(text).join(' '));
        },
      ),
      { numRuns: 2000 },
    );
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 40 }), (text) => {
        expect(indexTerms(text)).toBe(searchTerms(text).join(' '));
      }),
      { numRuns: 2000 },
    );
  });
});
