import { isCommonFuzzyDate } from '../fuzzy-date/common-form.js';
import { FUZZY_DATE_PATTERN, parseFuzzyDate } from '../fuzzy-date/index.js';
import { expecting } from '../messages.js';
import { provenBy } from '../valid-fast-path.js';
import { z } from '../zod.js';

const fuzzyWords = 'a date like 2024-01-05, 2023-08, 2020, 2023-08~ or 2023-10-17/2024-02-04 (EDTF)';

/**
 * An EDTF (ISO 8601-2 level 0 and part of level 1) date, day, month, year, datetime or interval.
 * YAML's bare `born: 1979` reads as a number and means that year, so integers are accepted and
 * decoded to their text: the parsed value is always the string as written.
 */
export const FuzzyDate = z
  .codec(
    z.union([z.string().meta({ pattern: FUZZY_DATE_PATTERN }), z.int().min(0).max(9999)], {
      error: expecting(fuzzyWords),
    }),
    provenBy(
      z.string().superRefine((text, ctx) => {
        if (isCommonFuzzyDate(text)) return;
        const parsed = parseFuzzyDate(text);
        if (parsed.ok) return;
        ctx.addIssue({
          code: 'invalid_format',
          format: 'edtf',
          input: text,
          message: parsed.error.message,
          params: parsed.error.code === 'interval-order' ? { ruleId: 'date/order' } : undefined,
        });
      }),
      isCommonFuzzyDate,
    ),
    // A YAML year below 1000 reads as a short number (`800`): pad it back to the four digits EDTF writes.
    {
      decode: (value) => (typeof value === 'number' ? String(value).padStart(4, '0') : value.trim()),
      encode: (text) => text,
    },
  )
  .meta({
    id: 'FuzzyDate',
    title: 'Fuzzy date (EDTF)',
    description:
      'A date as precise as it is known, in EDTF (ISO 8601-2): `2024-01-05`, `2023-08`, `2020`, `2024-01-04T11:45:00+03:00`; `~` approximate, `?` uncertain (`2023-08~`); intervals `2023-10-17/2024-02-04`, open `2022-10-27/..`, unknown start `../2019`. A bare integer is a year.',
    examples: ['2024-01-05', '2023-08~', '2023-10-17/2024-02-04', 1979],
  });
export type FuzzyDate = z.output<typeof FuzzyDate>;

const dateTimeWords = 'a date and time with offset, like 2024-01-10T10:00:00+03:00';

/** An ISO 8601 date-time with `Z` or a UTC offset, for publication times and embargoes. */
export const DateTime = z.iso.datetime({ offset: true, error: expecting(dateTimeWords) }).meta({
  id: 'DateTime',
  title: 'Date and time',
  description: 'An ISO 8601 date-time with `Z` or a UTC offset (`2024-01-10T10:00:00+03:00`).',
  examples: ['2024-01-10T10:00:00+03:00'],
});
export type DateTime = z.infer<typeof DateTime>;

/** An ISO 8601 calendar day, for access and correction dates. */
export const IsoDate = z.iso.date({ error: expecting('a day like 2024-01-05') }).meta({
  id: 'IsoDate',
  title: 'Day',
  description: 'An ISO 8601 calendar day (`2024-01-05`).',
  examples: ['2024-01-05'],
});
export type IsoDate = z.infer<typeof IsoDate>;
