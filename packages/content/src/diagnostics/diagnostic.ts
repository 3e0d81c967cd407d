/** How bad a diagnostic is: errors fail CI, warnings only under `--strict`, info never. */
export type Severity = 'error' | 'warning' | 'info';

/** A place in a file: 1-based line, 1-based column counted in UTF-16 code units (as editors show it). */
export interface Position {
  line: number;
  column: number;
}

/** A span in a file, start inclusive and end exclusive, in the units of {@link Position}. */
export interface Range {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

/** A second place that explains a diagnostic (the first of two duplicate keys, the other file of a clash). */
export interface DiagnosticCause {
  file: string;
  line: number;
  column: number;
  message: string;
}

/**
 * A problem found in the content, as data (the shape of a vfile message plus suggestions and a cause).
 * Engine code never prints or throws these; reporters in the CLI turn them into text.
 */
export interface Diagnostic extends Range {
  /** Path relative to the content root, POSIX separators. */
  file: string;
  /** Stable rule id such as `yaml/syntax`, `schema/invalid_type`, `ref/unknown`. */
  ruleId: string;
  severity: Severity;
  /** Says what is wrong and, where possible, how to fix it. */
  message: string;
  /** Replacement texts or ids, best first; `[]` when there are none. */
  suggestions: string[];
  /** A second place that explains this one. */
  cause?: DiagnosticCause;
  /** Always `'marsad'`, as vfile's `source`. */
  source: 'marsad';
  /** `true` for errors, `false` otherwise (the vfile convention). */
  fatal: boolean;
}

/** What a caller states to create a diagnostic; a missing position means the start of the file. */
export interface DiagnosticInput extends Partial<Range> {
  file: string;
  ruleId: string;
  severity: Severity;
  message: string;
  suggestions?: readonly string[];
  cause?: DiagnosticCause;
}

/** Positions are 1-based; anything else (a bug upstream, a NaN) is pulled back to the file start. */
function atLeastOne(value: number | undefined): number {
  return value !== undefined && Number.isFinite(value) && value >= 1 ? Math.floor(value) : 1;
}

/**
 * Creates a diagnostic. This is the one place diagnostics are made, so every one of them carries the
 * same fields with sane values: the end defaults to the start and never precedes it.
 */
export function createDiagnostic(input: DiagnosticInput): Diagnostic {
  const line = atLeastOne(input.line);
  const column = atLeastOne(input.column);
  let endLine = input.endLine === undefined ? line : atLeastOne(input.endLine);
  let endColumn = input.endColumn === undefined ? column : atLeastOne(input.endColumn);
  if (endLine < line || (endLine === line && endColumn < column)) {
    endLine = line;
    endColumn = column;
  }
  const diagnostic: Diagnostic = {
    file: input.file,
    line,
    column,
    endLine,
    endColumn,
    ruleId: input.ruleId,
    severity: input.severity,
    message: input.message,
    suggestions: input.suggestions ? [...input.suggestions] : [],
    source: 'marsad',
    fatal: input.severity === 'error',
  };
  if (input.cause) diagnostic.cause = { ...input.cause };
  return diagnostic;
}

function compareText(a: string, b: string): number {
  // Code-unit order, not locale order: the same content must give the same report on every machine.
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Orders diagnostics by file, line, column, then rule id (and message, to break the last ties). */
export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  return (
    compareText(a.file, b.file) ||
    a.line - b.line ||
    a.column - b.column ||
    compareText(a.ruleId, b.ruleId) ||
    compareText(a.message, b.message)
  );
}

/** Levenshtein distance between two strings (code units), for "did you mean" suggestions. */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current[j] = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution);
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/**
 * The candidates closest to `word`, best first, keeping only those within `maxDistance` edits
 * (default: a third of the word's length, at least 2). Ties keep the candidates' order.
 */
export function closestMatches(
  word: string,
  candidates: readonly string[],
  options: { limit?: number; maxDistance?: number } = {},
): string[] {
  const maxDistance = options.maxDistance ?? Math.max(2, Math.floor(word.length / 3));
  return candidates
    .map((candidate, order) => ({ candidate, order, distance: editDistance(word, candidate) }))
    .filter((scored) => scored.distance <= maxDistance)
    .sort((a, b) => a.distance - b.distance || a.order - b.order)
    .slice(0, options.limit ?? 3)
    .map((scored) => scored.candidate);
}
