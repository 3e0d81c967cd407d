import { describe, expect, it } from 'vitest';
import {
  FUZZY_DATE_PATTERN,
  type FuzzyDateErrorCode,
  type ParsedFuzzyDate,
  parseFuzzyDate,
} from './index.js';

const pattern = new RegExp(FUZZY_DATE_PATTERN);

/** Expected value with the flags off unless `extra` turns them on. */
function value(
  text: string,
  earliest: string | null,
  latest: string | null,
  precision: ParsedFuzzyDate['precision'],
  extra: Partial<ParsedFuzzyDate> = {},
): ParsedFuzzyDate {
  return {
    text,
    earliest,
    latest,
    precision,
    approximate: false,
    uncertain: false,
    interval: false,
    ...extra,
  };
}

const interval = { interval: true };

const validDates: [input: string, expected: ParsedFuzzyDate][] = [
  // level 0 dates
  ['2024', value('2024', '2024-01-01', '2024-12-31', 'year')],
  ['2024-01', value('2024-01', '2024-01-01', '2024-01-31', 'month')],
  ['2024-02', value('2024-02', '2024-02-01', '2024-02-29', 'month')],
  ['2023-02', value('2023-02', '2023-02-01', '2023-02-28', 'month')],
  ['2024-04', value('2024-04', '2024-04-01', '2024-04-30', 'month')],
  ['2024-01-05', value('2024-01-05', '2024-01-05', '2024-01-05', 'day')],
  ['0000', value('0000', '0000-01-01', '0000-12-31', 'year')],
  ['0000-02-29', value('0000-02-29', '0000-02-29', '0000-02-29', 'day')],
  ['9999-12-31', value('9999-12-31', '9999-12-31', '9999-12-31', 'day')],
  // datetimes: the day is the one written, the instant is UTC
  [
    '2024-01-04T11:45:00+03:00',
    value('2024-01-04T11:45:00+03:00', '2024-01-04', '2024-01-04', 'time', {
      instant: '2024-01-04T08:45:00.000Z',
    }),
  ],
  [
    '2024-01-04T11:45:00Z',
    value('2024-01-04T11:45:00Z', '2024-01-04', '2024-01-04', 'time', {
      instant: '2024-01-04T11:45:00.000Z',
    }),
  ],
  ['2024-01-04T11:45:00', value('2024-01-04T11:45:00', '2024-01-04', '2024-01-04', 'time')],
  [
    '2024-01-04T01:30:00+05:30',
    value('2024-01-04T01:30:00+05:30', '2024-01-04', '2024-01-04', 'time', {
      instant: '2024-01-03T20:00:00.000Z',
    }),
  ],
  [
    '2023-12-31T22:00:00-05:00',
    value('2023-12-31T22:00:00-05:00', '2023-12-31', '2023-12-31', 'time', {
      instant: '2024-01-01T03:00:00.000Z',
    }),
  ],
  [
    '2024-02-29T23:59:59+14:00',
    value('2024-02-29T23:59:59+14:00', '2024-02-29', '2024-02-29', 'time', {
      instant: '2024-02-29T09:59:59.000Z',
    }),
  ],
  [
    '2024-02-28T00:00:00-14:00',
    value('2024-02-28T00:00:00-14:00', '2024-02-28', '2024-02-28', 'time', {
      instant: '2024-02-28T14:00:00.000Z',
    }),
  ],
  // qualifiers
  ['2023-08~', value('2023-08~', '2023-08-01', '2023-08-31', 'month', { approximate: true })],
  ['1979?', value('1979?', '1979-01-01', '1979-12-31', 'year', { uncertain: true })],
  [
    '2004-06%',
    value('2004-06%', '2004-06-01', '2004-06-30', 'month', { approximate: true, uncertain: true }),
  ],
  ['2024-01-05?', value('2024-01-05?', '2024-01-05', '2024-01-05', 'day', { uncertain: true })],
  // unspecified digits lower the precision to what is known
  ['201X', value('201X', '2010-01-01', '2019-12-31', 'year')],
  ['20XX', value('20XX', '2000-01-01', '2099-12-31', 'year')],
  ['201X~', value('201X~', '2010-01-01', '2019-12-31', 'year', { approximate: true })],
  ['2023-XX', value('2023-XX', '2023-01-01', '2023-12-31', 'year')],
  ['2023-01-XX', value('2023-01-XX', '2023-01-01', '2023-01-31', 'month')],
  ['2024-02-XX', value('2024-02-XX', '2024-02-01', '2024-02-29', 'month')],
  ['2023-XX-XX', value('2023-XX-XX', '2023-01-01', '2023-12-31', 'year')],
  // seasons of the northern hemisphere; winter runs into the next year's February
  ['2023-21', value('2023-21', '2023-03-01', '2023-05-31', 'month')],
  ['2023-22', value('2023-22', '2023-06-01', '2023-08-31', 'month')],
  ['2023-23', value('2023-23', '2023-09-01', '2023-11-30', 'month')],
  ['2023-24', value('2023-24', '2023-12-01', '2024-02-29', 'month')],
  ['2024-24', value('2024-24', '2024-12-01', '2025-02-28', 'month')],
  ['2023-24?', value('2023-24?', '2023-12-01', '2024-02-29', 'month', { uncertain: true })],
  // intervals
  ['2023-10-17/2024-02-04', value('2023-10-17/2024-02-04', '2023-10-17', '2024-02-04', 'day', interval)],
  ['2023-10/2024-01', value('2023-10/2024-01', '2023-10-01', '2024-01-31', 'month', interval)],
  ['2020/2024', value('2020/2024', '2020-01-01', '2024-12-31', 'year', interval)],
  ['2024/2024', value('2024/2024', '2024-01-01', '2024-12-31', 'year', interval)],
  ['2024-01-05/2024-01-05', value('2024-01-05/2024-01-05', '2024-01-05', '2024-01-05', 'day', interval)],
  ['2023-10-17/2024-02', value('2023-10-17/2024-02', '2023-10-17', '2024-02-29', 'month', interval)],
  ['2019/2020-06-01', value('2019/2020-06-01', '2019-01-01', '2020-06-01', 'year', interval)],
  [
    '2023-08~/2024-01',
    value('2023-08~/2024-01', '2023-08-01', '2024-01-31', 'month', { ...interval, approximate: true }),
  ],
  ['2023/2024?', value('2023/2024?', '2023-01-01', '2024-12-31', 'year', { ...interval, uncertain: true })],
  [
    '2023%/2024',
    value('2023%/2024', '2023-01-01', '2024-12-31', 'year', {
      ...interval,
      approximate: true,
      uncertain: true,
    }),
  ],
  ['2023-21/2023-23', value('2023-21/2023-23', '2023-03-01', '2023-11-30', 'month', interval)],
  ['201X/2023-XX', value('201X/2023-XX', '2010-01-01', '2023-12-31', 'year', interval)],
  // open (..) and unknown (empty) ends
  ['2022-10-27/..', value('2022-10-27/..', '2022-10-27', null, 'day', interval)],
  ['../2019', value('../2019', null, '2019-12-31', 'year', interval)],
  ['/2019', value('/2019', null, '2019-12-31', 'year', interval)],
  ['2019/', value('2019/', '2019-01-01', null, 'year', interval)],
  ['../2019-06~', value('../2019-06~', null, '2019-06-30', 'month', { ...interval, approximate: true })],
  // surrounding whitespace is not part of the value
  ['  2024-01-05\n', value('2024-01-05', '2024-01-05', '2024-01-05', 'day')],
];

