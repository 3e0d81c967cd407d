/**
 * Dates as whole days since 1970-01-01 (UTC), and the EDTF text the corpus writes for them. Working in
 * day numbers keeps the lifetime arithmetic (born before acting, acting before dying) exact.
 */

const MS_PER_DAY = 86_400_000;

/**
 * The day number of a calendar date.
 * @param {number} year
 * @param {number} [month] 1-12
 * @param {number} [day] 1-31
 */
export function dayOf(year, month = 1, day = 1) {
  return Math.floor(Date.UTC(year, month - 1, day) / MS_PER_DAY);
}

/**
 * `YYYY-MM-DD` of a day number.
 * @param {number} day
 */
export function isoDay(day) {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

/**
 * The calendar year of a day number.
 * @param {number} day
 */
export function yearOf(day) {
  return new Date(day * MS_PER_DAY).getUTCFullYear();
}

/**
 * @typedef {object} FuzzySpan
 * @property {string | number} text what the file says (a bare number is a year, as YAML reads it)
 * @property {number} earliest first day the date may mean
 * @property {number} latest last day the date may mean
 */

/**
 * A day-precision date.
 * @param {number} day
 * @returns {FuzzySpan}
 */
export function exactDay(day) {
  return { text: isoDay(day), earliest: day, latest: day };
}

/**
 * The month of `day`, written `YYYY-MM`, spanning the whole month.
 * @param {number} day
 * @param {boolean} [approximate] adds EDTF's `~`
 * @returns {FuzzySpan}
 */
export function monthOf(day, approximate = false) {
  const date = new Date(day * MS_PER_DAY);
  const year = date.getUTCFullYear();
  const month = date.getUTCMonth() + 1;
  return {
    text: `${isoDay(day).slice(0, 7)}${approximate ? '~' : ''}`,
    earliest: dayOf(year, month, 1),
    latest: dayOf(year, month + 1, 1) - 1,
  };
}

/**
 * The year of `day` as a bare number (`born: 1979`), spanning the whole year.
 * @param {number} day
 * @returns {FuzzySpan}
 */
export function yearSpan(day) {
  const year = yearOf(day);
  return { text: year, earliest: dayOf(year), latest: dayOf(year + 1) - 1 };
}

/**
 * A closed day interval `start/end`.
 * @param {number} start
 * @param {number} end
 * @returns {FuzzySpan}
 */
export function interval(start, end) {
  return { text: `${isoDay(start)}/${isoDay(end)}`, earliest: start, latest: end };
}

/**
 * An ISO date-time with the Baghdad offset, for `published` and `updated`.
 * @param {number} day
 * @param {number} minutes minutes after midnight
 */
export function dateTime(day, minutes) {
  const hh = String(Math.floor(minutes / 60)).padStart(2, '0');
  const mm = String(minutes % 60).padStart(2, '0');
  return `${isoDay(day)}T${hh}:${mm}:00+03:00`;
}
