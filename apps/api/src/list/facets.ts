import { z } from '@hono/zod-openapi';

/** One value of a facet and how many items of the filtered list have it. */
export const FacetValue = z.object({ value: z.string(), count: z.int().min(1) }).meta({
  id: 'FacetValue',
  title: 'Facet value',
  description: 'A value and the number of items that have it.',
});
export type FacetValue = z.infer<typeof FacetValue>;

/** Counts per facet, keyed by facet name. */
export const Facets = z.record(z.string(), z.array(FacetValue)).meta({
  id: 'Facets',
  title: 'Facets',
  description:
    'For each facet asked for with `facets=`, the most frequent values over the whole filtered list (not just the page), most frequent first, at most 50.',
});
export type Facets = z.infer<typeof Facets>;

/** The values of one facet that an item has (none, one or several: an event has several actors). */
export type FacetOf<T> = (item: T) => Iterable<string>;

/** Values kept per facet. */
export const FACET_VALUES = 50;

/**
 * Counts the facets `names` over `items`; an item counts once per distinct value. Values are ordered by
 * count, then by value, and cut to {@link FACET_VALUES}.
 */
export function countFacets<T, N extends string>(
  items: readonly T[],
  names: readonly N[],
  facets: Record<N, FacetOf<T>>,
): Facets {
  const result: Facets = {};
  for (const name of names) {
    const counts = new Map<string, number>();
    for (const item of items) {
      for (const value of new Set(facets[name](item))) counts.set(value, (counts.get(value) ?? 0) + 1);
    }
    result[name] = [...counts]
      .map(([value, count]) => ({ value, count }))
      .sort((a, b) => b.count - a.count || (a.value < b.value ? -1 : a.value > b.value ? 1 : 0))
      .slice(0, FACET_VALUES);
  }
  return result;
}
