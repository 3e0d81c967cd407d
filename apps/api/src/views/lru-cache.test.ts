import { describe, expect, it } from 'vitest';
import { LruCache } from './lru-cache.js';

describe('LruCache', () => {
  const cache = () => new LruCache<string, string>({ maxWeight: 10, weigh: (value) => value.length });

  it('drops the least recently used entries once over its weight', () => {
    const lru = cache();
    lru.set('a', 'aaaa');
    lru.set('b', 'bbbb');
    expect(lru.get('a')).toBe('aaaa'); // a is now more recent than b
    lru.set('c', 'cccc');
    expect(lru.get('b')).toBeUndefined();
    expect(lru.get('a')).toBe('aaaa');
    expect(lru.get('c')).toBe('cccc');
    expect(lru.weight).toBe(8);
  });

  it('replaces an entry without counting it twice, and never keeps one heavier than the bound', () => {
    const lru = cache();
    lru.set('a', 'aaaa');
    lru.set('a', 'aaaaaa');
    expect(lru.weight).toBe(6);
    lru.set('huge', 'x'.repeat(11));
    expect(lru.get('huge')).toBeUndefined();
    expect(lru.size).toBe(1);
  });
});
