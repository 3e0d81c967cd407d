import jsYaml from 'js-yaml';
import {
  type Document,
  isAlias,
  isMap,
  isScalar,
  isSeq,
  parseDocument,
  visit,
  type YAMLMap,
  type Node as YamlNode,
} from 'yaml';
import {
  compareDiagnostics,
  createDiagnostic,
  type Diagnostic,
  type Range,
} from '../diagnostics/diagnostic.js';
import { LineIndex } from '../source/line-index.js';

/** Which part of a located entry a diagnostic should point at. */
export type LocateTarget = 'key' | 'value';

/**
 * Finds where a value sits in the original file. Built cheaply; the position data (a `yaml` Document
 * with ranges) is made on the first call only, because only files with a problem need positions.
 */
export interface Locator {
  /**
   * Range of the node at `path` (keys and list indexes from the located value's root): its key
   * (`'key'`) or its value (`'value'`). When the path does not exist, the nearest existing ancestor
   * answers: a missing required key points at the key of the mapping that lacks it (or, for a list
   * item or the root, at that node's first line). Never throws.
   */
  locate(path: readonly PropertyKey[], target: LocateTarget): Range;
}

/** What a data file or frontmatter must hold at its root. */
export type DataShape = 'mapping' | 'mapping-or-list';

/** Options of {@link parseYamlData}. */
export interface YamlDataOptions {
  /** Path relative to the content root, for diagnostics. */
  file: string;
  /** Lines of the original file before this YAML text (frontmatter starts after the `---` line). */
  lineOffset?: number;
  /** `'mapping-or-list'` for files that may hold a list of entries (events); default `'mapping'`. */
  accept?: DataShape;
  /** What the text is, for messages; default `'The file'` (Markdown passes `'The frontmatter'`). */
  subject?: string;
}

/** The outcome of parsing YAML or JSON data: the plain value with its locator, or why it failed. */
export type DataResult =
  | { ok: true; data: unknown; locator: Locator }
  | { ok: false; diagnostics: Diagnostic[] };

/** YAML 1.2 core schema for both parsers, so both read `date: 2024-01-05` as the text written. */
const DOCUMENT_OPTIONS = { version: '1.2', schema: 'core', prettyErrors: false, uniqueKeys: true } as const;

type ParsedDocument = Document.Parsed;

/** `true` for a plain mapping of fields (not a list, not null). */
export function isMapping(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A few words naming the kind of a value, for messages ("a list", "a number"). */
export function describeValue(value: unknown): string {
  if (value === null || value === undefined) return 'nothing';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  return typeof value === 'number' ? 'a number' : typeof value === 'boolean' ? 'true or false' : 'a string';
}

/**
 * The `data/not-mapping` error for a value that is not the shape expected at its place (the root of a
 * file, or an item of a list of entries), or `undefined` when it is fine.
 */
export function checkShape(
  value: unknown,
  accept: DataShape,
  where: { file: string; subject: string; range: () => Range },
): Diagnostic | undefined {
  if (isMapping(value) || (accept === 'mapping-or-list' && Array.isArray(value))) return undefined;
  const expected =
    accept === 'mapping'
      ? 'a mapping of fields (`key: value` lines)'
      : 'a mapping of fields (one entry) or a list of mappings (one entry each)';
  return createDiagnostic({
    file: where.file,
    ruleId: 'data/not-mapping',
    severity: 'error',
    message: `${where.subject} must hold ${expected}; it holds ${describeValue(value)}.`,
    ...where.range(),
  });
}

function scalarKey(node: unknown): string | undefined {
  return isScalar(node) ? String(node.value) : undefined;
}

/** Start and end offsets of a node, its trailing blank space and comments' line breaks left out. */
function nodeSpan(text: string, node: YamlNode): [number, number] | undefined {
  const range = node.range;
  if (!range) return undefined;
  let end = range[1];
  while (end > range[0] && /\s/.test(text[end - 1] ?? '')) end--;
  return [range[0], end];
}

/** The first line of a span: where a whole mapping or list item "is" for an annotation. */
function firstLine(text: string, [start, end]: [number, number]): [number, number] {
  const lineBreak = text.slice(start, end).search(/[\r\n]/);
  return lineBreak === -1 ? [start, end] : [start, start + lineBreak];
}

interface Walk {
  node: YamlNode | null;
  key: YamlNode | null;
  found: boolean;
}

function walk(document: ParsedDocument, path: readonly PropertyKey[]): Walk {
  let node: YamlNode | null = document.contents;
  let key: YamlNode | null = null;
  for (const segment of path) {
    const current: YamlNode | null | undefined = isAlias(node) ? node.resolve(document) : node;
    if (isMap(current) && typeof segment !== 'symbol') {
      const pair = (current as YAMLMap<YamlNode, YamlNode | null>).items.find(
        (item) => scalarKey(item.key) === String(segment),
      );
      if (!pair) return { node, key, found: false };
      key = pair.key;
      node = pair.value;
    } else if (isSeq(current) && /^\d+$/.test(String(segment))) {
      const item = current.items[Number(segment)] as YamlNode | null | undefined;
      if (!item) return { node, key, found: false };
      key = null;
      node = item;
    } else {
      return { node, key, found: false };
    }
  }
  return { node, key, found: true };
}

/**
 * A lazy locator over YAML (or JSON, which is YAML 1.2) text. `lineOffset` counts the lines of the
 * original file before `text`, so ranges are in the original file's lines.
 */
export function createYamlLocator(text: string, lineOffset = 0): Locator {
  let document: ParsedDocument | undefined;
  let index: LineIndex | undefined;
  return {
    locate(path, target) {
      document ??= parseDocument(text, DOCUMENT_OPTIONS);
      index ??= new LineIndex(text);
      const { node, key, found } = walk(document, path);
      const valueSpan = node ? nodeSpan(text, node) : undefined;
      const keySpan = key ? nodeSpan(text, key) : undefined;
      let span: [number, number] | undefined;
      if (found && target === 'value' && valueSpan && valueSpan[1] > valueSpan[0]) span = valueSpan;
      else if (keySpan) span = keySpan;
      else if (valueSpan) span = firstLine(text, valueSpan);
      return span ? index.range(span[0], span[1], lineOffset) : index.range(0, 0, lineOffset);
    },
  };
}

/** A locator for a value inside another (a list item): paths are prefixed with the item's own path. */
export function scopeLocator(locator: Locator, prefix: readonly PropertyKey[]): Locator {
  return { locate: (path, target) => locator.locate([...prefix, ...path], target) };
}

/** Advice appended to the `yaml` package's messages for the mistakes people make most. */
const SYNTAX_HINTS: Record<string, string> = {
  BLOCK_AS_IMPLICIT_KEY: 'If the value itself contains ": ", put the value in quotes.',
  TAB_AS_INDENT: 'Indent with spaces; YAML does not allow tabs for indentation.',
  BAD_INDENT: 'Check the indentation: the keys of one mapping start in the same column.',
  MULTIPLE_DOCS:
    'A file holds one YAML document: remove the extra "---" line (write several entries as a "- " list).',
};

function duplicateKeyDiagnostics(
  document: ParsedDocument,
  file: string,
  locate: (offset: number, end: number) => Range,
): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  visit(document, {
    Map(_, map) {
      const first = new Map<string, YamlNode>();
      for (const pair of map.items) {
        const name = scalarKey(pair.key);
        const keyRange = (pair.key as YamlNode | null)?.range;
        if (name === undefined || !keyRange) continue;
        const earlier = first.get(name);
        if (!earlier?.range) {
          first.set(name, pair.key as YamlNode);
          continue;
        }
        const cause = locate(earlier.range[0], earlier.range[1]);
        diagnostics.push(
          createDiagnostic({
            file,
            ruleId: 'yaml/duplicate-key',
            severity: 'error',
            message: `The key "${name}" is already set on line ${cause.line}; keep one of the two (or rename one).`,
            ...locate(keyRange[0], keyRange[1]),
            cause: { file, line: cause.line, column: cause.column, message: `first "${name}" is here` },
          }),
        );
      }
    },
  });
  return diagnostics;
}

