// EDTF (ISO 8601-2) fuzzy dates: level 0 and a level 1 subset, reduced to day bounds for ordering and filtering.
export { compareFuzzyDates, fuzzyDateBounds, isCertainlyBefore } from './compare.js';
export { parseFuzzyDate } from './parse.js';
export { FUZZY_DATE_PATTERN } from './pattern.js';
export type {
  DatePrecision,
  FuzzyDateError,
  FuzzyDateErrorCode,
  FuzzyDateResult,
  ParsedFuzzyDate,
} from './types.js';
