/**
 * A seeded pseudo-random source (sfc32, seeded through splitmix32), so the same seed always gives the
 * same corpus on every machine and Node version: `Math.random` cannot be seeded.
 */
export class Random {
  /** @param {number} seed any integer */
  constructor(seed) {
    let state = seed >>> 0;
    const splitmix = () => {
      state = (state + 0x9e3779b9) >>> 0;
      let z = state;
      z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
      z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
      return (z ^ (z >>> 16)) >>> 0;
    };
    this.a = splitmix();
    this.b = splitmix();
    this.c = splitmix();
    this.d = splitmix();
  }

  /** A float in [0, 1). */
  next() {
    const t = (((this.a + this.b) >>> 0) + this.d) >>> 0;
    this.d = (this.d + 1) >>> 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) >>> 0;
    this.c = ((this.c << 21) | (this.c >>> 11)) >>> 0;
    this.c = (this.c + t) >>> 0;
    return t / 4294967296;
  }

  /**
   * An integer in [min, max], both included.
   * @param {number} min
   * @param {number} max
   */
  int(min, max) {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  /**
   * True with probability `p`.
   * @param {number} p
   */
  chance(p) {
    return this.next() < p;
  }

  /**
   * One element of a non-empty list.
   * @template T
   * @param {readonly T[]} list
   * @returns {T}
   */
  pick(list) {
    if (list.length === 0) throw new RangeError('pick() needs a non-empty list');
    return /** @type {T} */ (list[Math.floor(this.next() * list.length)]);
  }

  /**
   * Up to `count` distinct elements of `list`, in random order.
   * @template T
   * @param {readonly T[]} list
   * @param {number} count
   * @returns {T[]}
   */
  sample(list, count) {
    const copy = [...list];
    const size = Math.min(count, copy.length);
    for (let i = 0; i < size; i++) {
      const j = i + Math.floor(this.next() * (copy.length - i));
      [copy[i], copy[j]] = [/** @type {T} */ (copy[j]), /** @type {T} */ (copy[i])];
    }
    return copy.slice(0, size);
  }

  /**
   * A key of `weights` drawn with probability proportional to its weight.
   * @template {string} K
   * @param {Readonly<Record<K, number>>} weights
   * @returns {K}
   */
  weighted(weights) {
    const entries = /** @type {[K, number][]} */ (Object.entries(weights));
    const total = entries.reduce((sum, [, weight]) => sum + weight, 0);
    let roll = this.next() * total;
    for (const [key, weight] of entries) {
      roll -= weight;
      if (roll < 0) return key;
    }
    return /** @type {[K, number]} */ (entries.at(-1))[0];
  }
}
