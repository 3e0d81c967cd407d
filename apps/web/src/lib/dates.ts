import { type DatePrecision, parseFuzzyDate } from '@marsad/schema';
import type { Lang } from './languages.js';

/** A fuzzy date in words for a reader, with a machine-readable value for `<time datetime>`. */
export interface FormattedDate {
  text: string;
  /** An ISO date (or datetime) for the `datetime` attribute; undefined when no end is known. */
  datetime: string | undefined;
}

// Western digits in Arabic too: the sample's Arabic texts write years as 2024, and mixing digit
// systems inside one line reads badly.
const locales: Record<Lang, string> = { ar: 'ar-u-nu-latn', en: 'en-GB' };

const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(lang: Lang, precision: DatePrecision): Intl.DateTimeFormat {
  const key = `${lang}:${precision}`;
  let found = formatters.get(key);
  if (!found) {
    const options: Intl.DateTimeFormatOptions =
      precision === 'year'
        ? { year: 'numeric' }
        : precision === 'month'
          ? { year: 'numeric', month: 'long' }
          : precision === 'day'
            ? { year: 'numeric', month: 'long', day: 'numeric' }
            : { year: 'numeric', month: 'long', day: 'numeric', hour: '2-digit', minute: '2-digit' };
    found = new Intl.DateTimeFormat(locales[lang], { ...options, timeZone: 'UTC' });
    formatters.set(key, found);
  }
  return found;
}

const words = {
  ar: {
    approximate: (text: string) => `${text} تقريبًا`,
    uncertain: (text: string) => `${text} (غير مؤكد)`,
    since: (text: string) => `منذ ${text}`,
    until: (text: string) => `حتى ${text}`,
    range: (from: string, to: string) => `${from} – ${to}`,
  },
  en: {
    approximate: (text: string) => `around ${text}`,
    uncertain: (text: string) => `${text} (uncertain)`,
    since: (text: string) => `since ${text}`,
    until: (text: string) => `until ${text}`,
    range: (from: string, to: string) => `${from} – ${to}`,
  },
} satisfies Record<Lang, unknown>;

/**
 * The wall-clock time as written (`2024-01-04T11:45:00+03:00` reads 11:45, not the UTC hour):
 * readers of an event want the local time of the place it happened.
 */
function writtenInstant(text: string): Date {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/.exec(text);
  if (!match) return new Date(Number.NaN);
  const [, year, month, day, hour, minute] = match.map(Number) as number[];
  return new Date(Date.UTC(year!, month! - 1, day!, hour!, minute!));
}

/** One end of a date (no `/`), or undefined when it does not parse. */
function formatPoint(text: string, lang: Lang): FormattedDate | undefined {
  const parsed = parseFuzzyDate(text);
  if (!parsed.ok || parsed.value.earliest === null) return undefined;
  const { precision, earliest, approximate, uncertain } = parsed.value;
  const date = precision === 'time' ? writtenInstant(text) : new Date(`${earliest}T00:00:00Z`);
  let shown = formatter(lang, precision).format(date);
  if (approximate) shown = words[lang].approximate(shown);
  if (uncertain) shown = words[lang].uncertain(shown);
  return { text: shown, datetime: precision === 'time' ? text.replace(/[~?%]$/, '') : earliest };
}

// The same dates appear on many pages (an event's date in every list it is in, an article's in every
// list and feed): each is formatted once per build, as Intl's format() is costly.
const formattedDates = new Map<string, FormattedDate>();
function once(key: string, format: () => FormattedDate): FormattedDate {
  let formatted = formattedDates.get(key);
  if (!formatted) {
    formatted = format();
    formattedDates.set(key, formatted);
  }
  return formatted;
}

/**
 * A fuzzy date (EDTF) in words, at the precision it was written: `2023-08~` is "أغسطس 2023 تقريبًا"
 * in Arabic and "around August 2023" in English; intervals read "from – to", open ends "since …"
 * and unknown starts "until …". Text that is not a valid fuzzy date is shown as written.
 */
export function formatFuzzyDate(text: string, lang: Lang): FormattedDate {
  return once(`${lang}\u0000${text}`, () => formatUncached(text, lang));
}

function formatUncached(text: string, lang: Lang): FormattedDate {
  const parsed = parseFuzzyDate(text);
  if (!parsed.ok) return { text, datetime: undefined };
  if (!parsed.value.interval) return formatPoint(parsed.value.text, lang) ?? { text, datetime: undefined };
  const [startText = '', endText = ''] = parsed.value.text.split('/');
  const start = startText === '..' || startText === '' ? undefined : formatPoint(startText, lang);
  const end = endText === '..' || endText === '' ? undefined : formatPoint(endText, lang);
  if (start && end) return { text: words[lang].range(start.text, end.text), datetime: start.datetime };
  if (start) return { text: words[lang].since(start.text), datetime: start.datetime };
  if (end) return { text: words[lang].until(end.text), datetime: end.datetime };
  return { text, datetime: undefined };
}

/** A publication timestamp (`2024-01-10T10:00:00+03:00`) as a day in words, e.g. "10 يناير 2024". */
export function formatPublished(datetime: string, lang: Lang): FormattedDate {
  return once(`${lang}\u0000published\u0000${datetime}`, () => {
    const day = /^\d{4}-\d{2}-\d{2}/.exec(datetime)?.[0];
    if (!day) return { text: datetime, datetime: undefined };
    return { text: formatter(lang, 'day').format(new Date(`${day}T00:00:00Z`)), datetime };
  });
}
