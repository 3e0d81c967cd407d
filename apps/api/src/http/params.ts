import { z } from '@hono/zod-openapi';
import { fuzzyDateBounds, parseFuzzyDate } from '@marsad/schema';
import { decodeCursor, type KeyShape } from '../list/cursor.js';

/** Longest accepted `q`: longer text is not a search, and bounds the work a request can ask for. */
export const MAX_QUERY_LENGTH = 200;

/** The page size parameter: 1 to `max`, `fallback` when absent. */
export function limitParam(max: number, fallback: number) {
  const error = `expected a whole number from 1 to ${max}`;
  return z.coerce
    .number({ error })
    .int({ error })
    .min(1, { error })
    .max(max, { error })
    .default(fallback)
    .meta({ description: `Items per page, 1 to ${max} (default ${fallback}).` });
}

/** The `cursor` parameter of a list whose sort keys have `shape`; parsed to the key it carries. */
export function cursorParam(shape: KeyShape) {
  return z
    .string()
    .max(400, { error: 'expected the `next` value of the previous page, unchanged' })
    .transform((text, ctx) => {
      const key = decodeCursor(text, shape);
      if (key !== undefined) return key;
      ctx.addIssue({
        code: 'custom',
        message: 'not a cursor of this list: pass the `next` value of the previous page, unchanged',
      });
      return z.NEVER;
    })
    .optional()
    .meta({
      description:
        'Where the page starts: the `next` value of the previous page (also in its `Link` header).',
    });
}

/** Day bounds (inclusive ISO days) a date filter compares entries with. */
export interface DayBound {
  /** The first day of the written period (`2024` → `2024-01-01`). */
  earliest: string;
  /** The last day of the written period (`2024` → `2024-12-31`). */
  latest: string;
}

/** A `from` or `to` parameter: a year, month or day, as EDTF writes them; parsed to its first and last day. */
export function dayParam(what: string) {
  const error = 'expected a year, month or day like 2024, 2024-01 or 2024-01-05';
  return z
    .string({ error })
    .regex(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/, { error })
    .transform((text, ctx): DayBound => {
      const parsed = parseFuzzyDate(text);
      if (!parsed.ok) {
        ctx.addIssue({ code: 'custom', message: parsed.error.message });
        return z.NEVER;
      }
      const { earliest, latest } = fuzzyDateBounds(parsed.value);
      return { earliest: earliest!, latest: latest! };
    })
    .optional()
    .meta({ description: what, examples: ['2024', '2023-10', '2024-01-05'] });
}

/** A comma-separated subset of `allowed` (`facets=type,year`); parsed to the names, each once. */
export function namesParam<const T extends string>(allowed: readonly T[], what: string) {
  const options = allowed.join(', ');
  return z
    .string()
    .max(400, { error: `expected a comma-separated list of ${options}` })
    .transform((text, ctx) => {
      const names = [...new Set(text.split(',').map((name) => name.trim()))];
      const unknown = names.filter((name) => !(allowed as readonly string[]).includes(name));
      if (unknown.length === 0) return names as T[];
      ctx.addIssue({
        code: 'custom',
        message: `${unknown.map((name) => JSON.stringify(name)).join(', ')} ${unknown.length === 1 ? 'is' : 'are'} not one of ${options}`,
      });
      return z.NEVER;
    })
    .optional()
    .meta({ description: `${what} Comma-separated: ${options}.` });
}

/** A whole-number parameter from `min` to `max`. */
export function intParam(min: number, max: number, what: string) {
  const error = `expected a whole number from ${min} to ${max}`;
  return z.coerce
    .number({ error })
    .int({ error })
    .min(min, { error })
    .max(max, { error })
    .optional()
    .meta({ description: what });
}

/** The `q` parameter of a text filter or search: trimmed, 1 to {@link MAX_QUERY_LENGTH} characters. */
export function textParam(what: string) {
  const error = `expected text of 1 to ${MAX_QUERY_LENGTH} characters`;
  return z
    .string({ error })
    .trim()
    .min(1, { error })
    .max(MAX_QUERY_LENGTH, { error })
    .meta({ description: what });
}

/** A bounding box, in degrees. */
export interface BoundingBox {
  west: number;
  south: number;
  east: number;
  north: number;
}

const NUMBER = /^-?\d+(?:\.\d+)?$/;

/** The `bbox` parameter: `west,south,east,north` in degrees (GeoJSON order), within the globe's ranges. */
export function bboxParam() {
  const shape = 'expected west,south,east,north in degrees, like 38.7,29.0,48.6,37.4';
  return z
    .string()
    .max(100, { error: shape })
    .transform((text, ctx): BoundingBox => {
      const parts = text.split(',');
      if (parts.length !== 4 || !parts.every((part) => NUMBER.test(part.trim()))) {
        ctx.addIssue({ code: 'custom', message: shape });
        return z.NEVER;
      }
      const [west, south, east, north] = parts.map(Number) as [number, number, number, number];
      const problems = [
        ...[west, east]
          .filter((lon) => lon < -180 || lon > 180)
          .map((lon) => `longitude ${lon} is outside -180..180`),
        ...[south, north]
          .filter((lat) => lat < -90 || lat > 90)
          .map((lat) => `latitude ${lat} is outside -90..90`),
        ...(west > east ? [`west (${west}) is east of east (${east})`] : []),
        ...(south > north ? [`south (${south}) is north of north (${north})`] : []),
      ];
      if (problems.length === 0) return { west, south, east, north };
      ctx.addIssue({ code: 'custom', message: `${problems.join('; ')}: ${shape}` });
      return z.NEVER;
    })
    .optional()
    .meta({ description: 'Only entries located inside this box: `west,south,east,north` in degrees.' });
}
