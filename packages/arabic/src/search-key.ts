import { foldedCode, foldForSearch, IN_CONTEXT } from './fold.js';

const FNV_OFFSET = 0x811c9dc5 | 0;
const FNV_PRIME = 0x01000193;

/** The hash of the empty key, which {@link hashStep} extends one code unit at a time. */
export const EMPTY_HASH = FNV_OFFSET;

/** The hash of a key extended by one code unit (FNV-1a over UTF-16 code units). */
export function hashStep(hash: number, code: number): number {
  return Math.imul(hash ^ code, FNV_PRIME);
}

/** The hash of a whole key, as {@link hashStep} builds it from {@link EMPTY_HASH}. */
export function hashOf(key: string): number {
  let hash = EMPTY_HASH;
  for (let index = 0; index < key.length; index++) hash = hashStep(hash, key.charCodeAt(index));
  return hash;
}

/**
 * A reusable buffer holding the {@link foldForSearch} key of one word as UTF-16 code units, with its hash,
 * so that thousands of words can be looked up and compared without a string each.
 */
export class SearchKey {
  /** The key's code units; only the first {@link length} count. */
  codes = new Uint16Array(64);
  length = 0;
  /** {@link hashOf} the key. */
  hash = EMPTY_HASH;

  /** Doubles the buffer, keeping the code units in it. */
  grow(): void {
    const larger = new Uint16Array(this.codes.length * 2);
    larger.set(this.codes);
    this.codes = larger;
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
    let hash = EMPTY_HASH;
    for (let index = start; index < end; index++) {
      const folded = foldedCode(text.charCodeAt(index));
      if (folded >= 0) {
        codes[length++] = folded;
        hash = hashStep(hash, folded);
      } else if (folded === IN_CONTEXT) {
        this.set(foldForSearch(text.slice(start, end)));
        return;
      }
    }
    this.length = length;
    this.hash = hash;
  }

  /** Sets the buffer to `key`, hashed. */
  set(key: string): void {
    while (this.codes.length < key.length) this.grow();
    for (let index = 0; index < key.length; index++) this.codes[index] = key.charCodeAt(index);
    this.length = key.length;
    this.hash = hashOf(key);
  }

  /** {@link hashOf} the key from its code unit `from` on, after `prefix` when given. */
  hashFrom(from: number, prefix?: number): number {
    let hash = prefix === undefined ? EMPTY_HASH : hashStep(EMPTY_HASH, prefix);
    for (let index = from; index < this.length; index++) hash = hashStep(hash, this.codes[index] ?? 0);
    return hash;
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
