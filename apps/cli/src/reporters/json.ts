import type { Diagnostic } from '@marsad/content';
import { countSeverities, listedDiagnostics, type ReportOptions } from './report-options.js';

/** The document the json reporter prints. */
export interface JsonReport {
  /** Content files checked. */
  files: number;
  /** Errors found (all of them, whatever `quiet` lists). */
  errors: number;
  /** Warnings found (all of them, whatever `quiet` lists). */
  warnings: number;
  /** The listed diagnostics, file paths relative to the content root. */
  diagnostics: Diagnostic[];
}

/**
 * The machine report: one JSON document `{ files, errors, warnings, diagnostics }` and nothing else,
 * so `marsad validate --format json | jq` always parses. The counts are the run's totals; `quiet`
 * only shortens the list.
 */
export function reportJson(diagnostics: readonly Diagnostic[], options: ReportOptions): string {
  const counts = countSeverities(diagnostics);
  const report: JsonReport = {
    files: options.fileCount,
    errors: counts.errors,
    warnings: counts.warnings,
    diagnostics: listedDiagnostics(diagnostics, options.quiet),
  };
  return `${JSON.stringify(report, null, 2)}\n`;
}
