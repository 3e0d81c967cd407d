import type * as z from 'zod';
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
  const startDate = parseFuzzyDate(startText as string | number);
  const endDate = parseFuzzyDate(endText as string | number);
  if (!startDate.ok || !endDate.ok) return;
  const startsAt = startDate.value.earliest;
  const endsBy = endDate.value.latest;
  if (startsAt === null || endsBy === null || endsBy >= startsAt) return;
  ctx.addIssue({
    code: 'custom',
    path: [...basePath, end],
    input: endText,
    message: `\`${end}\` (${String(endText)}) is before \`${start}\` (${String(startText)}): swap them or correct one`,
    params: { ruleId: 'date/order' },
  });
}
