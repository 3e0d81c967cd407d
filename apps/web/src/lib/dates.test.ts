import { describe, expect, it } from 'vitest';
import { formatFuzzyDate, formatPublished } from './dates.js';

describe('formatFuzzyDate', () => {
  it('says an approximate month in words in both languages', () => {
    expect(formatFuzzyDate('2023-08~', 'ar')).toEqual({ text: 'أغسطس 2023 تقريبًا', datetime: '2023-08-01' });
    expect(formatFuzzyDate('2023-08~', 'en').text).toBe('around August 2023');
  });

  it('keeps each precision: year, day, and the written local time', () => {
    expect(formatFuzzyDate('2020', 'en').text).toBe('2020');
    expect(formatFuzzyDate('2024-01-04', 'ar').text).toBe('4 يناير 2024');
    expect(formatFuzzyDate('2024-01-04', 'en').text).toBe('4 January 2024');
    const timed = formatFuzzyDate('2024-01-04T11:45:00+03:00', 'en');
    expect(timed.text).toBe('4 January 2024 at 11:45');
    expect(timed.datetime).toBe('2024-01-04T11:45:00+03:00');
  });

  it('marks uncertain dates', () => {
    expect(formatFuzzyDate('2023?', 'en').text).toBe('2023 (uncertain)');
    expect(formatFuzzyDate('2023?', 'ar').text).toBe('2023 (غير مؤكد)');
  });

  it('reads intervals, open ends and unknown starts', () => {
    expect(formatFuzzyDate('2023-10-17/2024-01', 'en').text).toBe('17 October 2023 – January 2024');
    expect(formatFuzzyDate('2023-10-17/2024-01', 'ar').text).toBe('17 أكتوبر 2023 – يناير 2024');
    expect(formatFuzzyDate('2022-10-27/..', 'en')).toEqual({
      text: 'since 27 October 2022',
      datetime: '2022-10-27',
    });
    expect(formatFuzzyDate('../2019', 'ar').text).toBe('حتى 2019');
  });

  it('shows text that is not a fuzzy date as written', () => {
    expect(formatFuzzyDate('next spring', 'en')).toEqual({ text: 'next spring', datetime: undefined });
  });
});

describe('formatPublished', () => {
  it('gives the written day of a timestamp, whatever the offset', () => {
    expect(formatPublished('2024-01-10T00:30:00+03:00', 'ar')).toEqual({
      text: '10 يناير 2024',
      datetime: '2024-01-10T00:30:00+03:00',
    });
  });
});
