import { describe, expect, it } from 'vitest';
import { decodeCursor, encodeCursor } from './cursor.js';
import { countFacets, FACET_VALUES } from './facets.js';
import { pickFields } from './fields.js';
import { paginate } from './paginate.js';
import { compareKeys, sortByKey } from './sort-key.js';

describe('cursors', () => {
  it('round-trip a sort key of the expected shape', () => {
    const key = ['2024-01-04', 'ضربة', 12.5];
    expect(decodeCursor(encodeCursor(key), ['string', 'string', 'number'])).toEqual(key);
  });

  it.each([
    ['not base64url!', ['string']],
    [Buffer.from('not json').toString('base64url'), ['string']],
    [encodeCursor(['a', 'b']), ['string']],
    [encodeCursor([1]), ['string']],
    [Buffer.from('{"k":1}').toString('base64url'), ['string']],
    [Buffer.from('[null]').toString('base64url'), ['number']],
  ] as const)('rejects %s for shape %j', (text, shape) => {
    expect(decodeCursor(text, shape)).toBeUndefined();
  });
});

describe('paginate', () => {
  const items = Array.from({ length: 7 }, (_, index) => ({ id: `item-${index}` }));
  const keyOf = (item: { id: string }) => [item.id];

  it('walks the list page by page, each item once', () => {
    const seen: string[] = [];
    let after: readonly (string | number)[] | undefined;
    for (let page = 0; page < 5; page++) {
      const result = paginate(items, keyOf, { after, limit: 3 });
      expect(result.total).toBe(7);
      seen.push(...result.items.map((item) => item.id));
      if (result.next === null) break;
      after = decodeCursor(result.next, ['string']);
    }
    expect(seen).toEqual(items.map((item) => item.id));
  });

  it('starts after the cursor key even when that item is gone', () => {
    const page = paginate(items, keyOf, { after: ['item-2x'], limit: 2 });
    expect(page.items.map((item) => item.id)).toEqual(['item-3', 'item-4']);
  });

  it('has no next page when the list ends exactly at the page end', () => {
    expect(paginate(items, keyOf, { limit: 7 }).next).toBeNull();
    expect(paginate([], keyOf, { limit: 3 })).toEqual({ items: [], next: null, total: 0 });
  });
});

describe('sort keys', () => {
  it('compare numbers numerically, strings by code unit, and prefixes first', () => {
    expect(compareKeys([2], [10])).toBeLessThan(0);
    expect(compareKeys(['10'], ['2'])).toBeLessThan(0);
    expect(compareKeys(['a'], ['a', 'b'])).toBeLessThan(0);
    expect(sortByKey([{ n: 3 }, { n: -1 }, { n: 2 }], (item) => [item.n]).map((item) => item.n)).toEqual([
      -1, 2, 3,
    ]);
  });
});

describe('facets and fields', () => {
  it('count each value once per item, most frequent first, then by value, cut to the limit', () => {
    const items = [{ tags: ['b', 'a', 'a'] }, { tags: ['b'] }, { tags: ['c'] }];
    const facets = countFacets(items, ['tag'], { tag: (item) => item.tags });
    expect(facets.tag).toEqual([
      { value: 'b', count: 2 },
      { value: 'a', count: 1 },
      { value: 'c', count: 1 },
    ]);
    const many = Array.from({ length: FACET_VALUES + 5 }, (_, index) => ({ tags: [`t${index}`] }));
    expect(countFacets(many, ['tag'], { tag: (item) => item.tags }).tag).toHaveLength(FACET_VALUES);
  });

  it('trim an item to the fields asked for, always with its id', () => {
    const item = { id: 'x', a: 1, b: undefined, c: 3 };
    expect(pickFields(item, ['c', 'b'])).toEqual({ id: 'x', c: 3 });
    expect(pickFields(item, undefined)).toBe(item);
  });
});
