import {
  closestMatches,
  createDiagnostic,
  type Diagnostic,
  type Position,
  type Range,
} from '../diagnostics/diagnostic.js';
import { LineIndex } from '../source/line-index.js';
import { scanMarkdownWithRemark } from './markdown-remark.js';
import {
  type DirectiveForm,
  MENTION_KINDS,
  type MentionKind,
  type ScannedDirective,
  type ScanResult,
  scanMarkdown,
} from './scan-markdown.js';
import { createYamlLocator, type Locator, parseYamlData } from './yaml-data.js';

export { MENTION_KINDS, type MentionKind };

/** An inline reference in the body, written as a text directive: `:actor[label]{#id}`. */
export interface Mention {
  kind: MentionKind;
  /** The id from `{#id}`; `undefined` when it was left out (a `mention/missing-id` error). */
  id: string | undefined;
  /** The bracketed text the reader sees. */
  label: string;
  range: Range;
}

/** A heading of the body. */
export interface Heading {
  depth: number;
  text: string;
  /** 1-based line in the file. */
  line: number;
}

/** A Markdown file taken apart: frontmatter data with its locator, body, mentions, headings. */
export interface MarkdownFile {
  /** The frontmatter as a plain value; `undefined` when it is missing or does not parse. */
  frontmatter: unknown;
  /** Locates frontmatter paths in the file's own lines. */
  locator: Locator;
  /** The text after the frontmatter, as written. */
  body: string;
  /** Where {@link MarkdownFile.body} starts in the file. */
  bodyStart: Position;
  mentions: Mention[];
  headings: Heading[];
  /**
   * The body's prose, as long as {@link MarkdownFile.body} with the same line breaks: what a reader
   * reads, everything else (directives and their labels, code, HTML, link targets, footnote markers,
   * block markers) replaced by spaces. See {@link ScanResult.prose}.
   */
  prose: string;
  diagnostics: Diagnostic[];
}

/** Where the frontmatter of a file is, or why there is none. */
type FrontmatterSplit =
  | { kind: 'found'; yaml: string; bodyOffset: number }
  | { kind: 'unclosed'; fenceStart: number }
  | { kind: 'missing' };

const isSpaceOrTab = (code: number) => code === 32 || code === 9;
const isLineBreak = (code: number) => code === 10 || code === 13;

/** End of the line that starts at `start` (before its line break). */
function lineEnd(text: string, start: number): number {
  let index = start;
  while (index < text.length && !isLineBreak(text.charCodeAt(index))) index++;
  return index;
}

/** Offset after the line break at `end` (`\n`, `\r\n` or `\r`), or `end` at the end of the text. */
function afterLineBreak(text: string, end: number): number {
  if (end >= text.length) return end;
  return text.charCodeAt(end) === 13 && text.charCodeAt(end + 1) === 10 ? end + 2 : end + 1;
}

/** `true` when the line `[start, end)` is `marker` followed by spaces or tabs only. */
function isFenceLine(text: string, start: number, end: number, marker: string): boolean {
  if (!text.startsWith(marker, start)) return false;
  for (let index = start + marker.length; index < end; index++) {
    if (!isSpaceOrTab(text.charCodeAt(index))) return false;
  }
  return true;
}

/**
 * Finds the frontmatter by lines: a `---` line at the very start (after a byte order mark), up to the
 * next `---` or `...` line. The YAML is sliced from the file, so CRLF and spacing stay as written.
 */
export function splitFrontmatter(text: string): FrontmatterSplit {
  const fenceStart = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const openEnd = lineEnd(text, fenceStart);
  if (!isFenceLine(text, fenceStart, openEnd, '---')) return { kind: 'missing' };
  if (openEnd >= text.length) return { kind: 'unclosed', fenceStart };
  const yamlStart = afterLineBreak(text, openEnd);
  let start = yamlStart;
  for (;;) {
    const end = lineEnd(text, start);
    if (isFenceLine(text, start, end, '---') || isFenceLine(text, start, end, '...')) {
      return { kind: 'found', yaml: text.slice(yamlStart, start), bodyOffset: afterLineBreak(text, end) };
    }
    if (end >= text.length) return { kind: 'unclosed', fenceStart };
    start = afterLineBreak(text, end);
  }
}

const COLONS: Record<DirectiveForm, string> = { text: ':', leaf: '::', container: ':::' };

