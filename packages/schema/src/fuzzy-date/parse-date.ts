import { daysInMonth, isoDay, monthName, utcInstant } from './calendar.js';
import type { DatePrecision, FuzzyDateError } from './types.js';

/** One written date: a whole fuzzy date, or one end of an interval. */
export interface DatePart {
  earliest: string;
  latest: string;
  precision: DatePrecision;
  approximate: boolean;
  uncertain: boolean;
  instant?: string;
}

/** A parsed date, or why its text, although shaped like a date, is not one. */
export type DatePartResult = { ok: true; part: DatePart } | { ok: false; error: FuzzyDateError };

// Shapes are looser than the accepted syntax (any digits, X anywhere) so that a text shaped like a
// date gets a precise calendar, time or unsupported-form error instead of a generic syntax one.
const DATE_SHAPE = /^([\dX]{4})(?:-([\dX]{2})(?:-([\dX]{2}))?)?([?~%])?$/;
const DATETIME_SHAPE = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:(Z)|([+-])(\d{2}):(\d{2}))?$/;

const SEASONS: Record<number, { name: string; firstMonth: number }> = {
  21: { name: 'spring', firstMonth: 3 },
  22: { name: 'summer', firstMonth: 6 },
  23: { name: 'autumn', firstMonth: 9 },
  24: { name: 'winter', firstMonth: 12 },
};

const LAST_YEAR = 9999;

/**
 * Parses one date or datetime without interval syntax.
 * Returns undefined when `text` is not shaped like a date at all, so the caller can explain the syntax.
 */
export function parseDatePart(text: string): DatePartResult | undefined {
  const date = DATE_SHAPE.exec(text);
  if (date) {
    const [, year = '', month, day, qualifier] = date;
    return parseDate(text, { year, month, day }, qualifier);
  }
  const datetime = DATETIME_SHAPE.exec(text);
  if (datetime) return parseDatetime(text, datetime);
  return undefined;
}

interface DateFields {
  year: string;
  month: string | undefined;
  day: string | undefined;
}

function parseDate(text: string, fields: DateFields, qualifier: string | undefined): DatePartResult {
  const unspecifiedError = checkUnspecifiedDigits(text, fields);
  if (unspecifiedError) return { ok: false, error: unspecifiedError };
  const flags = {
    approximate: qualifier === '~' || qualifier === '%',
    uncertain: qualifier === '?' || qualifier === '%',
  };
  const range = (earliest: string, latest: string, precision: DatePrecision): DatePartResult => ({
    ok: true,
    part: { earliest, latest, precision, ...flags },
  });

  if (fields.year.includes('X')) {
    const first = Number(fields.year.replaceAll('X', '0'));
    const last = Number(fields.year.replaceAll('X', '9'));
    return range(isoDay(first, 1, 1), isoDay(last, 12, 31), 'year');
  }
  const year = Number(fields.year);
  if (fields.month === undefined || fields.month === 'XX') {
    return range(isoDay(year, 1, 1), isoDay(year, 12, 31), 'year');
  }
  const month = Number(fields.month);
  const season = SEASONS[month];
  if (season && fields.day === undefined) {
    const end = seasonEnd(year, season.firstMonth);
    if (end.year > LAST_YEAR) {
      const reason = `${season.name} ${year} ends in ${monthName(end.month)} ${end.year}, after the last supported year ${LAST_YEAR}`;
      return { ok: false, error: calendarError(text, reason) };
    }
    return range(isoDay(year, season.firstMonth, 1), isoDay(end.year, end.month, end.day), 'month');
  }
  const monthError = checkMonth(text, year, month, fields.day !== undefined);
  if (monthError) return { ok: false, error: monthError };
  if (fields.day === undefined || fields.day === 'XX') {
    return range(isoDay(year, month, 1), isoDay(year, month, daysInMonth(year, month)), 'month');
  }
  const day = Number(fields.day);
  const dayError = checkDay(text, year, month, day);
  if (dayError) return { ok: false, error: dayError };
  return range(isoDay(year, month, day), isoDay(year, month, day), 'day');
}