/**
 * Diagnostics for YAML that js-yaml rejected: the `yaml` package's errors (better positions, every
 * error rather than the first), duplicate keys with the first key as cause, and js-yaml's own
 * message only when the `yaml` package found nothing to say.
 */
function syntaxDiagnostics(text: string, file: string, lineOffset: number, error: unknown): Diagnostic[] {
  const document = parseDocument(text, DOCUMENT_OPTIONS);
  const index = new LineIndex(text);
  const locate = (start: number, end: number) => index.range(start, end, lineOffset);
  const diagnostics = duplicateKeyDiagnostics(document, file, locate);
  for (const yamlError of document.errors) {
    if (yamlError.code === 'DUPLICATE_KEY') continue;
    const hint = SYNTAX_HINTS[yamlError.code];
    diagnostics.push(
      createDiagnostic({
        file,
        ruleId: 'yaml/syntax',
        severity: 'error',
        message: `YAML syntax error: ${yamlError.message}.${hint ? ` ${hint}` : ''}`,
        ...locate(yamlError.pos[0], yamlError.pos[1]),
      }),
    );
  }
  if (diagnostics.length > 0) return diagnostics.sort(compareDiagnostics);
  const mark = error instanceof jsYaml.YAMLException ? error.mark : undefined;
  const reason = error instanceof jsYaml.YAMLException ? error.reason : String(error);
  const offset = typeof mark?.position === 'number' ? mark.position : 0;
  return [
    createDiagnostic({
      file,
      ruleId: 'yaml/syntax',
      severity: 'error',
      message: `YAML syntax error: ${reason}.`,
      ...locate(offset, offset),
    }),
  ];
}

/**
 * Parses YAML data (a data file or Markdown frontmatter) to a plain value with js-yaml (YAML 1.2 core
 * schema: dates stay the text written, a bare integer is a number). An empty document counts as an
 * empty mapping. Never throws: syntax errors, duplicate keys and a root of the wrong shape come back
 * as diagnostics in the original file's lines.
 */
export function parseYamlData(text: string, options: YamlDataOptions): DataResult {
  const lineOffset = options.lineOffset ?? 0;
  let data: unknown;
  try {
    data = jsYaml.load(text, { schema: jsYaml.CORE_SCHEMA });
  } catch (error) {
    return { ok: false, diagnostics: syntaxDiagnostics(text, options.file, lineOffset, error) };
  }
  data ??= {};
  const locator = createYamlLocator(text, lineOffset);
  const wrongShape = checkShape(data, options.accept ?? 'mapping', {
    file: options.file,
    subject: options.subject ?? 'The file',
    range: () => locator.locate([], 'value'),
  });
  return wrongShape ? { ok: false, diagnostics: [wrongShape] } : { ok: true, data, locator };
}
