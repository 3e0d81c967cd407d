/**
 * A map that forgets its least recently used entries once their total weight passes `maxWeight`.
 * Weight is whatever the caller measures (bytes of rendered HTML here).
 */
export class LruCache<K, V> {
  readonly #entries = new Map<K, { value: V; weight: number }>();
  readonly #maxWeight: number;
  readonly #weigh: (value: V) => number;
  #weight = 0;

  constructor(options: { maxWeight: number; weigh: (value: V) => number }) {
    this.#maxWeight = options.maxWeight;
    this.#weigh = options.weigh;
  }

  get(key: K): V | undefined {
    const entry = this.#entries.get(key);
    if (entry === undefined) return undefined;
    // A Map iterates in insertion order: re-inserting marks the entry as the most recently used.
    this.#entries.delete(key);
    this.#entries.set(key, entry);
    return entry.value;
  }

  set(key: K, value: V): void {
    const old = this.#entries.get(key);
    if (old) {
      this.#weight -= old.weight;
      this.#entries.delete(key);
    }
    const weight = this.#weigh(value);
    if (weight > this.#maxWeight) return;
    this.#entries.set(key, { value, weight });
    this.#weight += weight;
    for (const [oldest, entry] of this.#entries) {
      if (this.#weight <= this.#maxWeight) break;
      this.#entries.delete(oldest);
      this.#weight -= entry.weight;
    }
  }

  /** Entries held. */
  get size(): number {
    return this.#entries.size;
  }

  /** Total weight held. */
  get weight(): number {
    return this.#weight;
  }
}
