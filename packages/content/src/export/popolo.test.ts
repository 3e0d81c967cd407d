import { describe, expect, it } from 'vitest';
import { popoloDate } from './popolo.js';

describe('popoloDate', () => {
  it('keeps the written precision and drops EDTF qualifiers and times', () => {
    expect(popoloDate('2014~', 'start')).toBe('2014');
    expect(popoloDate('2023-08?', 'end')).toBe('2023-08');
    expect(popoloDate('2024-01-04T11:45:00+03:00', 'start')).toBe('2024-01-04');
  });

  it('takes the start of an interval for a start and its end for an end, so the period is covered', () => {
    expect(popoloDate('2023-10-17/2024-01', 'start')).toBe('2023-10-17');
    expect(popoloDate('2023-10-17/2024-01', 'end')).toBe('2024-01');
    expect(popoloDate('2022-10-27/..', 'end')).toBeUndefined();
    expect(popoloDate('../2019', 'start')).toBeUndefined();
  });

  it('gives nothing for a missing or invalid date', () => {
    expect(popoloDate(undefined, 'start')).toBeUndefined();
    expect(popoloDate('5 Jan 2024', 'start')).toBeUndefined();
  });
});
