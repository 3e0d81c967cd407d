import { hashOf, type SearchKey } from './search-key.js';

/**
 * A map from search keys to values that is looked up by the hash and the code units of a key held in a
 * {@link SearchKey} buffer, so that looking up every word of a text builds no string. Open addressing
 * over typed arrays; a hash that collides is told apart by comparing the code units.
 */
export class KeyIndex<T> {
  private readonly keys: string[] = [];
  private readonly hashes: number[] = [];
  private readonly stored: T[] = [];
  /** Entry number plus one per slot, 0 for an empty slot; the size is a power of two. */
  private slots = new Int32Array(16);

  /** The value stored for `key`, if any. */
  get(key: string): T | undefined {
    const hash = hashOf(key);
    const mask = this.slots.length - 1;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const entry = (this.slots[slot] ?? 0) - 1;
      if (entry < 0) return undefined;
      if (this.hashes[entry] === hash && this.keys[entry] === key) return this.stored[entry];
    }
  }

  /** Stores `value` for `key`, which must not be stored yet (check with {@link get}). */
  add(key: string, value: T): void {
    // At most a quarter full, so that a word that is no key (most words) ends its probe at once.
    if (4 * (this.keys.length + 1) > this.slots.length) this.grow();
    this.keys.push(key);
    this.hashes.push(hashOf(key));
    this.stored.push(value);
    this.place(this.keys.length - 1);
  }

  /** Every value stored, in the order added. */
  values(): readonly T[] {
    return this.stored;
  }

  /**
   * The value stored for the key spelled by `word`'s code units from `from` to its end, after `prefix`
   * when given; `hash` is that key's hash ({@link SearchKey.hashFrom}).
   */
  find(hash: number, word: SearchKey, from: number, prefix?: number): T | undefined {
    const mask = this.slots.length - 1;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const entry = (this.slots[slot] ?? 0) - 1;
      if (entry < 0) return undefined;
      if (this.hashes[entry] === hash && word.equals(this.keys[entry] ?? '', from, prefix)) {
        return this.stored[entry];
      }
    }
  }

  private place(entry: number): void {
    const mask = this.slots.length - 1;
    let slot = (this.hashes[entry] ?? 0) & mask;
    while (this.slots[slot] !== 0) slot = (slot + 1) & mask;
    this.slots[slot] = entry + 1;
  }

  private grow(): void {
    this.slots = new Int32Array(this.slots.length * 2);
    for (let entry = 0; entry < this.keys.length; entry++) this.place(entry);
  }
}
