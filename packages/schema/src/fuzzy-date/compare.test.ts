import { describe, expect, it } from 'vitest';
import { compareFuzzyDates, fuzzyDateBounds, isCertainlyBefore, parseFuzzyDate } from './index.js';

function parsed(text: string) {
  const result = parseFuzzyDate(text);
  if (!result.ok) throw new Error(`test fixture ${text} does not parse: ${result.error.message}`);
  return result.value;
}

describe('compareFuzzyDates', () => {
  it('orders by earliest (open or unknown start first), then latest (open or unknown end last)', () => {
    const ordered = ['/2018', '../2019', '2019-01-01', '2019-01', '2019', '2019/..', '2019-21', '2019-06~'];
    const shuffled = ['2019/..', '2019-01-01', '2019-06~', '/2018', '2019-21', '2019-01', '../2019', '2019'];
    expect(shuffled.sort(compareFuzzyDates)).toEqual(ordered);
  });

  it.each([
    ['2019-01-01', '2019-01', -1],
    ['2019', '2019-01', 1],
    ['../2019', '2019-01-01', -1],
    ['2019/..', '2019', 1],
    ['2019/..', '2019/', 0],
    ['../2019', '/2019', 0],
    ['2019', '2019-XX', 0],
    ['2019?', '2019~', 0],
    ['2024-01-04T11:45:00+03:00', '2024-01-04', 0],
    ['2023-24', '2023-12-01/2024-02-29', 0],
  ])('compare(%j, %j) = %i, and the reverse is its opposite', (a, b, expected) => {
    expect(compareFuzzyDates(a, b)).toBe(expected);
    expect(compareFuzzyDates(b, a)).toBe(-expected || 0);
  });

  it('takes parsed values as well as strings', () => {
    expect(compareFuzzyDates(parsed('2020'), '2021')).toBe(-1);
    expect(compareFuzzyDates(parsed('2021'), parsed('2020'))).toBe(1);
  });

  it('throws a TypeError with the parse message for an invalid string', () => {
    expect(() => compareFuzzyDates('2024-02-30', '2024')).toThrow(TypeError);
    expect(() => compareFuzzyDates('2024', '2024-02-30')).toThrow(
      '2024-02-30 is not a calendar date: February 2024 has 29 days',
    );
  });
});

describe('isCertainlyBefore', () => {
  it.each([
    ['2020-01-03', '2020-01-04', true],
    ['2020-01-03', '2020-01-03', false],
    ['2020-01-04', '2020-01-03', false],
    ['2020-01', '2020-01-15', false],
    ['2020-01', '2020-02-01', true],
    ['2020', '2021-01-01', true],
    ['2020~', '2021?', true],
    ['201X', '2020', true],
    ['20XX', '2020', false],
    ['2023-24', '2024-02-29', false],
    ['2023-24', '2024-03-01', true],
    // overlapping and adjacent intervals
    ['2019/2020', '2020-06', false],
    ['2019/2020', '2021', true],
    ['2019-03/2019-05', '2019-05-31/2019-07', false],
    ['2019-03/2019-05', '2019-06-01/2019-07', true],
    // an open or unknown end can lie anywhere
    ['2019/..', '2030', false],
    ['2019/', '2030', false],
    ['../2019', '2020', true],
    ['2020', '../2030', false],
    ['2020', '/2030', false],
    ['2020', '2021/..', true],
  ])('%j before %j: %s', (a, b, expected) => {
    expect(isCertainlyBefore(a, b)).toBe(expected);
  });

  it.each([
    ['2024-01-04T10:00:00Z', '2024-01-04T12:00:00Z', true],
    ['2024-01-04T12:00:00Z', '2024-01-04T10:00:00Z', false],
    ['2024-01-04T12:00:00+03:00', '2024-01-04T10:00:00Z', true],
    // later local day, earlier instant: the instants decide
    ['2024-01-04T23:30:00-05:00', '2024-01-05T01:00:00+03:00', false],
    ['2024-01-05T01:00:00+03:00', '2024-01-04T23:30:00-05:00', true],
  ])('datetimes with offsets compare by instant: %j before %j: %s', (a, b, expected) => {
    expect(isCertainlyBefore(a, b)).toBe(expected);
  });

  it.each([
    ['2024-01-04T10:00:00', '2024-01-04T12:00:00', false],
    ['2024-01-04T10:00:00Z', '2024-01-04', false],
    ['2024-01-04T10:00:00Z', '2024-01-05', true],
  ])('other datetimes compare by day: %j before %j: %s', (a, b, expected) => {
    expect(isCertainlyBefore(a, b)).toBe(expected);
  });

  it('takes parsed values and throws a TypeError for an invalid string', () => {
    expect(isCertainlyBefore(parsed('2020'), parsed('2021'))).toBe(true);
    expect(() => isCertainlyBefore('2020', 'soon')).toThrow(TypeError);
    expect(() => isCertainlyBefore('2020', 'soon')).toThrow(/got "soon"/);
  });
});

describe('fuzzyDateBounds', () => {
  it.each([
    ['2023-08~', { earliest: '2023-08-01', latest: '2023-08-31' }],
    ['2022-10-27/..', { earliest: '2022-10-27', latest: null }],
    ['/2019', { earliest: null, latest: '2019-12-31' }],
    ['2023-24', { earliest: '2023-12-01', latest: '2024-02-29' }],
  ])('%j', (text, bounds) => {
    expect(fuzzyDateBounds(text)).toEqual(bounds);
    expect(fuzzyDateBounds(parsed(text))).toEqual(bounds);
  });

  it('throws a TypeError with the parse message for an invalid string', () => {
    expect(() => fuzzyDateBounds('2025/2024')).toThrow(
      new TypeError('interval ends (2024) before it starts (2025)'),
    );
  });
});
