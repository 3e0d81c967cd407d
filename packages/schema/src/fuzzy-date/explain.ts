import type { FuzzyDateError } from './types.js';

/** Accepted forms, shown in every syntax error so that editors see what to write. */
export const DATE_EXAMPLES = 'a date like 2024-01-05, 2023-08, 2020 or 2023-08~ (EDTF)';

const EASTERN_DIGITS = /[\u0660-\u0669\u06F0-\u06F9]/g;

// Valid EDTF beyond the supported years: the Y prefix writes years beyond 9999, a minus years
// before 0000; analyses of current events never need them.
const UNSUPPORTED_YEARS: readonly (readonly [form: RegExp, years: string])[] = [
  [/^Y-?\d{5,}/, 'years beyond 9999 (written with Y)'],
  [/^-\d{4}(?:$|[-?~%])/, 'years before 0000'],
];

// Common slips, first match wins; each hint shows the corrected form.
const HINTS: readonly (readonly [slip: RegExp, hint: string])[] = [
  [
    /^\d{4}-\d{2}-\d{2}[ t]\d{2}:/,
    'separate the date and the time with a capital T, like 2024-01-04T11:45:00',
  ],
  [/T\d{2}:\d{2}(?:$|[^:\d])/, 'a time needs seconds, like 2024-01-04T11:45:00+03:00'],
  [/T\d{2}:\d{2}:\d{2}[+-]\d{4}$/, 'write the offset with a colon, like +03:00'],
  [/T.*[?~%]/, 'the qualifiers ?, ~ and % apply to dates without a time of day'],
  [/^[?~%]/, 'put the qualifier after the date, like 2023-08~'],
  [/x/, 'write unspecified digits with a capital X, like 201X or 2023-XX'],
  [
    /^\d{1,4}\/\d{1,2}\/\d{1,4}$/,
    'separate year, month and day with "-", like 2024-01-05; "/" separates the ends of an interval',
  ],
  [
    /^\d+(?:[-.]\d+){0,2}[?~%]?$/,
    'write the year first with four digits, then the month and day with two, like 2024-01-05',
  ],
  [/^-\d/, 'years run from 0000 to 9999 and are written with four digits, like 0980 or 2024'],
  [/[A-Za-z\u0600-\u06FF]{3}/, 'write the month as a number, year first: 5 January 2024 is 2024-01-05'],
];

/**
 * Why `text` (one date or one end of an interval) is not a date: an `unsupported` error for valid
 * EDTF beyond the supported subset, otherwise a `syntax` error that says `expected` and adds a hint
 * for a recognised slip.
 */
export function explainUnparsable(text: string, expected: string): FuzzyDateError {
  const unsupported = UNSUPPORTED_YEARS.find(([form]) => form.test(text));
  if (unsupported) {
    return {
      code: 'unsupported',
      message: `${text}: ${unsupported[1]} are not supported; years run from 0000 to 9999`,
    };
  }
  const western = westernDigits(text);
  const hint =
    western === text ? HINTS.find(([slip]) => slip.test(text))?.[1] : `write the digits as 0-9: ${western}`;
  return { code: 'syntax', message: `expected ${expected}, got "${text}"${hint ? `; ${hint}` : ''}` };
}

/** Arabic-Indic (U+0660-0669) and Persian (U+06F0-06F9) digits: the low four bits are the digit's value. */
function westernDigits(text: string): string {
  return text.replace(EASTERN_DIGITS, (digit) => String((digit.codePointAt(0) ?? 0) & 0xf));
}
