import { DATE_EXAMPLES, explainUnparsable } from './explain.js';
import { type DatePart, parseDatePart } from './parse-date.js';
import type { DatePrecision, FuzzyDateError, FuzzyDateResult, ParsedFuzzyDate } from './types.js';

const OPEN_END = '..';
const PRECISION_ORDER: readonly DatePrecision[] = ['year', 'month', 'day', 'time'];

/**
 * Parses a fuzzy date: EDTF level 0 plus the level 1 qualifiers (`?`, `~`, `%`), unspecified digits
 * (`201X`, `2023-XX`), open and unknown interval ends (`2022-10-27/..`, `/2019`) and seasons
 * (`2023-21` spring to `2023-24` winter). A non-negative integer is a year, as YAML reads `born: 1979`.
 * Never throws: any input, including values of the wrong type, gives a result.
 *
 * @example parseFuzzyDate('2023-08~') // { ok: true, value: { earliest: '2023-08-01', latest: '2023-08-31', precision: 'month', approximate: true, ... } }
 */
export function parseFuzzyDate(input: string | number): FuzzyDateResult {
  const read = readInput(input);
  if ('code' in read) return { ok: false, error: read };
  const { text, source } = read;
  if (source === '') return failure('syntax', `the date is empty: expected ${DATE_EXAMPLES}`);

  const slashes = source.split('/');
  const [start = '', end] = slashes;
  if (slashes.length > 2) return { ok: false, error: explainUnparsable(source, DATE_EXAMPLES) };
  if (end !== undefined) return parseInterval(text, start, end);

  const single = parseDatePart(source);
  if (single === undefined) {
    const error =
      source === OPEN_END
        ? { code: 'syntax' as const, message: `".." marks an open end of an interval, like 2022-10-27/..` }
        : explainUnparsable(source, DATE_EXAMPLES);
    return { ok: false, error };
  }
  if (!single.ok) return single;
  return { ok: true, value: { text, ...single.part, interval: false } };
}

/** The trimmed text, and the text to parse: integers are years, padded to the four digits EDTF writes. */
function readInput(input: unknown): { text: string; source: string } | FuzzyDateError {
  if (typeof input === 'string') {
    const text = input.trim();
    return { text, source: text };
  }
  if (typeof input === 'number') {
    if (!Number.isInteger(input)) {
      return { code: 'syntax', message: `expected a year as a whole number like 1979, got ${input}` };
    }
    if (input < 0 || input > 9999) {
      return { code: 'unsupported', message: `years run from 0000 to 9999, got ${input}` };
    }
    return { text: String(input), source: String(input).padStart(4, '0') };
  }
  const got = input === null ? 'null' : typeof input;
  return { code: 'syntax', message: `expected ${DATE_EXAMPLES} or a year like 1979, got ${got}` };
}

type IntervalEnd = { kind: 'open' | 'unknown' } | { kind: 'date'; part: DatePart };

function parseInterval(text: string, startText: string, endText: string): FuzzyDateResult {
  const start = parseIntervalEnd(startText, 'start');
  if ('code' in start) return { ok: false, error: start };
  const end = parseIntervalEnd(endText, 'end');
  if ('code' in end) return { ok: false, error: end };
  if (start.kind !== 'date' && end.kind !== 'date') {
    return failure(
      'syntax',
      `an interval needs at least one known end, like 2022-10-27/.. or ../2019, got "${text}"`,
    );
  }
  const parts = [start, end].flatMap((side) => (side.kind === 'date' ? [side.part] : []));
  const earliest = start.kind === 'date' ? start.part.earliest : null;
  const latest = end.kind === 'date' ? end.part.latest : null;
  if (earliest !== null && latest !== null && latest < earliest) {
    return failure('interval-order', `interval ends (${endText}) before it starts (${startText})`);
  }
  const value: ParsedFuzzyDate = {
    text,
    earliest,
    latest,
    precision: coarsest(parts.map((part) => part.precision)),
    approximate: parts.some((part) => part.approximate),
    uncertain: parts.some((part) => part.uncertain),
    interval: true,
  };
  return { ok: true, value };
}

function parseIntervalEnd(text: string, side: 'start' | 'end'): IntervalEnd | FuzzyDateError {
  if (text === '') return { kind: 'unknown' };
  if (text === OPEN_END) return { kind: 'open' };
  const expected = `the interval's ${side} to be a date like 2023-10-17, 2023-10 or 2023~, ".." when open or nothing when unknown`;
  const parsed = parseDatePart(text);
  if (parsed === undefined) return explainUnparsable(text, expected);
  if (!parsed.ok) return parsed.error;
  // EDTF intervals join dates; a time of day belongs to a single datetime value.
  if (parsed.part.precision === 'time') {
    return {
      code: 'unsupported',
      message: `the interval's ${side} "${text}" has a time of day; interval ends are dates, like 2023-10-17/2024-02-04`,
    };
  }
  return { kind: 'date', part: parsed.part };
}

function coarsest(precisions: readonly DatePrecision[]): DatePrecision {
  const index = Math.min(...precisions.map((precision) => PRECISION_ORDER.indexOf(precision)));
  return PRECISION_ORDER[index] ?? 'year';
}

function failure(code: FuzzyDateError['code'], message: string): FuzzyDateResult {
  return { ok: false, error: { code, message } };
}
