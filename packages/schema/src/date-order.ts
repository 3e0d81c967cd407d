import type * as z from 'zod';
import { boundsPrefixLength, endsBefore } from './fuzzy-date/common-form.js';
import { parseFuzzyDate } from './fuzzy-date/index.js';

/** A pair of fields that must be in time order, with the words an editor reads for each. */
export interface DateOrderPair {
  start: string;
  end: string;
}

/**
 * Adds a `date/order` issue at `end` when the end certainly lies before the start
 * (the end's latest day is before the start's earliest day). Values that do not parse are
 * reported by their own schema, so they are skipped here.
 */
export function checkDateOrder(
  ctx: z.core.$RefinementCtx,
  value: Record<string, unknown>,
  { start, end }: DateOrderPair,
  basePath: PropertyKey[] = [],
): void {
  const startText = value[start];
  const endText = value[end];
  if (startText === undefined || endText === undefined) return;
  if (!endsBeforeStart(startText, endText)) return;
  ctx.addIssue({
    code: 'custom',
    path: [...basePath, end],
    input: endText,
    message: `\`${end}\` (${String(endText)}) is before \`${start}\` (${String(startText)}): swap them or correct one`,
    params: { ruleId: 'date/order' },
  });
}

/** Whether both values are fuzzy dates and the end's latest day is before the start's earliest. */
function endsBeforeStart(startText: unknown, endText: unknown): boolean {
  // Dates and datetimes, every form but the seasons, compare by their text: the field schemas have
  // already checked them, so parsing both again here would be waste.
  if (typeof startText === 'string' && typeof endText === 'string') {
    const startLength = boundsPrefixLength(startText);
    const endLength = boundsPrefixLength(endText);
    if (startLength > 0 && endLength > 0) return endsBefore(endText, 0, endLength, startText, 0, startLength);
  }
  const startDate = parseFuzzyDate(startText as string | number);
  const endDate = parseFuzzyDate(endText as string | number);
  if (!startDate.ok || !endDate.ok) return false;
  const startsAt = startDate.value.earliest;
  const endsBy = endDate.value.latest;
  return startsAt !== null && endsBy !== null && endsBy < startsAt;
}
