import { compareDiagnostics, type Diagnostic, type Severity } from '@marsad/content';
import { type Colors, createColors } from '../ansi.js';
import { printable } from '../text/printable.js';
import { splitLines } from '../text/source-lines.js';
import { suggestionNote, summaryLine } from './report-lines.js';
import { listedDiagnostics, type ReportOptions } from './report-options.js';
import { sourceSnippet } from './source-snippet.js';

/** Options of {@link reportPretty}. */
export interface PrettyOptions extends ReportOptions {
  /** Texts of the files, by path relative to the content root; a diagnostic shows its line when known. */
  sources?: ReadonlyMap<string, string>;
  /** Use ANSI colours. */
  color?: boolean;
  /** Terminal width; longer source lines are cut to a window around the span. */
  columns?: number;
  /** Cells per tab stop in source lines; default 4. */
  tabWidth?: number;
}

const INDENT = '  ';

function severityStyle(severity: Severity, colors: Colors): (text: string) => string {
  return severity === 'error' ? colors.red : severity === 'warning' ? colors.yellow : colors.blue;
}

/** Lines of text from a file, split once per file however many diagnostics point into it. */
class SourceLines {
  readonly #split = new Map<string, string[]>();

  constructor(private readonly sources: ReadonlyMap<string, string> | undefined) {}

  line(file: string, line: number): string | undefined {
    const text = this.sources?.get(file);
    if (text === undefined) return undefined;
    let lines = this.#split.get(file);
    if (!lines) {
      lines = splitLines(text);
      this.#split.set(file, lines);
    }
    return lines[line - 1];
  }
}

/** One diagnostic: a header line, the source line with its underline, then suggestions and the cause. */
function formatDiagnostic(
  diagnostic: Diagnostic,
  layout: { positionWidth: number; gutterWidth: number },
  sources: SourceLines,
  options: PrettyOptions,
  colors: Colors,
): string[] {
  const tone = severityStyle(diagnostic.severity, colors);
  const position = `${diagnostic.line}:${diagnostic.column}`.padEnd(layout.positionWidth);
  const [first = '', ...rest] = diagnostic.message.split(/\r\n|\n|\r/).map(printable);
  const lines = [
    `${INDENT}${colors.dim(position)}  ${tone(diagnostic.severity.padEnd(7))}  ${colors.dim(diagnostic.ruleId)}  ${first}`,
    ...rest.map(
      (line) => `${INDENT}${' '.repeat(layout.positionWidth + 13 + diagnostic.ruleId.length)}${line}`,
    ),
  ];
  const source = sources.line(diagnostic.file, diagnostic.line);
  if (source !== undefined) {
    const snippet = sourceSnippet(source, diagnostic, {
      gutterWidth: layout.gutterWidth,
      ...(options.columns !== undefined && { columns: options.columns - INDENT.length }),
      ...(options.tabWidth !== undefined && { tabWidth: options.tabWidth }),
      gutter: colors.dim,
      marker: tone,
    });
    lines.push(...snippet.map((line) => INDENT + line));
  }
  const note = `${INDENT}${' '.repeat(layout.gutterWidth + 2)}${colors.dim('=')} `;
  const suggestions = suggestionNote(diagnostic);
  if (suggestions) lines.push(`${note}${printable(suggestions)}`);
  if (diagnostic.cause) {
    const { file, line, column, message } = diagnostic.cause;
    lines.push(`${note}see ${colors.cyan(`${printable(file)}:${line}:${column}`)} — ${printable(message)}`);
  }
  return lines;
}

/** Diagnostics grouped by file, files in the order of their first diagnostic. */
function byFile(diagnostics: readonly Diagnostic[]): Map<string, Diagnostic[]> {
  const groups = new Map<string, Diagnostic[]>();
  for (const diagnostic of diagnostics) {
    const group = groups.get(diagnostic.file);
    if (group) group.push(diagnostic);
    else groups.set(diagnostic.file, [diagnostic]);
  }
  return groups;
}

/**
 * Formats diagnostics grouped by file, one block per file under a header naming it, without the summary
 * line (watch mode prints the new diagnostics of a run with it).
 */
export function formatFileGroups(diagnostics: readonly Diagnostic[], options: PrettyOptions): string[] {
  const colors = createColors(options.color ?? false);
  const sources = new SourceLines(options.sources);
  const blocks: string[] = [];
  for (const [file, group] of byFile([...diagnostics].sort(compareDiagnostics))) {
    const layout = {
      positionWidth: Math.max(...group.map((d) => `${d.line}:${d.column}`.length)),
      gutterWidth: Math.max(...group.map((d) => String(d.line).length)),
    };
    const items = group.map((diagnostic) => formatDiagnostic(diagnostic, layout, sources, options, colors));
    const header = colors.bold(colors.cyan(printable(file)));
    blocks.push(`${header}\n${items.map((lines) => lines.join('\n')).join('\n\n')}`);
  }
  return blocks;
}

/**
 * The human report: diagnostics grouped by file, each with `line:column`, severity, rule id and message,
 * the source line underlined where the file's text is given, suggestions, the cause, and a summary line.
 */
export function reportPretty(diagnostics: readonly Diagnostic[], options: PrettyOptions): string {
  const blocks = formatFileGroups(listedDiagnostics(diagnostics, options.quiet), options);
  return [...blocks, styledSummary(diagnostics, options)].join('\n\n') + '\n';
}

/** The summary line, in green, yellow or red when colours are on. */
export function styledSummary(diagnostics: readonly Diagnostic[], options: PrettyOptions): string {
  const colors = createColors(options.color ?? false);
  const summary = summaryLine(diagnostics, options);
  const tone = summary.startsWith('✔') ? colors.green : summary.startsWith('✖') ? colors.red : colors.yellow;
  return colors.bold(tone(summary));
}