describe('parseFuzzyDate accepts EDTF level 0 and the level 1 subset', () => {
  it.each(validDates)('%j', (input, expected) => {
    expect(parseFuzzyDate(input)).toEqual({ ok: true, value: expected });
  });

  it('reports an instant only for datetimes with an offset or Z', () => {
    for (const [input, expected] of validDates) {
      const result = parseFuzzyDate(input);
      const hasOffset = /T.*(?:Z|[+-]\d{2}:\d{2})$/.test(input);
      expect(result.ok && 'instant' in result.value, input).toBe(hasOffset);
      expect(expected.precision === 'time', input).toBe(input.includes('T'));
    }
  });
});

describe('parseFuzzyDate reads a non-negative integer as a year (YAML `born: 1979`)', () => {
  it.each([
    [1979, value('1979', '1979-01-01', '1979-12-31', 'year')],
    [800, value('800', '0800-01-01', '0800-12-31', 'year')],
    [0, value('0', '0000-01-01', '0000-12-31', 'year')],
    [9999, value('9999', '9999-01-01', '9999-12-31', 'year')],
  ])('%j', (input, expected) => {
    expect(parseFuzzyDate(input)).toEqual({ ok: true, value: expected });
  });

  it.each([
    [12.5, 'syntax', /whole number like 1979, got 12\.5/],
    [Number.NaN, 'syntax', /got NaN/],
    [Number.POSITIVE_INFINITY, 'syntax', /got Infinity/],
    [-5, 'unsupported', /years run from 0000 to 9999, got -5/],
    [10000, 'unsupported', /years run from 0000 to 9999, got 10000/],
  ] as const)('rejects %j', (input, code, message) => {
    const result = parseFuzzyDate(input);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe(code);
    expect(result.error.message).toMatch(message);
  });
});

