// The fuzzy-date forms nearly all content writes, checked by character codes without building a
// ParsedFuzzyDate: schemas check every date field and every period, and on bulk validation the
// parser's result objects and ISO day strings were a quarter of the time. Each function answers
// only for the forms it knows; anything else (unspecified digits, seasons, malformed text) is left
// to parseFuzzyDate, which also words the error.

import { daysInMonth } from './calendar.js';

const ZERO = 0x30;
const HYPHEN = 0x2d;
const DOT = 0x2e;
const COLON = 0x3a;
const PLUS = 0x2b;
const QUESTION = 0x3f;
const TILDE = 0x7e;
const PERCENT = 0x25;
const LETTER_T = 0x54;
const LETTER_Z = 0x5a;

const MAX_OFFSET_MINUTES = 14 * 60;

/** The value of the two ASCII digits at `index`, or -1 when either is not a digit or is missing. */
function twoDigits(text: string, index: number): number {
  const tens = text.charCodeAt(index) - ZERO;
  const ones = text.charCodeAt(index + 1) - ZERO;
  return tens >= 0 && tens <= 9 && ones >= 0 && ones <= 9 ? tens * 10 + ones : -1;
}

/**
 * The length (4, 7 or 10) of the calendar date `YYYY`, `YYYY-MM` or `YYYY-MM-DD` written in `text`
 * from `start` to `end`, which may end with one qualifier (`?`, `~`, `%`); -1 for anything else,
 * including valid EDTF that only the parser reads (`201X`, `2023-XX`, the seasons `2023-21`).
 * Any date it measures parses, with its first `length` characters as the prefix of its bounds.
 */
export function plainDateLength(text: string, start = 0, end: number = text.length): number {
  const last = text.charCodeAt(end - 1);
  const qualified = last === QUESTION || last === TILDE || last === PERCENT;
  const length = end - start - (qualified ? 1 : 0);
  if (length !== 4 && length !== 7 && length !== 10) return -1;
  const century = twoDigits(text, start);
  const yearOfCentury = twoDigits(text, start + 2);
  if (century < 0 || yearOfCentury < 0) return -1;
  if (length === 4) return 4;
  const month = text.charCodeAt(start + 4) === HYPHEN ? twoDigits(text, start + 5) : -1;
  if (month < 1 || month > 12) return -1;
  if (length === 7) return 7;
  const day = text.charCodeAt(start + 7) === HYPHEN ? twoDigits(text, start + 8) : -1;
  return day >= 1 && day <= daysInMonth(century * 100 + yearOfCentury, month) ? 10 : -1;
}

/**
 * Whether `text` is a valid `YYYY-MM-DDThh:mm:ss` datetime, bare, with `Z` or with an offset from
 * -14:00 to +14:00. False for anything else, valid or not.
 */
export function isPlainDatetime(text: string): boolean {
  const length = text.length;
  if (length !== 19 && length !== 20 && length !== 25) return false;
  if (text.charCodeAt(10) !== LETTER_T || plainDateLength(text, 0, 10) !== 10) return false;
  const hour = twoDigits(text, 11);
  const minute = twoDigits(text, 14);
  const second = twoDigits(text, 17);
  const timeOk =
    text.charCodeAt(13) === COLON &&
    text.charCodeAt(16) === COLON &&
    hour >= 0 &&
    hour <= 23 &&
    minute >= 0 &&
    minute <= 59 &&
    second >= 0 &&
    second <= 59;
  if (!timeOk) return false;
  if (length === 19) return true;
  if (length === 20) return text.charCodeAt(19) === LETTER_Z;
  const sign = text.charCodeAt(19);
  const offsetHours = twoDigits(text, 20);
  const offsetMinutes = twoDigits(text, 23);
  return (
    (sign === PLUS || sign === HYPHEN) &&
    text.charCodeAt(22) === COLON &&
    offsetHours >= 0 &&
    offsetMinutes >= 0 &&
    offsetMinutes <= 59 &&
    offsetHours * 60 + offsetMinutes <= MAX_OFFSET_MINUTES
  );
}

/**
 * How many leading characters of a single date or datetime spell its day bounds: 4, 7 or 10 for a
 * plain date (as {@link plainDateLength}), 10 for a datetime (its bounds are its calendar day);
 * -1 when `text` is neither, including every interval.
 */
export function dayPrefixLength(text: string): number {
  const length = plainDateLength(text);
  if (length > 0) return length;
  return isPlainDatetime(text) ? 10 : -1;
}

/**
 * Whether date `a` certainly ends before date `b` starts, each given as a text, the index where
 * the date starts in it and the length of its day prefix (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`, as
 * {@link dayPrefixLength} measures). Comparing the prefixes on their common length decides: equal
 * prefixes mean one date contains the other, different ones put every day of one before the other.
 */
export function endsBefore(
  a: string,
  aStart: number,
  aLength: number,
  b: string,
  bStart: number,
  bLength: number,
): boolean {
  const common = Math.min(aLength, bLength);
  for (let offset = 0; offset < common; offset++) {
    const difference = a.charCodeAt(aStart + offset) - b.charCodeAt(bStart + offset);
    if (difference !== 0) return difference < 0;
  }
  return false;
}

/** 0 for an open (`..`) or unknown (empty) interval end, the plain date's length, or -1. */
function intervalEndLength(text: string, start: number, end: number): number {
  if (end === start) return 0;
  if (end - start === 2 && text.charCodeAt(start) === DOT && text.charCodeAt(start + 1) === DOT) return 0;
  return plainDateLength(text, start, end);
}

/**
 * Whether `text` (already trimmed) is a valid fuzzy date in one of the common forms: a plain date
 * with an optional qualifier, a datetime, or an interval of plain dates whose ends are in order,
 * open or unknown. True only for texts `parseFuzzyDate` accepts; false means "ask the parser",
 * which knows the remaining forms and explains errors.
 */
export function isCommonFuzzyDate(text: string): boolean {
  const slash = text.indexOf('/');
  if (slash < 0) return plainDateLength(text) > 0 || isPlainDatetime(text);
  if (text.indexOf('/', slash + 1) >= 0) return false;
  const startLength = intervalEndLength(text, 0, slash);
  const endLength = intervalEndLength(text, slash + 1, text.length);
  if (startLength < 0 || endLength < 0) return false;
  if (startLength === 0 || endLength === 0) return startLength + endLength > 0;
  return !endsBefore(text, slash + 1, endLength, text, 0, startLength);
}
