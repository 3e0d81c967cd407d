/** A list's sort position: compared element by element, strings by code unit, numbers numerically. */
export type SortKey = readonly (string | number)[];

/** Orders two sort keys; a key that is a prefix of the other comes first. */
export function compareKeys(a: SortKey, b: SortKey): number {
  const length = Math.min(a.length, b.length);
  for (let index = 0; index < length; index++) {
    const x = a[index]!;
    const y = b[index]!;
    if (x === y) continue;
    if (typeof x === 'number' && typeof y === 'number') return x - y;
    return String(x) < String(y) ? -1 : 1;
  }
  return a.length - b.length;
}

/** `items` sorted by `keyOf`, computing each key once. */
export function sortByKey<T>(items: readonly T[], keyOf: (item: T) => SortKey): T[] {
  return items
    .map((item) => ({ item, key: keyOf(item) }))
    .sort((a, b) => compareKeys(a.key, b.key))
    .map(({ item }) => item);
}
