import { encodeCursor } from './cursor.js';
import { compareKeys, type SortKey } from './sort-key.js';

/** One page of a list, with the cursor of the next page (`null` on the last). */
export interface Page<T> {
  items: T[];
  next: string | null;
  /** Items in the whole filtered list. */
  total: number;
}

/**
 * The page of `sorted` (ascending by `keyOf`) that starts after the item with key `after`: keyset
 * pagination, so a page never repeats or skips items even if the list is read across content updates.
 */
export function paginate<T>(
  sorted: readonly T[],
  keyOf: (item: T) => SortKey,
  options: { after?: SortKey | undefined; limit: number },
): Page<T> {
  let start = 0;
  if (options.after !== undefined) {
    let high = sorted.length;
    while (start < high) {
      const middle = (start + high) >>> 1;
      if (compareKeys(keyOf(sorted[middle]!), options.after) <= 0) start = middle + 1;
      else high = middle;
    }
  }
  const items = sorted.slice(start, start + options.limit);
  const last = items.at(-1);
  const more = start + options.limit < sorted.length;
  return { items, next: more && last !== undefined ? encodeCursor(keyOf(last)) : null, total: sorted.length };
}
