import { describe, expect, it } from 'vitest';
import { KeyIndex } from './key-index.js';
import { hashOf, SearchKey } from './search-key.js';

function keyOf(text: string): SearchKey {
  const key = new SearchKey();
  key.fold(text, 0, text.length);
  return key;
}

describe('KeyIndex', () => {
  it('finds a value by key, and by a word held in a SearchKey, from any offset and after a prefix', () => {
    const index = new KeyIndex<string>();
    index.add('السوداني', 'al-sudani');
    expect(index.get('السوداني')).toBe('al-sudani');
    expect(index.get('سوداني')).toBeUndefined();
    const word = keyOf('والسُّوداني');
    expect(index.find(word.hashFrom(1), word, 1)).toBe('al-sudani');
    expect(index.find(word.hash, word, 0)).toBeUndefined();
    const withLam = keyOf('للسوداني');
    expect(index.find(withLam.hashFrom(1, 0x0627), withLam, 1, 0x0627)).toBe('al-sudani');
  });

  it('keeps thousands of keys apart and finds each, in the order added', () => {
    const index = new KeyIndex<number>();
    const keys = Array.from({ length: 5000 }, (_, i) => `اسم${i}`);
    keys.forEach((key, i) => {
      index.add(key, i);
    });
    expect(keys.every((key, i) => index.get(key) === i && index.find(hashOf(key), keyOf(key), 0) === i)).toBe(
      true,
    );
    expect(index.get('اسم5000')).toBeUndefined();
    expect(index.values()).toEqual(keys.map((_, i) => i));
  });

  it('tells apart keys whose hashes collide by their code units', () => {
    const index = new KeyIndex<string>();
    index.add('ab', 'first');
    index.add('cd', 'second');
    const word = keyOf('cd');
    // A word whose hash is that of 'ab' but whose letters are those of 'cd' finds nothing under 'ab'.
    expect(index.find(hashOf('ab'), word, 0)).toBeUndefined();
    expect(index.find(hashOf('cd'), word, 0)).toBe('second');
  });
});
