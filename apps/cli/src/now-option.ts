import { DateTime } from '@marsad/schema';
import { UsageError } from './command.js';

/**
 * The moment given with `--now`, or the current time: what is public is decided at it. The schema's
 * DateTime, as publication times and embargoes are written, so it also refuses 2024-02-30.
 */
export function parseNow(text: string | undefined): Date {
  if (text === undefined) return new Date();
  if (!DateTime.safeParse(text).success) {
    throw new UsageError(
      `--now takes a date and time with an offset, like 2024-06-01T00:00:00Z; got "${text}".`,
    );
  }
  return new Date(text);
}
