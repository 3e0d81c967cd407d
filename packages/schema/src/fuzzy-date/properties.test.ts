import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FUZZY_DATE_PATTERN, parseFuzzyDate } from './index.js';

const pattern = new RegExp(FUZZY_DATE_PATTERN);

/** Days 0000-01-01 to 9999-12-31, formatted by the JS Date as an independent calendar. */
const isoDays = fc
  .date({
    min: new Date('0000-01-01T00:00:00.000Z'),
    max: new Date('9999-12-31T00:00:00.000Z'),
    noInvalidDate: true,
  })
  .map((date) => date.toISOString().slice(0, 10));

/** Whether the JS Date keeps y-m-d as written rather than rolling it into the next month. */
function isCalendarDay(year: number, month: number, day: number): boolean {
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

const pad = (value: number, width: number) => String(value).padStart(width, '0');

// Dates assembled from fields, mostly valid and sometimes broken, so that generated texts land near
// the grammar's edges.
const field = (valid: string[], broken: string[]) =>
  fc.oneof(
    { arbitrary: fc.constantFrom(...valid), weight: 6 },
    { arbitrary: fc.constantFrom(...broken), weight: 1 },
  );
const nearDate = fc
  .record({
    year: field(
      ['2024', '2023', '1900', '0000', '9999', '201X', '20XX'],
      ['20X4', '24', '-1985', 'Y170000002'],
    ),
    month: fc.option(field(['01', '02', '04', '12', '21', '24', 'XX'], ['00', '13', '1', '1X'])),
    day: fc.option(field(['01', '28', '29', '30', '31', 'XX'], ['00', '32', '5'])),
    time: fc.option(
      field(['11:45:00', '23:59:59', '00:00:00'], ['24:00:00', '11:60:00', '11:45', '11:45:00.5']),
      {
        freq: 2,
      },
    ),
    offset: field(['', 'Z', '+03:00', '-14:00'], ['+14:30', '+0300', '+03:60']),
    qualifier: field(['', '', '', '?', '~', '%'], ['~~']),
    separator: field(['-'], ['.', ' ']),
  })
  .map(({ year, month, day, time, offset, qualifier, separator }) => {
    const date = [year, month, day].filter((part) => part !== null).join(separator);
    return `${date}${time === null ? '' : `T${time}${offset}`}${qualifier}`;
  });
const intervalEnd = fc.oneof(nearDate, fc.constantFrom('', '..'));
const nearDates = fc.oneof(
  nearDate,
  fc.tuple(intervalEnd, intervalEnd).map(([start, end]) => `${start}/${end}`),
);

describe('fuzzy-date properties', () => {
  it('a formatted calendar day parses back to exactly that day', () => {
    fc.assert(
      fc.property(isoDays, (day) => {
        expect(parseFuzzyDate(day)).toEqual({
          ok: true,
          value: {
            text: day,
            earliest: day,
            latest: day,
            precision: 'day',
            approximate: false,
            uncertain: false,
            interval: false,
          },
        });
      }),
    );
  });

  it('a year-month-day is valid exactly when it is a calendar day, and a calendar error otherwise', () => {
    const fields = fc.tuple(
      fc.integer({ min: 0, max: 9999 }),
      fc.integer({ min: 1, max: 12 }),
      fc.integer({ min: 1, max: 31 }),
    );
    fc.assert(
      fc.property(fields, ([year, month, day]) => {
        const result = parseFuzzyDate(`${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`);
        if (isCalendarDay(year, month, day)) expect(result.ok).toBe(true);
        else expect(result).toMatchObject({ ok: false, error: { code: 'calendar' } });
      }),
      { numRuns: 2000 },
    );
  });

  it('every text the pattern accepts parses with earliest <= latest, or fails only on calendar or order', () => {
    fc.assert(
      fc.property(fc.stringMatching(pattern), (text) => {
        const result = parseFuzzyDate(text);
        if (!result.ok) {
          expect(['calendar', 'interval-order']).toContain(result.error.code);
          return;
        }
        const { earliest, latest } = result.value;
        if (earliest !== null && latest !== null) expect(earliest <= latest).toBe(true);
        else expect(result.value.interval).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it('near-dates: the pattern accepts every parsed value and rejects all but calendar and order errors', () => {
    fc.assert(
      fc.property(nearDates, (text) => {
        const result = parseFuzzyDate(text);
        const matches = pattern.test(text);
        if (result.ok) {
          expect(matches).toBe(true);
          const { earliest, latest } = result.value;
          if (earliest !== null && latest !== null) expect(earliest <= latest).toBe(true);
        } else if (matches) {
          expect(['calendar', 'interval-order']).toContain(result.error.code);
        }
      }),
      { numRuns: 5000 },
    );
  });

  it('never throws, whatever it is given', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.double(), fc.anything()), (input) => {
        const result = parseFuzzyDate(input as string);
        expect(typeof result.ok).toBe('boolean');
      }),
    );
  });
});
