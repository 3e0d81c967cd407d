import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { boundsPrefixLength, datePrefixLength, endsBefore, isCommonFuzzyDate } from './common-form.js';
import { parseFuzzyDate } from './parse.js';

const digits = (width: number) =>
  fc.integer({ min: 0, max: 10 ** width - 1 }).map((value) => String(value).padStart(width, '0'));

// Fields around the edges of the calendar and the clock: month 00 and 13, day 00 and 31 in short
// months, February 29 in leap and common years, hour 24, minute 60, offsets past ±14:00. X digits
// stay out of these (they have cases of their own above); seasons (21-24) and their edges have theirs.
const year = fc.oneof(fc.constantFrom('2024', '2023', '2000', '1900', '0000', '9999'), digits(4));
const month = fc.oneof(
  fc.constantFrom('00', '01', '02', '04', '12', '13'),
  digits(2).filter((m) => m < '20'),
);
const day = fc.oneof(fc.constantFrom('00', '01', '28', '29', '30', '31', '32'), digits(2));
const qualifier = fc.constantFrom('', '', '?', '~', '%');
const plainDate = fc
  .tuple(year, fc.option(fc.tuple(month, fc.option(day))), qualifier)
  .map(([y, rest, q]) => {
    if (rest === null) return `${y}${q}`;
    const [m, d] = rest;
    return `${y}-${m}${d === null ? '' : `-${d}`}${q}`;
  });
const time = fc
  .tuple(
    fc.oneof(fc.constantFrom('00', '23', '24'), digits(2)),
    fc.oneof(fc.constantFrom('00', '59', '60'), digits(2)),
    fc.oneof(fc.constantFrom('00', '59', '60'), digits(2)),
  )
  .map((parts) => parts.join(':'));
const offset = fc.oneof(
  fc.constantFrom('', 'Z', '+03:00', '-14:00', '+14:00', '+14:01', '-13:59', '+03:60'),
  fc.tuple(fc.constantFrom('+', '-'), digits(2), digits(2)).map(([sign, h, m]) => `${sign}${h}:${m}`),
);
const datetime = fc.tuple(year, month, day, time, offset).map(([y, m, d, t, o]) => `${y}-${m}-${d}T${t}${o}`);
const intervalEnd = fc.oneof(plainDate, fc.constantFrom('', '..'), datetime);
const interval = fc.tuple(intervalEnd, intervalEnd).map(([start, end]) => `${start}/${end}`);

/** The ISO day `delta` days after `day` (before, when negative), by the JS Date as an independent calendar. */
function dayAfter(day: string, delta: number): string {
  const date = new Date(0);
  date.setUTCFullYear(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10)) + delta);
  return date.toISOString().slice(0, 10);
}

const season = fc
  .tuple(year, fc.constantFrom('20', '21', '22', '23', '24', '25'), qualifier)
  .map(([y, s, q]) => `${y}-${s}${q}`);

/** Texts in the forms the fast check knows, valid or not. */
const commonShaped = fc.oneof(plainDate, datetime, interval, season);
/** Anything: the common shapes, the parser's own forms, and arbitrary text. */
const anyText = fc.oneof(
  commonShaped,
  fc.constantFrom('2023-21', '9999-24', '2023-24/2024', '..', '/'),
  fc.string({ maxLength: 30 }),
  fc.stringMatching(/^[\d\-/.:TZ+?~%X ]{0,26}$/),
);

