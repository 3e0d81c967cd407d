import { inflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { deflateOnThread, deflateText } from './deflate-thread.js';

describe('deflateOnThread', () => {
  it('gives the bytes deflateText gives, in the order given, over several batches', async () => {
    // 150 texts: more than two batches of 64, each text different so an order mix-up shows.
    const texts = Array.from({ length: 150 }, (_, index) => `نص ${index} `.repeat(index + 1));
    const deflated = await deflateOnThread(texts);
    expect(deflated).toHaveLength(texts.length);
    deflated.forEach((bytes, index) => {
      expect(Buffer.from(bytes).equals(Buffer.from(deflateText(texts[index]!)))).toBe(true);
      expect(inflateRawSync(bytes).toString('utf8')).toBe(texts[index]);
    });
  });

  it('gives nothing for nothing without starting a thread', async () => {
    expect(await deflateOnThread([])).toEqual([]);
  });
});
