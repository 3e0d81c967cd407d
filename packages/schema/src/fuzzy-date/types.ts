/** How finely a fuzzy date is known, from the coarsest (`year`) to the finest (`time`). */
export type DatePrecision = 'year' | 'month' | 'day' | 'time';

/** A parsed EDTF value reduced to the day bounds and flags that analyses filter and order on. */
export interface ParsedFuzzyDate {
  /** the text as given, trimmed (integers become their decimal text) */
  text: string;
  /** first possible day, ISO `YYYY-MM-DD`; null when the interval's start is open or unknown */
  earliest: string | null;
  /** last possible day, ISO `YYYY-MM-DD`; null when the interval's end is open or unknown */
  latest: string | null;
  /** the coarsest precision among the written parts */
  precision: DatePrecision;
  /** `~` or `%` on the date or on either end of the interval */
  approximate: boolean;
  /** `?` or `%` on the date or on either end of the interval */
  uncertain: boolean;
  /** written as `start/end` */
  interval: boolean;
  /** for datetimes with an offset or Z: the instant as an ISO UTC string; otherwise undefined */
  instant?: string;
}

/**
 * Why a fuzzy date was rejected:
 * `syntax` (not EDTF as supported here), `calendar` (no such month or day),
 * `time` (no such time of day or offset), `interval-order` (ends before it starts),
 * `unsupported` (valid EDTF beyond the supported subset, such as `Y170000002`).
 */
export type FuzzyDateErrorCode = 'syntax' | 'calendar' | 'time' | 'interval-order' | 'unsupported';

/** A rejected fuzzy date; `message` is written for content editors and shows a correct form. */
export interface FuzzyDateError {
  code: FuzzyDateErrorCode;
  message: string;
}

/** The outcome of {@link parseFuzzyDate}: the parsed value, or an error that says how to fix the text. */
export type FuzzyDateResult = { ok: true; value: ParsedFuzzyDate } | { ok: false; error: FuzzyDateError };