describe('isCommonFuzzyDate', () => {
  it.each([
    '2024',
    '201X',
    '20XX~',
    '2023-XX',
    '2023-XX-XX',
    '2023-05-XX?',
    '2024-02-29',
    '2000-02-29',
    '2023-08~',
    '2023-08?',
    '2020%',
    '2024-01-04T11:45:00',
    '2024-01-04T11:45:00Z',
    '2024-01-04T11:45:00+03:00',
    '2024-01-04T23:59:59-14:00',
    '2023-10-17/2024-02-04',
    '2023-05/2023',
    '2023-05-10/2023-05',
    '2023-05~/2024?',
    '2022-10-27/..',
    '../2019',
    '/2019-05',
    '2019/',
    '2023-21',
    '2023-24~',
    '9998-24',
  ])('accepts %s, which the parser accepts', (text) => {
    expect(parseFuzzyDate(text).ok).toBe(true);
    expect(isCommonFuzzyDate(text)).toBe(true);
  });

  it.each([
    '2024-02-30',
    '2023-02-29',
    '1900-02-29',
    '2024-04-31',
    '2024-13',
    '2024-00',
    '2024-01-00',
    '2024-01-04T24:00:00',
    '2024-01-04T11:45:00+14:01',
    '2024-01-04T11:45:00~',
    '2023/2022',
    '2023-05-10/2023-05-09',
    '2023-01-01T00:00:00/2024',
    '201X-05',
    '2023-XX-05',
    '20X4',
    '2023-XX/2022',
    '../..',
    '/',
    '',
    '2023/2024/2025',
    '24',
    '2024-1-5',
    '9999-24',
    '2023-25',
    '2023-21-05',
    '201X-21',
  ])('leaves %s, which the parser rejects, to the parser', (text) => {
    expect(parseFuzzyDate(text).ok).toBe(false);
    expect(isCommonFuzzyDate(text)).toBe(false);
  });

  it.each(['2023-22/2024', '../2023-23', ' 2024 '])(
    'leaves "%s", a season in an interval or untrimmed, to the parser',
    (text) => {
      expect(parseFuzzyDate(text).ok).toBe(true);
      expect(isCommonFuzzyDate(text)).toBe(false);
    },
  );

  it('accepts nothing the parser rejects', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        if (isCommonFuzzyDate(text)) expect(parseFuzzyDate(text)).toMatchObject({ ok: true });
      }),
      { numRuns: 5000 },
    );
  }, 30_000);

  it('accepts every common-form text the parser accepts', () => {
    fc.assert(
      fc.property(commonShaped, (text) => {
        expect(isCommonFuzzyDate(text)).toBe(parseFuzzyDate(text).ok);
      }),
      { numRuns: 5000 },
    );
  }, 30_000);
});

describe('datePrefixLength and boundsPrefixLength', () => {
  it('measure a prefix that exactly the days of the parsed date start with', () => {
    fc.assert(
      fc.property(fc.oneof(plainDate, datetime), (text) => {
        const length = boundsPrefixLength(text);
        const parsed = parseFuzzyDate(text);
        expect(length > 0).toBe(parsed.ok);
        if (!parsed.ok) return;
        const prefix = text.slice(0, length);
        const { earliest, latest } = parsed.value;
        expect([earliest, latest].every((day) => day?.startsWith(prefix))).toBe(true);
        expect(dayAfter(earliest ?? '', -1).startsWith(prefix)).toBe(false);
        expect(dayAfter(latest ?? '', 1).startsWith(prefix)).toBe(false);
      }),
      { numRuns: 3000 },
    );
  }, 30_000);

  it.each([
    ['2024', 4],
    ['2024-05', 7],
    ['2024-05-06~', 10],
    ['201X', 3],
    ['20XX', 2],
    ['2023-XX', 4],
    ['2023-XX-XX', 4],
    ['2023-05-XX', 7],
  ] as const)('%s: %i', (text, length) => {
    expect(datePrefixLength(text)).toBe(length);
  });

  it('measures a date inside a longer text, qualifier included', () => {
    expect(datePrefixLength('2023-05~/2024', 0, 8)).toBe(7);
    expect(datePrefixLength('2023-05~/2024', 9, 13)).toBe(4);
    expect(datePrefixLength('2023-05~/2024', 0, 9)).toBe(-1);
  });
});

describe('endsBefore', () => {
  const validSingle = fc.oneof(plainDate, datetime).filter((text) => parseFuzzyDate(text).ok);

  it('agrees with comparing the parsed bounds', () => {
    fc.assert(
      fc.property(validSingle, validSingle, (a, b) => {
        const [left, right] = [parseFuzzyDate(a), parseFuzzyDate(b)];
        if (!left.ok || !right.ok) throw new Error('filtered to valid dates');
        const expected = (left.value.latest ?? '') < (right.value.earliest ?? '');
        expect(endsBefore(a, 0, boundsPrefixLength(a), b, 0, boundsPrefixLength(b))).toBe(expected);
      }),
      { numRuns: 5000 },
    );
  }, 30_000);

  it('orders dates of different precisions by their common prefix', () => {
    expect(endsBefore('2023', 0, 4, '2023-05-10', 0, 10)).toBe(false);
    expect(endsBefore('2023-05-09', 0, 10, '2023-05-10', 0, 10)).toBe(true);
    expect(endsBefore('2022-12', 0, 7, '2023', 0, 4)).toBe(true);
    expect(endsBefore('2024', 0, 4, '2023-12-31', 0, 10)).toBe(false);
  });
});
