import { describe, expect, it } from 'vitest';
import { readingTime, WORDS_PER_MINUTE } from './reading-time.js';

const words = (word: string, count: number) => Array.from({ length: count }, () => word).join(' ');

describe('readingTime', () => {
  it('reads Arabic-majority text at 180 words per minute', () => {
    expect(WORDS_PER_MINUTE.arabic).toBe(180);
    expect(readingTime(words('القوات', 180))).toEqual({ words: 180, minutes: 1 });
    expect(readingTime(words('القوات', 181))).toEqual({ words: 181, minutes: 2 });
  });

  it('reads other text at 230 words per minute', () => {
    expect(readingTime(words('forces', 230))).toEqual({ words: 230, minutes: 1 });
    expect(readingTime(words('forces', 231))).toEqual({ words: 231, minutes: 2 });
  });

  it('decides by the script of the prose, not of link destinations', () => {
    const arabicWithLinks = words('[القوات](https://example.org/a-long-english-path-segment)', 181);
    expect(readingTime(arabicWithLinks)).toEqual({ words: 181, minutes: 2 });
  });

  it('takes at least a minute for any words and none for no words', () => {
    expect(readingTime('السوداني')).toEqual({ words: 1, minutes: 1 });
    expect(readingTime('  ')).toEqual({ words: 0, minutes: 0 });
  });

  it('accepts a custom speed and rejects a meaningless one', () => {
    expect(readingTime(words('forces', 1000), { wordsPerMinute: 200 })).toEqual({ words: 1000, minutes: 5 });
    expect(() => readingTime('x', { wordsPerMinute: 0 })).toThrow(RangeError);
    expect(() => readingTime('x', { wordsPerMinute: Number.NaN })).toThrow(/positive number, got NaN/);
  });
});
