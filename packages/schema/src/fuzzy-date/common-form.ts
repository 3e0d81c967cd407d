// The fuzzy-date forms nearly all content writes, checked by character codes without building a
// ParsedFuzzyDate: schemas check every date field and every period, and on bulk validation the
// parser's result objects and ISO day strings were a quarter of the time. Each function answers
// only for the forms it knows; anything else (seasons, malformed text) is left to parseFuzzyDate,
// which also words the error.

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
const LETTER_X = 0x58;
const LETTER_Z = 0x5a;

const MAX_OFFSET_MINUTES = 14 * 60;

/** The value of the two ASCII digits at `index`, or -1 when either is not a digit or is missing. */
function twoDigits(text: string, index: number): number {
  const tens = text.charCodeAt(index) - ZERO;
  const ones = text.charCodeAt(index + 1) - ZERO;
  return tens >= 0 && tens <= 9 && ones >= 0 && ones <= 9 ? tens * 10 + ones : -1;
}

/** Whether the two characters at `index` are `XX`, unspecified digits. */
function isUnspecified(text: string, index: number): boolean {
  return text.charCodeAt(index) === LETTER_X && text.charCodeAt(index + 1) === LETTER_X;
}

/**
 * For the date written in `text` from `start` to `end` — `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, or
 * with unspecified digits (`201X`, `20XX`, `2023-XX`, `2023-XX-XX`, `2023-05-XX`), then at most
 * one qualifier (`?`, `~`, `%`) — how many of its leading characters its first and last possible
 * days both start with: 4, 7 or 10 for a plain date, 2 to 7 for unspecified digits. -1 for
 * anything else, invalid dates as well as the forms only the parser reads (seasons, datetimes).
 * Any date it measures parses.
 */
export function datePrefixLength(text: string, start = 0, end: number = text.length): number {
  const last = text.charCodeAt(end - 1);
  const qualified = last === QUESTION || last === TILDE || last === PERCENT;
  const length = end - start - (qualified ? 1 : 0);
  if (length !== 4 && length !== 7 && length !== 10) return -1;
  const century = twoDigits(text, start);
  if (century < 0) return -1;
  const yearOfCentury = twoDigits(text, start + 2);
  if (yearOfCentury < 0) {
    // A decade (201X) or century (20XX), with nothing after it: EDTF level 1 allows no more.
    if (length !== 4 || text.charCodeAt(start + 3) !== LETTER_X) return -1;
    const third = text.charCodeAt(start + 2);
    if (third === LETTER_X) return 2;
    return third >= ZERO && third <= ZERO + 9 ? 3 : -1;
  }
  if (length === 4) return 4;
  if (text.charCodeAt(start + 4) !== HYPHEN) return -1;
  const dayHyphen = length === 10 && text.charCodeAt(start + 7) === HYPHEN;
  if (isUnspecified(text, start + 5)) {
    // An unspecified month leaves the day unspecified too (2023-XX-XX): the whole year.
    return length === 7 || (dayHyphen && isUnspecified(text, start + 8)) ? 4 : -1;
  }
  const month = twoDigits(text, start + 5);
  if (month < 1 || month > 12) return -1;
  if (length === 7) return 7;
  if (!dayHyphen) return -1;
  if (isUnspecified(text, start + 8)) return 7;
  const day = twoDigits(text, start + 8);
  return day >= 1 && day <= daysInMonth(century * 100 + yearOfCentury, month) ? 10 : -1;
}

/**
 * Whether `text` is a valid `YYYY-MM-DDThh:mm:ss` datetime, bare, with `Z` or with an offset from
 * -14:00 to +14:00. False for anything else, valid or not.
 */
export function isPlainDatetime(text: string): boolean {
  const length = text.length;
  if (length !== 19 && length !== 20 && length !== 25) return false;
  if (text.charCodeAt(10) !== LETTER_T || datePrefixLength(text, 0, 10) !== 10) return false;
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
 * How many leading characters of a single date or datetime its first and last possible days both
 * start with: as {@link datePrefixLength} for a date, 10 for a datetime (its bounds are its
 * calendar day); -1 for anything else, including every interval and the seasons.
 */
export function boundsPrefixLength(text: string): number {
  const length = datePrefixLength(text);
  if (length > 0) return length;
  return isPlainDatetime(text) ? 10 : -1;
}

/**
 * Whether date `a` certainly ends before date `b` starts, each given as a text, the index where
 * the date starts in it and the length of the prefix its bounds share (as {@link boundsPrefixLength}
 * measures). A date is every ISO day that starts with that prefix, so comparing two prefixes on
 * their common length decides: equal means one date contains the other, different puts every day
 * of one before every day of the other.
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

/** 0 for an open (`..`) or unknown (empty) interval end, else as {@link datePrefixLength}. */
function intervalEndLength(text: string, start: number, end: number): number {
  if (end === start) return 0;
  if (end - start === 2 && text.charCodeAt(start) === DOT && text.charCodeAt(start + 1) === DOT) return 0;
  return datePrefixLength(text, start, end);
}

/** A season, spring `2023-21` to winter `2023-24`, qualified or not; the winter of 9999 ends past the last year. */
const SEASON = /^(?!9999-24)\d{4}-2[1-4][?~%]?$/;

/**
 * Whether `text` (already trimmed) is a valid fuzzy date in one of the common forms: a date as
 * {@link datePrefixLength} reads it, a datetime, a season, or an interval of dates whose ends are
 * in order, open or unknown. True only for texts `parseFuzzyDate` accepts; false means "ask the
 * parser", which knows the remaining forms (seasons in intervals) and explains errors.
 */
export function isCommonFuzzyDate(text: string): boolean {
  const slash = text.indexOf('/');
  // The parser built a whole parsed date for each season: one in a hundred dates cost a tenth of their time.
  if (slash < 0) return boundsPrefixLength(text) > 0 || SEASON.test(text);
  if (text.indexOf('/', slash + 1) >= 0) return false;
  const startLength = intervalEndLength(text, 0, slash);
  const endLength = intervalEndLength(text, slash + 1, text.length);
  if (startLength < 0 || endLength < 0) return false;
  if (startLength === 0 || endLength === 0) return startLength + endLength > 0;
  return !endsBefore(text, slash + 1, endLength, text, 0, startLength);
}
