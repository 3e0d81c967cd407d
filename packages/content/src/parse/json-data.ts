import { createDiagnostic, type Diagnostic } from '../diagnostics/diagnostic.js';
import { LineIndex } from '../source/line-index.js';
import { checkShape, createYamlLocator, type DataResult, type DataShape, type Locator } from './yaml-data.js';

/** Options of {@link parseJsonData}. */
export interface JsonDataOptions {
  /** Path relative to the content root, for diagnostics. */
  file: string;
  /** `'mapping-or-list'` for files that may hold a list of entries (events); default `'mapping'`. */
  accept?: DataShape;
}

/** One parsed line of a JSONL file. */
export interface JsonLine {
  data: unknown;
  /** Locates paths inside this line's value (JSON is YAML 1.2, so the YAML locator serves). */
  locator: Locator;
  /** 1-based line number in the file. */
  line: number;
}

/** The outcome of parsing a JSONL file: every line that parsed, and a diagnostic for each that did not. */
export interface JsonLinesResult {
  items: JsonLine[];
  diagnostics: Diagnostic[];
}

/**
 * `json/syntax` for a `JSON.parse` failure. V8 names the offset ("at position 42"); without one the
 * input ended early, so the end of the text is the place.
 */
function jsonSyntaxDiagnostic(error: unknown, text: string, file: string, lineOffset: number): Diagnostic {
  const raw = error instanceof Error ? error.message : String(error);
  const position = /at position (\d+)/.exec(raw)?.[1];
  const offset = position === undefined ? text.length : Number(position);
  const reason = raw.replace(/\s*(?:in JSON )?at position \d+.*$/s, '').replace(/\.$/, '');
  return createDiagnostic({
    file,
    ruleId: 'json/syntax',
    severity: 'error',
    message: `JSON syntax error: ${reason}. Check for a missing comma, quote or bracket, or a trailing comma.`,
    ...new LineIndex(text).range(offset, offset, lineOffset),
  });
}

/** Parses a `.json` data file: a mapping, or (when accepted) a list of entries. Never throws. */
export function parseJsonData(text: string, options: JsonDataOptions): DataResult {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return { ok: false, diagnostics: [jsonSyntaxDiagnostic(error, text, options.file, 0)] };
  }
  const locator = createYamlLocator(text);
  const wrongShape = checkShape(data, options.accept ?? 'mapping', {
    file: options.file,
    subject: 'The file',
    range: () => locator.locate([], 'value'),
  });
  return wrongShape ? { ok: false, diagnostics: [wrongShape] } : { ok: true, data, locator };
}

/**
 * Parses a `.jsonl` file: one JSON value a line, blank lines skipped. A line that does not parse gives
 * `json/syntax` at its own line and column; the other lines still load. Never throws.
 */
export function parseJsonLines(text: string, options: { file: string }): JsonLinesResult {
  const items: JsonLine[] = [];
  const diagnostics: Diagnostic[] = [];
  const lines = text.split(/\r\n|\n|\r/);
  lines.forEach((lineText, lineIndex) => {
    if (lineText.trim() === '') return;
    try {
      items.push({
        data: JSON.parse(lineText),
        locator: createYamlLocator(lineText, lineIndex),
        line: lineIndex + 1,
      });
    } catch (error) {
      diagnostics.push(jsonSyntaxDiagnostic(error, lineText, options.file, lineIndex));
    }
  });
  return { items, diagnostics };
}
