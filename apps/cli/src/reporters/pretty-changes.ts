import type { Diagnostic } from '@marsad/content';
import { createColors } from '../ansi.js';
import { printable } from '../text/printable.js';
import type { DiagnosticChanges } from '../watch/diagnostic-changes.js';
import { formatFileGroups, type PrettyOptions, styledSummary } from './pretty.js';
import { listedDiagnostics } from './report-options.js';

/** Options of {@link reportPrettyChanges}. */
export interface PrettyChangesOptions extends PrettyOptions {
  /** Shown in the header, so successive runs in a scrolling terminal can be told apart (`14:03:07`). */
  time: string;
}

/**
 * What a watch re-run found, in the pretty style: a header with the time and the number of new and
 * resolved diagnostics, the new ones in full, the resolved ones one line each, then the summary line of
 * the whole content as it now stands (`diagnostics`).
 */
export function reportPrettyChanges(
  changes: DiagnosticChanges,
  diagnostics: readonly Diagnostic[],
  options: PrettyChangesOptions,
): string {
  const colors = createColors(options.color ?? false);
  const added = listedDiagnostics(changes.added, options.quiet);
  const resolved = listedDiagnostics(changes.resolved, options.quiet);
  const counts =
    added.length + resolved.length === 0 ? 'no changes' : `${added.length} new, ${resolved.length} resolved`;
  const blocks = [colors.dim(`── ${options.time} · ${counts} ──`), ...formatFileGroups(added, options)];
  if (resolved.length > 0) {
    const lines = resolved.map(
      (diagnostic) =>
        `  ${colors.green('✔')} ${printable(diagnostic.file)}:${diagnostic.line}:${diagnostic.column}  ${colors.dim(diagnostic.ruleId)}  ${printable(diagnostic.message)}`,
    );
    blocks.push([colors.bold('resolved'), ...lines].join('\n'));
  }
  blocks.push(styledSummary(diagnostics, options));
  return blocks.join('\n\n') + '\n';
}
