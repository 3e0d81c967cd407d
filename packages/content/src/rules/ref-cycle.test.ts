import { describe, expect, it } from 'vitest';
import { loopAt } from './ref-cycle.js';

/** `loopAt` asked of every id of a chain written as `{ id: next }`, in id order as the rule asks. */
const loops = (links: Record<string, string>) =>
  Object.keys(links)
    .sort()
    .flatMap((id) => {
      const loop = loopAt(id, (link) => links[link] || undefined);
      return loop ? [loop] : [];
    });

describe('loopAt', () => {
  it('finds none in chains that end', () => {
    expect(loops({ runway: 'base', base: 'anbar', anbar: 'iraq', iraq: '' })).toEqual([]);
  });

  it('finds none when a chain ends at an id that is not in it', () => {
    expect(loops({ anbar: 'iraq' })).toEqual([]);
  });

  it('gives a loop once, starting at its id that sorts first', () => {
    expect(loops({ iraq: 'anbar', anbar: 'iraq' })).toEqual([['anbar', 'iraq']]);
    expect(loopAt('iraq', (id) => ({ iraq: 'anbar', anbar: 'iraq' })[id])).toBeUndefined();
    expect(loops({ c: 'a', a: 'b', b: 'c' })).toEqual([['a', 'b', 'c']]);
    expect(loops({ z: 'y', y: 'x', x: 'z' })).toEqual([['x', 'z', 'y']]);
  });

  it('gives a self-reference as a loop of one', () => {
    expect(loops({ baghdad: 'baghdad' })).toEqual([['baghdad']]);
  });

  it('does not count the entries that lead into a loop', () => {
    expect(loops({ a: 'b', b: 'c', c: 'b', d: 'a' })).toEqual([['b', 'c']]);
  });

  it('finds every separate loop', () => {
    expect(loops({ a: 'b', b: 'a', c: 'c', d: 'e', e: 'f', f: 'd', g: 'a' })).toEqual([
      ['a', 'b'],
      ['c'],
      ['d', 'e', 'f'],
    ]);
  });
});
