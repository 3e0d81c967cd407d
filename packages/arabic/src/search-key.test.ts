import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldByRules, foldForSearch } from './fold.js';
import { hashOf, SearchKey } from './search-key.js';

/** The key the buffer holds, as a string. */
const keyOf = (key: SearchKey) => String.fromCharCode(...key.codes.subarray(0, key.length));

function folded(text: string, start = 0, end = text.length): SearchKey {
  const key = new SearchKey();
  key.fold(text, start, end);
  return key;
}

describe('SearchKey', () => {
  it('holds foldForSearch of a range of the text, with the hashes of the key and of its tails', () => {
    const text = 'قال وَالسُّوداني';
    const key = folded(text, 4);
    expect(keyOf(key)).toBe('والسوداني');
    expect(key.hash).toBe(hashOf('والسوداني'));
    expect(key.hashFrom(1)).toBe(hashOf('السوداني'));
    expect(key.hashFrom(2, 0x0627)).toBe(hashOf('السوداني'));
  });

  it('folds words of other scripts and presentation forms through foldForSearch itself', () => {
    expect(keyOf(folded('ΟΔΟΣ'))).toBe(foldForSearch('ΟΔΟΣ'));
    expect(keyOf(folded('ﷺ'))).toBe(foldForSearch('ﷺ'));
    expect(keyOf(folded('ﺍﻟﻌﺮﺍﻕ'))).toBe('العراق');
    expect(folded('ﺍﻟﻌﺮﺍﻕ').hashFrom(1)).toBe(hashOf('لعراق'));
  });

  it('agrees with the folding rules and hashOf on any text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 12 }), (text) => {
        const key = folded(text);
        const expected = foldByRules(text);
        expect(keyOf(key)).toBe(expected);
        expect([key.hash, key.hashFrom(1), key.hashFrom(2, 0x0627)]).toEqual([
          hashOf(expected),
          hashOf(expected.slice(1)),
          hashOf(`ا${expected.slice(2)}`),
        ]);
      }),
    );
  });

  it('grows for a long word and is reused for the next one', () => {
    const key = new SearchKey();
    const long = 'ب'.repeat(500);
    key.fold(long, 0, long.length);
    expect(keyOf(key)).toBe(long);
    key.fold('x Abc', 2, 5);
    expect(keyOf(key)).toBe('abc');
  });

  it('compares a tail of the key, after an optional prefix, with a string', () => {
    const key = folded('للسوداني');
    expect(key.equals('للسوداني')).toBe(true);
    expect(key.equals('لسوداني', 1)).toBe(true);
    expect(key.equals('السوداني', 1, 0x0627)).toBe(true);
    expect(key.equals('السوداني', 1)).toBe(false);
    expect(key.equals('لسودان', 1)).toBe(false);
    expect(key.equals('ﻻسوداني', 1, 0x0627)).toBe(false);
    expect([key.at(0), key.at(8)]).toEqual([0x0644, 0]);
  });
});