/**
 * EDTF level 1 leaves only the right-hand digits unspecified: the last one or two of the year
 * with nothing after it, a whole month, or a whole day. Other placements are level 2.
 */
function checkUnspecifiedDigits(text: string, { year, month, day }: DateFields): FuzzyDateError | undefined {
  const unspecifiedYear = /^\d{2}(?:\dX|XX)$/.test(year);
  const valid =
    (/^\d{4}$/.test(year) || (unspecifiedYear && month === undefined)) &&
    (month === undefined ||
      /^\d{2}$/.test(month) ||
      (month === 'XX' && (day === undefined || day === 'XX'))) &&
    (day === undefined || /^\d{2}$/.test(day) || day === 'XX');
  if (valid) return undefined;
  return {
    code: 'unsupported',
    message:
      `${text}: X can only stand for the last digits of a year (201X, 20XX) or a whole month or day ` +
      '(2023-XX, 2023-01-XX, 2023-XX-XX); other placements are EDTF level 2, which is not supported',
  };
}

function checkMonth(text: string, year: number, month: number, hasDay: boolean): FuzzyDateError | undefined {
  const season = SEASONS[month];
  if (season && hasDay) {
    return calendarError(text, `${month} is a season (${season.name} ${year}), and a season has no days`);
  }
  if (month < 1 || month > 12) {
    return calendarError(text, 'months run from 01 to 12 (21 to 24 are the seasons spring to winter)');
  }
  return undefined;
}

function checkDay(text: string, year: number, month: number, day: number): FuzzyDateError | undefined {
  if (day < 1) return calendarError(text, 'days start at 01');
  const length = daysInMonth(year, month);
  if (day > length) return calendarError(text, `${monthName(month)} ${year} has ${length} days`);
  return undefined;
}

function parseDatetime(text: string, match: RegExpExecArray): DatePartResult {
  const [, year, month, day, hour, minute, second, zulu, sign, offsetHours, offsetMinutes] = match;
  const date = { year: Number(year), month: Number(month), day: Number(day) };
  const dateError =
    checkMonth(text, date.year, date.month, true) ?? checkDay(text, date.year, date.month, date.day);
  if (dateError) return { ok: false, error: dateError };

  const time = { hour: Number(hour), minute: Number(minute), second: Number(second) };
  const offset = sign === undefined ? 0 : Number(offsetHours) * 60 + Number(offsetMinutes);
  const timeError =
    (time.hour > 23 && 'hours run from 00 to 23') ||
    (time.minute > 59 && 'minutes run from 00 to 59') ||
    (time.second > 59 && 'seconds run from 00 to 59') ||
    ((Number(offsetMinutes) > 59 || offset > 14 * 60) && 'offsets run from -14:00 to +14:00');
  if (timeError) {
    return { ok: false, error: { code: 'time', message: `${text} is not a valid time: ${timeError}` } };
  }

  const calendarDay = isoDay(date.year, date.month, date.day);
  const part: DatePart = {
    earliest: calendarDay,
    latest: calendarDay,
    precision: 'time',
    approximate: false,
    uncertain: false,
  };
  if (zulu !== undefined || sign !== undefined) {
    part.instant = utcInstant(date, time, sign === '-' ? -offset : offset);
  }
  return { ok: true, part };
}

function seasonEnd(year: number, firstMonth: number): { year: number; month: number; day: number } {
  const lastMonth = firstMonth + 2;
  const endYear = lastMonth > 12 ? year + 1 : year;
  const month = lastMonth > 12 ? lastMonth - 12 : lastMonth;
  return { year: endYear, month, day: daysInMonth(endYear, month) };
}

function calendarError(text: string, reason: string): FuzzyDateError {
  return { code: 'calendar', message: `${text} is not a calendar date: ${reason}` };
}
