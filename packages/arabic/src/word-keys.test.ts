import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldByRules } from './fold.js';
import { hashOf, SearchKey } from './search-key.js';
import { scanWords } from './tokenize.js';
import { scanWordKeys } from './word-keys.js';

/** Each word `scanWordKeys` visits, with the key and hash it holds for the word. */
function wordKeys(text: string): [number, number, string, number][] {
  const key = new SearchKey();
  const found: [number, number, string, number][] = [];
  scanWordKeys(text, key, (start, end) => {
    found.push([start, end, String.fromCharCode(...key.codes.subarray(0, key.length)), key.hash]);
  });
  return found;
}

/** The same from the tokenizer and the folding rules. */
function expected(text: string): [number, number, string, number][] {
  const found: [number, number, string, number][] = [];
  scanWords(text, (start, end) => {
    const key = foldByRules(text.slice(start, end));
    found.push([start, end, key, hashOf(key)]);
  });
  return found;
}

describe('scanWordKeys', () => {
  it('visits each word with its folded key, through joiners, possessives and presentation forms', () => {
    const text = "قال وَالسُّوداني، Al-Sudani's ﷲ Kata’ib F-16 2023-2024 می‌خواهم 𝐀𝐁 ΟΔΟΣ";
    expect(wordKeys(text).map(([start, end, key]) => [text.slice(start, end), key])).toEqual([
      ['قال', 'قال'],
      ['وَالسُّوداني', 'والسوداني'],
      ['Al-Sudani', 'al-sudani'],
      ['ﷲ', 'الله'],
      ['Kata’ib', "kata'ib"],
      ['F-16', 'f-16'],
      ['2023', '2023'],
      ['2024', '2024'],
      ['می‌خواهم', 'می‌خواهم'],
      ['𝐀𝐁', '𝐀𝐁'.toLowerCase()],
      ['ΟΔΟΣ', 'οδος'],
    ]);
  });

  it('finds the words of the tokenizer with the keys of the folding rules, on any text', () => {
    const unit = fc.oneof(
      fc.integer({ min: 0x0600, max: 0x06ff }).map((code) => String.fromCharCode(code)),
      fc.constantFrom('a', 'S', 's', 'é', 'İ', 'Σ', '\u0301', 'ـ', '١', '𝐀', '😀', 'ﻻ', '\ud800'),
      fc.constantFrom("'", '’', '‘', '-', '‑', '\u200c', ' ', '\n', '،', '.'),
      fc.string({ unit: 'binary', maxLength: 2 }),
    );
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 30 }), (text) => {
        expect(wordKeys(text)).toEqual(expected(text));
      }),
      { numRuns: 2000 },
    );
  });
});