const invalidDates: [input: string, code: FuzzyDateErrorCode, message: RegExp][] = [
  // calendar
  ['2024-02-30', 'calendar', /^2024-02-30 is not a calendar date: February 2024 has 29 days$/],
  ['2023-02-29', 'calendar', /^2023-02-29 is not a calendar date: February 2023 has 28 days$/],
  ['1900-02-29', 'calendar', /February 1900 has 28 days/],
  ['2024-04-31', 'calendar', /April 2024 has 30 days/],
  ['2024-02-30~', 'calendar', /February 2024 has 29 days/],
  [
    '2024-13',
    'calendar',
    /^2024-13 is not a calendar date: months run from 01 to 12 \(21 to 24 are the seasons/,
  ],
  ['2024-20', 'calendar', /months run from 01 to 12/],
  ['2024-25', 'calendar', /months run from 01 to 12/],
  ['2024-00-10', 'calendar', /months run from 01 to 12/],
  ['2024-13-XX', 'calendar', /months run from 01 to 12/],
  ['2024-01-00', 'calendar', /days start at 01/],
  ['2024-01-32', 'calendar', /January 2024 has 31 days/],
  ['2024-21-05', 'calendar', /21 is a season \(spring 2024\), and a season has no days/],
  ['9999-24', 'calendar', /winter 9999 ends in February 10000, after the last supported year 9999/],
  ['2024-02-30T10:00:00Z', 'calendar', /February 2024 has 29 days/],
  ['2023-10-17/2024-02-30', 'calendar', /^2024-02-30 is not a calendar date/],
  // time
  ['2024-01-05T25:00:00Z', 'time', /^2024-01-05T25:00:00Z is not a valid time: hours run from 00 to 23$/],
  ['2024-01-05T24:00:00', 'time', /hours run from 00 to 23/],
  ['2024-01-05T10:60:00Z', 'time', /minutes run from 00 to 59/],
  ['2024-01-05T10:00:60Z', 'time', /seconds run from 00 to 59/],
  ['2024-01-05T10:00:00+14:30', 'time', /offsets run from -14:00 to \+14:00/],
  ['2024-01-05T10:00:00-15:00', 'time', /offsets run from -14:00 to \+14:00/],
  ['2024-01-05T10:00:00+03:60', 'time', /offsets run from -14:00 to \+14:00/],
  // interval order
  ['2025/2024', 'interval-order', /^interval ends \(2024\) before it starts \(2025\)$/],
  ['2024-02-04/2023-01', 'interval-order', /^interval ends \(2023-01\) before it starts \(2024-02-04\)$/],
  ['2024-01-06/2024-01-05', 'interval-order', /ends \(2024-01-05\) before it starts \(2024-01-06\)/],
  ['2024-24/2024-11-30', 'interval-order', /ends \(2024-11-30\) before it starts \(2024-24\)/],
  // syntax, each with the accepted forms and, for a recognised slip, the fix
  [
    '5 Jan 2024',
    'syntax',
    /^expected a date like 2024-01-05, 2023-08, 2020 or 2023-08~ \(EDTF\), got "5 Jan 2024"/,
  ],
  ['24-01-05', 'syntax', /got "24-01-05"; write the year first with four digits/],
  [
    '2024-1-5',
    'syntax',
    /got "2024-1-5"; write the year first with four digits, then the month and day with two/,
  ],
  ['2024.01.05', 'syntax', /write the year first with four digits/],
  ['2024/01/05', 'syntax', /got "2024\/01\/05"; separate year, month and day with "-"/],
  ['2024-01-05T10:00+03:00', 'syntax', /a time needs seconds/],
  ['2024-01-04T11:45Z', 'syntax', /a time needs seconds/],
  ['2024-01-04 11:45:00', 'syntax', /separate the date and the time with a capital T/],
  ['2024-01-04T11:45:00+0300', 'syntax', /write the offset with a colon/],
  ['2024-01-04T11:45:00Z~', 'syntax', /qualifiers \?, ~ and % apply to dates without a time/],
  ['2024-01-05T10:00:00.5Z', 'syntax', /got "2024-01-05T10:00:00\.5Z"/],
  ['~2023-08', 'syntax', /put the qualifier after the date/],
  ['2023-08~~', 'syntax', /got "2023-08~~"/],
  ['2023-08?~', 'syntax', /got "2023-08\?~"/],
  ['201x', 'syntax', /capital X/],
  ['٢٠٢٤-٠١-٠٥', 'syntax', /write the digits as 0-9: 2024-01-05$/],
  ['۱۹۷۹', 'syntax', /write the digits as 0-9: 1979$/],
  ['-5', 'syntax', /got "-5"; years run from 0000 to 9999/],
  ['2024-', 'syntax', /got "2024-"/],
  [
    '../..',
    'syntax',
    /^an interval needs at least one known end, like 2022-10-27\/\.\. or \.\.\/2019, got "\.\.\/\.\."$/,
  ],
  ['/', 'syntax', /at least one known end/],
  ['../', 'syntax', /at least one known end/],
  ['/..', 'syntax', /at least one known end/],
  ['..', 'syntax', /open end of an interval/],
  ['2023/2024/2025', 'syntax', /got "2023\/2024\/2025"/],
  ['2023-1/2024', 'syntax', /^expected the interval's start to be a date .*, got "2023-1"/],
  ['2023/soon', 'syntax', /^expected the interval's end to be a date .*, got "soon"/],
  ['2023 / 2024', 'syntax', /got "2023 "/],
  ['', 'syntax', /^the date is empty: expected a date like 2024-01-05/],
  ['  \t ', 'syntax', /the date is empty/],
  // valid EDTF outside the supported subset
  ['Y170000002', 'unsupported', /years beyond 9999 \(written with Y\) are not supported/],
  ['-1985', 'unsupported', /years before 0000 are not supported/],
  ['201X-05', 'unsupported', /X can only stand for the last digits of a year/],
  ['2023-XX-05', 'unsupported', /EDTF level 2/],
  ['20X4', 'unsupported', /EDTF level 2/],
  ['XXXX', 'unsupported', /EDTF level 2/],
  ['2023-1X', 'unsupported', /EDTF level 2/],
  ['2023-10-17T10:00:00Z/2024', 'unsupported', /interval's start "2023-10-17T10:00:00Z" has a time of day/],
];

describe('parseFuzzyDate rejects with a code and an editor-worded message', () => {
  it.each(invalidDates)('%j: %s', (input, code, message) => {
    const result = parseFuzzyDate(input);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe(code);
    expect(result.error.message).toMatch(message);
  });

  it.each([null, undefined, true, {}, [], new Date(0)])(
    'never throws on a value of the wrong type: %j',
    (input) => {
      const result = parseFuzzyDate(input as unknown as string);
      expect(result).toEqual({
        ok: false,
        error: {
          code: 'syntax',
          message: expect.stringMatching(/^expected a date like .* or a year like 1979, got /),
        },
      });
    },
  );
});

describe('leap years follow the Gregorian rule', () => {
  it.each([
    ['2024', true],
    ['2000', true],
    ['2400', true],
    ['0000', true],
    ['2023', false],
    ['1900', false],
    ['2100', false],
  ])('%s-02-29 valid: %s', (year, leap) => {
    expect(parseFuzzyDate(`${year}-02-29`).ok).toBe(leap);
    expect(parseFuzzyDate(`${year}-02`)).toMatchObject({
      ok: true,
      value: { latest: `${year}-02-${leap ? 29 : 28}` },
    });
  });
});

describe('FUZZY_DATE_PATTERN agrees with the parser on every example', () => {
  it.each(validDates.map(([input, expected]) => [expected.text, input] as const))('accepts %j', (text) => {
    expect(pattern.test(text)).toBe(true);
  });

  const rejected = invalidDates.filter(([, code]) => code === 'syntax' || code === 'unsupported');
  it.each(rejected)('rejects %j', (input) => {
    expect(pattern.test(input)).toBe(false);
  });
});
