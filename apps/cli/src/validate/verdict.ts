import { plural } from '../reporters/report-lines.js';
import type { SeverityCounts } from '../reporters/report-options.js';

/** How strict a run is about warnings. */
export interface WarningPolicy {
  /** Any warning fails the run. */
  strict?: boolean;
  /** More warnings than this fail the run. */
  maxWarnings?: number;
}

/** Whether content passed: exit code 0 or 1, and why warnings failed it when they did. */
export interface Verdict {
  exitCode: 0 | 1;
  /** Set when the run fails on warnings alone (errors speak for themselves in the report). */
  reason?: string;
}

/** Errors always fail; warnings fail under `--strict` or beyond `--max-warnings`; info never does. */
export function verdict(counts: SeverityCounts, policy: WarningPolicy): Verdict {
  if (counts.errors > 0) return { exitCode: 1 };
  if (policy.strict && counts.warnings > 0) {
    return { exitCode: 1, reason: `--strict fails the run on ${plural(counts.warnings, 'warning')}.` };
  }
  if (policy.maxWarnings !== undefined && counts.warnings > policy.maxWarnings) {
    return {
      exitCode: 1,
      reason: `${plural(counts.warnings, 'warning')} ${counts.warnings === 1 ? 'exceeds' : 'exceed'} --max-warnings ${policy.maxWarnings}.`,
    };
  }
  return { exitCode: 0 };
}
