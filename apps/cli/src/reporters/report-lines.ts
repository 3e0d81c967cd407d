import type { Diagnostic } from '@marsad/content';
import {
  countSeverities,
  listedDiagnostics,
  type ReportOptions,
  type SeverityCounts,
} from './report-options.js';

/**
 * The suggestions line of a diagnostic, without repeating what its message already says: `did you mean
 * "a", "b"?`, or `other candidates: "b", "c"` when the message names the first. Undefined when the
 * message names them all.
 */
export function suggestionNote(diagnostic: Diagnostic): string | undefined {
  const unsaid = diagnostic.suggestions.filter((suggestion) => !diagnostic.message.includes(suggestion));
  if (unsaid.length === 0) return undefined;
  const quoted = unsaid.map((suggestion) => `"${suggestion}"`).join(', ');
  return unsaid.length === diagnostic.suggestions.length
    ? `did you mean ${quoted}?`
    : `other candidates: ${quoted}`;
}

/** `1 error`, `3 errors`: a count with its noun in the right number. */
export function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

function countsText(counts: SeverityCounts, joiner: string): string {
  const parts: string[] = [];
  if (counts.errors > 0) parts.push(plural(counts.errors, 'error'));
  if (counts.warnings > 0) parts.push(plural(counts.warnings, 'warning'));
  if (counts.infos > 0) parts.push(`${counts.infos} info`);
  return parts.join(joiner);
}

/**
 * The closing line of a report: `✖ 3 errors, 1 warning in 2 files (53 files checked)` or
 * `✔ 53 files, no problems`, noting what `quiet` left out.
 */
export function summaryLine(diagnostics: readonly Diagnostic[], options: ReportOptions): string {
  const listed = listedDiagnostics(diagnostics, options.quiet);
  const shown = countSeverities(listed);
  const all = countSeverities(diagnostics);
  const hidden = countsText(
    { errors: 0, warnings: all.warnings - shown.warnings, infos: all.infos - shown.infos },
    ' and ',
  );
  const hiddenNote = hidden ? ` (${hidden} hidden by --quiet)` : '';
  const checked = plural(options.fileCount, 'file');
  if (listed.length === 0) return `✔ ${checked}, no ${hidden ? 'errors' : 'problems'}${hiddenNote}`;
  const files = new Set(listed.map((diagnostic) => diagnostic.file)).size;
  const mark = shown.errors > 0 ? '✖' : shown.warnings > 0 ? '⚠' : 'ℹ';
  return `${mark} ${countsText(shown, ', ')} in ${plural(files, 'file')} (${checked} checked)${hiddenNote}`;
}
