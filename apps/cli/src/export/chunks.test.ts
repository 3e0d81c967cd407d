import { describe, expect, it } from 'vitest';
import { chunked, jsonArray } from './chunks.js';

describe('chunked', () => {
  it('joins pieces into chunks of at least 64 KiB, the last one shorter, losing and reordering nothing', () => {
    const pieces = Array.from({ length: 20_000 }, (_, index) => `row ${index}\r\n`);
    const chunks = [...chunked(pieces)];
    expect(chunks.join('')).toBe(pieces.join(''));
    expect(chunks.length).toBeGreaterThan(1);
    for (const chunk of chunks.slice(0, -1)) expect(chunk.length).toBeGreaterThanOrEqual(64 * 1024);
    expect(chunks.at(-1)!.length).toBeLessThan(64 * 1024);
  });

  it('gives nothing for nothing', () => {
    expect([...chunked([])]).toEqual([]);
  });
});

describe('jsonArray', () => {
  it('writes an array JSON.parse reads back, one element per line', () => {
    const items = [{ a: 1 }, 'two', [3]];
    const text = [...jsonArray(items)].join('');
    expect(JSON.parse(text)).toEqual(items);
    expect(text.split('\n')).toHaveLength(items.length + 2);
    expect(JSON.parse([...jsonArray([])].join(''))).toEqual([]);
  });
});
