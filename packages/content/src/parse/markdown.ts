import type { Nodes, Root } from 'mdast';
import { toString as nodeText } from 'mdast-util-to-string';
import remarkDirective from 'remark-directive';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import {
  closestMatches,
  createDiagnostic,
  type Diagnostic,
  type Position,
  type Range,
} from '../diagnostics/diagnostic.js';
import { LineIndex } from '../source/line-index.js';
import { createYamlLocator, type Locator, parseYamlData } from './yaml-data.js';

/** The entity collections an inline mention can point at, as directive names. */
export const MENTION_KINDS = ['actor', 'event', 'place', 'author'] as const;

/** The kind of entity a mention points at. */
export type MentionKind = (typeof MENTION_KINDS)[number];

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
  diagnostics: Diagnostic[];
}

/** Frozen once, so parsing many files shares no mutable state. */
const parser = unified()
  .use(remarkParse)
  .use(remarkFrontmatter, ['yaml'])
  .use(remarkGfm)
  .use(remarkDirective)
  .freeze();

const OPENING_FENCE = /^---[ \t]*(?:\r\n|\n|\r|$)/;

function isMentionKind(name: string): name is MentionKind {
  return (MENTION_KINDS as readonly string[]).includes(name);
}

/** Offset just past the line break that follows `offset`, or the text's end. */
function nextLineStart(text: string, offset: number): number {
  const lineBreak = /\r\n|\n|\r/g;
  lineBreak.lastIndex = offset;
  const match = lineBreak.exec(text);
  return match ? match.index + match[0].length : text.length;
}

interface Frontmatter {
  /** The YAML between the fences. */
  yaml: string;
  /** Offset where the body starts. */
  bodyOffset: number;
}

/** The YAML text of a frontmatter node, sliced from the original so CRLF and spacing stay as written. */
function frontmatterOf(text: string, tree: Root): Frontmatter | undefined {
  const first = tree.children[0];
  const end = first?.position?.end.offset;
  if (first?.type !== 'yaml' || end === undefined) return undefined;
  const contentStart = nextLineStart(text, 0);
  const closingLineStart = Math.max(
    contentStart,
    text.lastIndexOf('\n', end - 1) + 1,
    text.lastIndexOf('\r', end - 1) + 1,
  );
  return { yaml: text.slice(contentStart, closingLineStart), bodyOffset: nextLineStart(text, end) };
}

type DirectiveNode = Extract<Nodes, { type: 'textDirective' | 'leafDirective' | 'containerDirective' }>;

const COLONS: Record<DirectiveNode['type'], string> = {
  textDirective: ':',
  leafDirective: '::',
  containerDirective: ':::',
};

function unknownDirective(node: DirectiveNode, file: string, range: Range): Diagnostic {
  const written = `${COLONS[node.type]}${node.name}`;
  if (isMentionKind(node.name)) {
    return createDiagnostic({
      file,
      ruleId: 'mention/unknown-directive',
      severity: 'warning',
      message: `"${written}" is a block directive; mentions are inline: write :${node.name}[label]{#id} inside the text.`,
      suggestions: [`:${node.name}`],
      ...range,
    });
  }
  const closest = closestMatches(node.name, MENTION_KINDS, {
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

/**
 * Parses a Markdown file (an article or an actor profile) with unified, remark-parse,
 * remark-frontmatter, remark-gfm and remark-directive over the whole file, so every position is in the
 * file's own lines. The frontmatter is parsed by {@link parseYamlData}. Never throws: a missing or
 * unclosed frontmatter, mentions without an id and unknown directives come back as diagnostics.
 */
export function parseMarkdownFile(text: string, options: { file: string }): MarkdownFile {
  const { file } = options;
  const tree = parser.parse(text);
  const index = new LineIndex(text);
  const diagnostics: Diagnostic[] = [];
  /** A node's range; block directives span many lines, so their warnings point at the first one only. */
  const rangeOf = (node: Nodes, firstLineOnly = false): Range => {
    const start = node.position?.start.offset ?? 0;
    let end = node.position?.end.offset ?? start;
    const lineBreak = firstLineOnly ? text.slice(start, end).search(/[\r\n]/) : -1;
    if (lineBreak !== -1) end = start + lineBreak;
    return index.range(start, end);
  };

  let frontmatter: unknown;
  let locator = createYamlLocator('');
  let bodyOffset = 0;
  const found = frontmatterOf(text, tree);
  if (found) {
    bodyOffset = found.bodyOffset;
    const parsed = parseYamlData(found.yaml, { file, lineOffset: 1, subject: 'The frontmatter' });
    if (parsed.ok) {
      frontmatter = parsed.data;
      locator = parsed.locator;
    } else {
      diagnostics.push(...parsed.diagnostics);
    }
  } else if (OPENING_FENCE.test(text)) {
    diagnostics.push(
      createDiagnostic({
        file,
        ruleId: 'yaml/syntax',
        severity: 'error',
        message:
          'The frontmatter opened on line 1 is never closed: add a line with only "---" after its last field.',
        ...index.range(0, 3),
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

  const mentions: Mention[] = [];
  const headings: Heading[] = [];
  visit(tree, (node) => {
    if (node.type === 'heading') {
      headings.push({
        depth: node.depth,
        text: nodeText(node),
        line: index.position(node.position?.start.offset ?? 0).line,
      });
      return;
    }
    if (node.type !== 'textDirective' && node.type !== 'leafDirective' && node.type !== 'containerDirective')
      return;
    if (node.type !== 'textDirective' || !isMentionKind(node.name)) {
      diagnostics.push(unknownDirective(node, file, rangeOf(node, true)));
      return;
    }
    const id = node.attributes?.id || undefined;
    const label = nodeText(node);
    const range = rangeOf(node);
    mentions.push({ kind: node.name, id, label, range });
    if (id === undefined) {
      diagnostics.push(
        createDiagnostic({
          file,
          ruleId: 'mention/missing-id',
          severity: 'error',
          message: `The mention :${node.name}[${label}] has no id; write it as :${node.name}[${label}]{#the-${node.name}-id}.`,
          ...range,
        }),
      );
    }
  });

  return {
    frontmatter,
    locator,
    body: text.slice(bodyOffset),
    bodyStart: index.position(bodyOffset),
    mentions,
    headings,
    diagnostics,
  };
}
