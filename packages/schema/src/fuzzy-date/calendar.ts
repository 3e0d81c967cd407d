// Proleptic Gregorian calendar arithmetic for years 0000-9999, the range ISO 8601 writes with four digits.

const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

/** Gregorian leap-year rule: every fourth year, except centuries not divisible by 400. */
export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Number of days in `month` (1-12) of `year`. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** English name of `month` (1-12), for messages. */
export function monthName(month: number): string {
  return MONTH_NAMES[month - 1] ?? `month ${month}`;
}

/** ISO `YYYY-MM-DD` for a day, zero-padded so that strings sort in calendar order. */
export function isoDay(year: number, month: number, day: number): string {
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

/**
 * The UTC instant of a wall-clock time at a fixed offset, as `Date.prototype.toISOString` writes it.
 * `Date` normalises the minutes that the offset pushes past an hour, day, month or year boundary.
 */
export function utcInstant(
  date: { year: number; month: number; day: number },
  time: { hour: number; minute: number; second: number },
  offsetMinutes: number,
): string {
  const instant = new Date(0);
  // setUTCFullYear, unlike Date.UTC, does not read years 0-99 as 1900-1999.
  instant.setUTCFullYear(date.year, date.month - 1, date.day);
  instant.setUTCHours(time.hour, time.minute - offsetMinutes, time.second, 0);
  return instant.toISOString();
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}
