import { parseFuzzyDate } from './parse.js';
import type { ParsedFuzzyDate } from './types.js';

/**
 * Orders fuzzy dates by earliest day, then latest day, for sorting timelines.
 * A null earliest (open or unknown start) sorts first; a null latest (open or unknown end) sorts last.
 * Strings are parsed first.
 *
 * @returns -1, 0 or 1
 * @throws TypeError with the parse error's message when given a string that is not a valid fuzzy date
 */
export function compareFuzzyDates(a: ParsedFuzzyDate | string, b: ParsedFuzzyDate | string): number {
  const left = resolve(a);
  const right = resolve(b);
  return compareBounds(left.earliest, right.earliest, -1) || compareBounds(left.latest, right.latest, 1);
}

/**
 * True only when `a` certainly ends before `b` starts: a's latest day is before b's earliest day,
 * so an open or unknown end never counts. When both are datetimes with an offset or Z, their
 * instants decide instead, since their written days are local to different offsets.
 * Used by rules such as "no acts after death", which must not fire on dates that may overlap.
 *
 * @throws TypeError with the parse error's message when given a string that is not a valid fuzzy date
 */
export function isCertainlyBefore(a: ParsedFuzzyDate | string, b: ParsedFuzzyDate | string): boolean {
  const left = resolve(a);
  const right = resolve(b);
  if (left.instant !== undefined && right.instant !== undefined) {
    return Date.parse(left.instant) < Date.parse(right.instant);
  }
  return left.latest !== null && right.earliest !== null && left.latest < right.earliest;
}

/**
 * The first and last possible days of a fuzzy date, for range filters; null for an open or unknown end.
 *
 * @throws TypeError with the parse error's message when given a string that is not a valid fuzzy date
 */
export function fuzzyDateBounds(value: ParsedFuzzyDate | string): {
  earliest: string | null;
  latest: string | null;
} {
  const { earliest, latest } = resolve(value);
  return { earliest, latest };
}

function resolve(value: ParsedFuzzyDate | string): ParsedFuzzyDate {
  if (typeof value !== 'string') return value;
  const result = parseFuzzyDate(value);
  if (!result.ok) throw new TypeError(result.error.message);
  return result.value;
}

/** ISO days compare as strings; `nullOrder` is where a missing bound sorts relative to any day. */
function compareBounds(a: string | null, b: string | null, nullOrder: -1 | 1): number {
  if (a === b) return 0;
  if (a === null) return nullOrder;
  if (b === null) return -nullOrder;
  return a < b ? -1 : 1;
}
