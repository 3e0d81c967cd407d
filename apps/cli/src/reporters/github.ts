import { relative, resolve, sep } from 'node:path';
import type { Diagnostic, Severity } from '@marsad/content';
import { suggestionNote, summaryLine } from './report-lines.js';
import { listedDiagnostics, type ReportOptions } from './report-options.js';

/** Options of {@link reportGithub}. */
export interface GithubOptions extends ReportOptions {
  /** Absolute path of the content root the diagnostics' paths are relative to. */
  contentRoot: string;
  /** Absolute path annotations' paths are made relative to: the repository root (GITHUB_WORKSPACE) or the cwd. */
  root: string;
}

const COMMAND: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'notice' };

/** Escapes a workflow command's message: `%`, CR and LF (the runner decodes them back). */
export function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Escapes a workflow command's property value: as {@link escapeData}, plus `:` and `,` which delimit properties. */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/** The annotation text: the message, then the suggestions and the cause on lines of their own. */
function annotationMessage(diagnostic: Diagnostic, pathOf: (file: string) => string): string {
  const lines = [diagnostic.message];
  const suggestions = suggestionNote(diagnostic);
  if (suggestions) lines.push(suggestions);
  if (diagnostic.cause) {
    const { file, line, column, message } = diagnostic.cause;
    lines.push(`see ${pathOf(file)}:${line}:${column} — ${message}`);
  }
  return lines.join('\n');
}

/**
 * The GitHub Actions report: one `::error`, `::warning` or `::notice` workflow command per diagnostic,
 * which the runner turns into annotations on the pull request's diff, then the summary line. Paths are
 * relative to `root`, as annotations need. Columns are sent only for one-line spans: GitHub accepts
 * `col` and `endColumn` only when `line` and `endLine` are equal.
 */
export function reportGithub(diagnostics: readonly Diagnostic[], options: GithubOptions): string {
  const pathOf = (file: string) =>
    relative(options.root, resolve(options.contentRoot, file)).split(sep).join('/');
  const lines = listedDiagnostics(diagnostics, options.quiet).map((diagnostic) => {
    const properties: [string, string | number][] = [
      ['file', pathOf(diagnostic.file)],
      ['line', diagnostic.line],
    ];
    if (diagnostic.endLine === diagnostic.line) properties.push(['col', diagnostic.column]);
    properties.push(['endLine', diagnostic.endLine]);
    if (diagnostic.endLine === diagnostic.line) properties.push(['endColumn', diagnostic.endColumn]);
    properties.push(['title', diagnostic.ruleId]);
    const list = properties.map(([name, value]) => `${name}=${escapeProperty(String(value))}`).join(',');
    return `::${COMMAND[diagnostic.severity]} ${list}::${escapeData(annotationMessage(diagnostic, pathOf))}`;
  });
  return [...lines, summaryLine(diagnostics, options)].join('\n') + '\n';
}
