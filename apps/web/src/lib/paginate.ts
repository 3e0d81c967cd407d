/** One page of a paginated list. */
export interface ListPage<T> {
  items: T[];
  /** 1-based. */
  page: number;
  pageCount: number;
}

/** Splits a list into pages of `size` (at least one page, even when the list is empty). */
export function paginate<T>(items: readonly T[], size: number): ListPage<T>[] {
  if (!Number.isInteger(size) || size < 1)
    throw new RangeError(`page size must be a positive integer, got ${size}`);
  const pageCount = Math.max(1, Math.ceil(items.length / size));
  return Array.from({ length: pageCount }, (_, index) => ({
    items: items.slice(index * size, (index + 1) * size),
    page: index + 1,
    pageCount,
  }));
}
