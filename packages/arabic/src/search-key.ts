import { foldedCode, foldForSearch, IN_CONTEXT } from './fold.js';

const FNV_OFFSET = 0x811c9dc5 | 0;
const FNV_PRIME = 0x01000193;

/**
 * One step of the hash of a key read from its last code unit to its first (FNV-1a over UTF-16 code
 * units). Read backwards, the hash of every suffix of a key comes out of one pass, and the hash of a
 * letter followed by a suffix is one more step.
 */
export function hashStep(hash: number, code: number): number {
  return Math.imul(hash ^ code, FNV_PRIME);
}

/** The hash of a whole key, as {@link hashStep} builds it from {@link FNV_OFFSET}. */
export function hashOf(key: string): number {
  let hash = FNV_OFFSET;
  for (let index = key.length - 1; index >= 0; index--) hash = hashStep(hash, key.charCodeAt(index));
  return hash;
}

/**
 * A reusable buffer holding the {@link foldForSearch} key of one word as UTF-16 code units, with its
 * hashes, so that thousands of words can be looked up and compared without a string each.
 */
export class SearchKey {
  /** The key's code units; only the first {@link length} count. */
  codes = new Uint16Array(64);
  length = 0;
  /** {@link hashOf} the key, once {@link seal} has run. */
  hash = FNV_OFFSET;
  /** {@link hashOf} the key without its first code unit, and without its first two. */
  hashAfterOne = FNV_OFFSET;
  hashAfterTwo = FNV_OFFSET;

  /** Doubles the buffer, keeping the code units in it. */
  grow(): void {
    const larger = new Uint16Array(this.codes.length * 2);
    larger.set(this.codes);
    this.codes = larger;
  }

  /**
   * Computes the hashes of the code units in the buffer, from the last to the first, so that the hashes
   * of the key without its first one or two code units come out of the same pass.
   */
  seal(): void {
    const codes = this.codes;
    let hash = FNV_OFFSET;
    let hashAfterOne = hash;
    let hashAfterTwo = hash;
    for (let index = this.length - 1; index >= 0; index--) {
      hashAfterTwo = hashAfterOne;
      hashAfterOne = hash;
      hash = hashStep(hash, codes[index] ?? 0);
    }
    this.hash = hash;
    this.hashAfterOne = hashAfterOne;
    this.hashAfterTwo = hashAfterTwo;
  }

  /**
   * Sets the buffer to `foldForSearch(text.slice(start, end))`, hashed. Words of Latin, Cyrillic, Hebrew
   * and Arabic letters are folded one code unit at a time through {@link foldedCode}; any other word goes
   * through foldForSearch.
   */
  fold(text: string, start: number, end: number): void {
    while (this.codes.length < end - start) this.grow();
    const codes = this.codes;
    let length = 0;
    for (let index = start; index < end; index++) {
      const folded = foldedCode(text.charCodeAt(index));
      if (folded >= 0) codes[length++] = folded;
      else if (folded === IN_CONTEXT) {
        this.set(foldForSearch(text.slice(start, end)));
        return;
      }
    }
    this.length = length;
    this.seal();
  }

  /** Sets the buffer to `key`, hashed. */
  set(key: string): void {
    while (this.codes.length < key.length) this.grow();
    for (let index = 0; index < key.length; index++) this.codes[index] = key.charCodeAt(index);
    this.length = key.length;
    this.seal();
  }

  /** The key's code unit at `index`; 0 past its end. */
  at(index: number): number {
    return index < this.length ? (this.codes[index] ?? 0) : 0;
  }

  /** Whether the key from its code unit `from` on, after `prefix` when given, spells `key`. */
  equals(key: string, from = 0, prefix?: number): boolean {
    const offset = prefix === undefined ? 0 : 1;
    if (key.length !== this.length - from + offset) return false;
    if (prefix !== undefined && key.charCodeAt(0) !== prefix) return false;
    const shift = from - offset;
    for (let index = offset; index < key.length; index++) {
      if (key.charCodeAt(index) !== this.codes[shift + index]) return false;
    }
    return true;
  }
}
