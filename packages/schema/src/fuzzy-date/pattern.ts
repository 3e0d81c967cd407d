// The accepted syntax as one ECMA-262 regular expression, for JSON Schema `pattern` and editor tooling.
// It uses only non-capturing groups and no lookaround or flags, so every JSON Schema validator can run it.
//
// What the pattern cannot check (parseFuzzyDate does):
// - days per month: 2024-04-31 and 2024-02-30 match;
// - leap years: 2023-02-29 and 1900-02-29 match;
// - interval order: 2025/2024 matches;
// - a winter season running past year 9999: 9999-24 matches.
// It does check field ranges: months 01-12, seasons 21-24, days 01-31, hours 00-23,
// minutes and seconds 00-59, offsets up to ±14:00.

const YEAR = '\\d{4}';
/** `201X` (a decade) and `20XX` (a century): EDTF level 1 allows only the last one or two digits. */
const UNSPECIFIED_YEAR = '\\d{2}(?:\\dX|XX)';
const MONTH = '(?:0[1-9]|1[0-2])';
const SEASON = '2[1-4]';
const DAY = '(?:0[1-9]|[12]\\d|3[01])';
const QUALIFIER = '[?~%]';

/** Year, year-month, year-season or year-month-day, with unspecified X digits only at the right. */
const DATE = `(?:${YEAR}(?:-(?:${MONTH}(?:-(?:${DAY}|XX))?|${SEASON}|XX(?:-XX)?))?|${UNSPECIFIED_YEAR})`;
const QUALIFIED_DATE = `${DATE}${QUALIFIER}?`;

const TIME = '(?:[01]\\d|2[0-3]):[0-5]\\d:[0-5]\\d';
const OFFSET = '(?:Z|[+-](?:(?:0\\d|1[0-3]):[0-5]\\d|14:00))';
const DATETIME = `${YEAR}-${MONTH}-${DAY}T${TIME}${OFFSET}?`;

const OPEN = '\\.\\.';
/** At least one end is a date: `a/b`, `../b`, `/b` in the first branch, `a/..`, `a/` in the second. */
const INTERVAL = `(?:${QUALIFIED_DATE}|${OPEN})?/${QUALIFIED_DATE}|${QUALIFIED_DATE}/(?:${OPEN})?`;

/**
 * Anchored regular expression source accepting exactly the fuzzy-date syntax that
 * `parseFuzzyDate` accepts: EDTF level 0 dates, datetimes and intervals, plus the level 1
 * qualifiers, unspecified digits, open and unknown interval ends and seasons.
 * It does not check days per month, leap years or interval order; a match can still be a
 * `calendar` or `interval-order` error of the parser.
 */
export const FUZZY_DATE_PATTERN: string = `^(?:${DATETIME}|${QUALIFIED_DATE}|${INTERVAL})$`;