function unknownDirective(directive: ScannedDirective, file: string, range: Range): Diagnostic {
  const { name } = directive;
  const written = `${COLONS[directive.form]}${name}`;
  if (directive.form !== 'text' && (MENTION_KINDS as readonly string[]).includes(name)) {
    return createDiagnostic({
      file,
      ruleId: 'mention/unknown-directive',
      severity: 'warning',
      message: `"${written}" is a block directive; mentions are inline: write :${name}[label]{#id} inside the text.`,
      suggestions: [`:${name}`],
      ...range,
    });
  }
  const closest = closestMatches(name, MENTION_KINDS, {
    maxDistance: Number.POSITIVE_INFINITY,
    limit: 1,
  });
  return createDiagnostic({
    file,
    ruleId: 'mention/unknown-directive',
    severity: 'warning',
    message:
      `Unknown directive "${written}"${closest[0] ? `; did you mean ":${closest[0]}"?` : '.'} ` +
      'Mentions are :actor, :event, :place and :author; if the colon is plain text, write it as "\\:".',
    suggestions: closest.map((kind) => `:${kind}`),
    ...range,
  });
}

/** The frontmatter's data and locator, with the diagnostics of a missing, unclosed or invalid one. */
function readFrontmatter(text: string, file: string, index: LineIndex) {
  const split = splitFrontmatter(text);
  const diagnostics: Diagnostic[] = [];
  let frontmatter: unknown;
  let locator = createYamlLocator('');
  if (split.kind === 'found') {
    const parsed = parseYamlData(split.yaml, { file, lineOffset: 1, subject: 'The frontmatter' });
    if (parsed.ok) {
      frontmatter = parsed.data;
      locator = parsed.locator;
    } else {
      diagnostics.push(...parsed.diagnostics);
    }
  } else if (split.kind === 'unclosed') {
    diagnostics.push(
      createDiagnostic({
        file,
        ruleId: 'yaml/syntax',
        severity: 'error',
        message:
          'The frontmatter opened on line 1 is never closed: add a line with only "---" after its last field.',
        ...index.range(split.fenceStart, split.fenceStart + 3),
      }),
    );
  } else {
    diagnostics.push(
      createDiagnostic({
        file,
        ruleId: 'frontmatter/missing',
        severity: 'error',
        message:
          'The file has no frontmatter: start it with a "---" line, the fields as YAML, and a closing "---" line.',
        ...index.range(0, 0),
      }),
    );
  }
  return { frontmatter, locator, bodyOffset: split.kind === 'found' ? split.bodyOffset : 0, diagnostics };
}

/**
 * Scans a body with {@link scanMarkdown}, or with remark when the scanner is unsure of it. Both give
 * the same facts; the scanner is many times faster on the bodies it is sure of, which are most.
 */
export function scanBody(body: string): ScanResult {
  const scanned = scanMarkdown(body);
  return scanned.uncertain ? scanMarkdownWithRemark(body) : scanned;
}

/**
 * Parses a Markdown file (an article or an actor profile): the frontmatter is found by lines and parsed
 * by {@link parseYamlData} (positions made only when asked for); the body is scanned by
 * {@link scanBody}; every range is in the file's own lines. Never throws: a missing or unclosed
 * frontmatter, mentions without an id and unknown directives come back as diagnostics.
 */
export function parseMarkdownFile(text: string, options: { file: string }): MarkdownFile {
  const { file } = options;
  const index = new LineIndex(text);
  const { frontmatter, locator, bodyOffset, diagnostics } = readFrontmatter(text, file, index);
  const body = text.slice(bodyOffset);
  const scanned = scanBody(body);
  const range = (start: number, end: number) => index.range(bodyOffset + start, bodyOffset + end);

  /** Directive warnings point at a directive's first line only; block directives span many. */
  const firstLineRange = (directive: ScannedDirective) => {
    let end = directive.start;
    while (end < directive.end && !isLineBreak(body.charCodeAt(end))) end++;
    return range(directive.start, end);
  };
  const found: { start: number; diagnostic: Diagnostic }[] = [];
  for (const directive of [...scanned.unknownDirectives, ...scanned.blockMentions]) {
    found.push({
      start: directive.start,
      diagnostic: unknownDirective(directive, file, firstLineRange(directive)),
    });
  }
  const mentions = scanned.mentions.map(({ kind, id, label, start, end }): Mention => {
    const mention = { kind, id, label, range: range(start, end) };
    if (id === undefined) {
      found.push({
        start,
        diagnostic: createDiagnostic({
          file,
          ruleId: 'mention/missing-id',
          severity: 'error',
          message: `The mention :${kind}[${label}] has no id; write it as :${kind}[${label}]{#the-${kind}-id}.`,
          ...mention.range,
        }),
      });
    }
    return mention;
  });
  found.sort((a, b) => a.start - b.start);
  diagnostics.push(...found.map(({ diagnostic }) => diagnostic));

  return {
    frontmatter,
    locator,
    body,
    bodyStart: index.position(bodyOffset),
    mentions,
    headings: scanned.headings.map(({ depth, text: headingText, start }) => ({
      depth,
      text: headingText,
      line: index.position(bodyOffset + start).line,
    })),
    prose: scanned.prose,
    diagnostics,
  };
}
