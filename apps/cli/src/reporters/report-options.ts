import type { Diagnostic } from '@marsad/content';

/** What every reporter is told besides the diagnostics. */
export interface ReportOptions {
  /** Content files the run checked. */
  fileCount: number;
  /** Leave warnings and info out of the listing (they still count in the totals). */
  quiet?: boolean;
}

/** How many diagnostics of each severity a run found. */
export interface SeverityCounts {
  errors: number;
  warnings: number;
  infos: number;
}

/** Counts diagnostics by severity. */
export function countSeverities(diagnostics: readonly Diagnostic[]): SeverityCounts {
  const counts: SeverityCounts = { errors: 0, warnings: 0, infos: 0 };
  for (const diagnostic of diagnostics) {
    if (diagnostic.severity === 'error') counts.errors++;
    else if (diagnostic.severity === 'warning') counts.warnings++;
    else counts.infos++;
  }
  return counts;
}

/** The diagnostics a report lists: all of them, or only the errors under `quiet`. */
export function listedDiagnostics(diagnostics: readonly Diagnostic[], quiet = false): Diagnostic[] {
  return quiet ? diagnostics.filter((diagnostic) => diagnostic.severity === 'error') : [...diagnostics];
}
