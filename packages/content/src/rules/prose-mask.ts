/**
 * What non-prose characters become. Not a letter, digit or space: no word survives inside a masked span,
 * and no multi-word name can be matched across one (names need whitespace between their words).
 */
export const MASK = '\u0000';

type Span = readonly [start: number, end: number];

/** The text with every span replaced by as many {@link MASK} characters, so offsets stay the same. */
function applyMask(text: string, spans: readonly Span[]): string {
  if (spans.length === 0) return text;
  let out = '';
  let copied = 0;
  for (const [start, end] of [...spans].sort((a, b) => a[0] - b[0])) {
    if (end <= copied) continue;
    const from = Math.max(start, copied);
    out += text.slice(copied, from) + MASK.repeat(end - from);
    copied = end;
  }
  return out + text.slice(copied);
}

const FENCE = /^ {0,3}(`{3,}|~{3,})(.*)$/;
const FOOTNOTE_DEFINITION = /^ {0,3}\[\^[^\]]+\]:/;
const LINK_DEFINITION = /^ {0,3}\[([^\]]+)\]:[ \t]*\S/;
const INDENTED = /^(?: {4}|\t)/;
const LIST_ITEM = /^ {0,3}(?:[-+*]|\d{1,9}[.)])(?:[ \t]|$)/;
const BLANK = /^[ \t]*$/;
const LINE = /([^\r\n]*)(\r\n|\r|\n|$)/g;

/** A link label as CommonMark compares them: case and inner whitespace do not matter. */
const labelKey = (label: string) => label.trim().replace(/\s+/g, ' ').toLowerCase();

/**
 * Block-level code and definitions, found line by line: fenced and indented code blocks, link reference
 * definitions (whose labels make `[label]` a link) and footnote definitions with their continuation lines.
 */
function blockSpans(text: string): { spans: Span[]; labels: Set<string> } {
  const spans: Span[] = [];
  const labels = new Set<string>();
  let fence: { char: string; length: number } | undefined;
  let inFootnote = false;
  let inIndentedCode = false;
  let inList = false;
  let previousBlank = true;
  LINE.lastIndex = 0;
  for (let match = LINE.exec(text); match !== null; match = LINE.exec(text)) {
    if (match[0] === '') break;
    const line = match[1] ?? '';
    const span: Span = [match.index, match.index + line.length];
    const blank = BLANK.test(line);
    const wasBlank = previousBlank;
    previousBlank = blank;
    if (fence) {
      spans.push(span);
      const closing = FENCE.exec(line);
      if (
        closing?.[1]?.startsWith(fence.char) &&
        closing[1].length >= fence.length &&
        BLANK.test(closing[2] ?? '')
      )
        fence = undefined;
      continue;
    }
    const opening = FENCE.exec(line);
    // A backtick fence's info string cannot hold a backtick (CommonMark), else it is inline code.
    if (opening?.[1] && !(opening[1][0] === '`' && opening[2]?.includes('`'))) {
      fence = { char: opening[1][0]!, length: opening[1].length };
      spans.push(span);
      continue;
    }
    if (blank) continue;
    const indented = INDENTED.test(line);
    if (inFootnote && (indented || !wasBlank)) {
      spans.push(span);
      continue;
    }
    inFootnote = false;
    if (inIndentedCode && indented) {
      spans.push(span);
      continue;
    }
    inIndentedCode = false;
    if (FOOTNOTE_DEFINITION.test(line)) {
      inFootnote = true;
      spans.push(span);
      continue;
    }
    const definition = LINK_DEFINITION.exec(line);
    if (definition?.[1]) {
      labels.add(labelKey(definition[1]));
      spans.push(span);
      continue;
    }
    // An indented line after a blank one is code, unless it continues a list item.
    if (indented && wasBlank && !inList) {
      inIndentedCode = true;
      spans.push(span);
      continue;
    }
    if (LIST_ITEM.test(line)) inList = true;
    else if (!indented && wasBlank) inList = false;
  }
  return { spans, labels };
}

const TAB = 0x09;
const LF = 0x0a;
const CR = 0x0d;
const SPACE = 0x20;
const BANG = 0x21;
const OPEN_PAREN = 0x28;
const CLOSE_PAREN = 0x29;
const COLON = 0x3a;
const OPEN_BRACKET = 0x5b;
const BACKSLASH = 0x5c;
const CLOSE_BRACKET = 0x5d;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;

/** Whether a line break at `index` ends a paragraph (the next line is blank): inline spans stop there. */
function endsParagraph(text: string, index: number): boolean {
  let i = index + (text.charCodeAt(index) === CR && text.charCodeAt(index + 1) === LF ? 2 : 1);
  while (text.charCodeAt(i) === SPACE || text.charCodeAt(i) === TAB) i++;
  const code = text.charCodeAt(i);
  return i >= text.length || code === LF || code === CR;
}

/** Offset of the bracket `close` that closes the one at `open` within its paragraph, or -1. */
function closing(text: string, open: number, close: number): number {
  const opener = text.charCodeAt(open);
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === BACKSLASH) i++;
    else if (code === opener) depth++;
    else if (code === close && --depth === 0) return i;
    else if ((code === LF || code === CR) && endsParagraph(text, i)) return -1;
  }
  return -1;
}

/** Inline code spans: a run of n backticks up to the next run of exactly n, within the paragraph. */
function codeSpans(text: string): Span[] {
  const spans: Span[] = [];
  const runs = /`+/g;
  for (let open = runs.exec(text); open !== null; open = runs.exec(text)) {
    if (text[open.index - 1] === '\\') continue;
    const after = runs.lastIndex;
    const next = /`+|\r\n|\r|\n/g;
    next.lastIndex = after;
    for (let candidate = next.exec(text); candidate !== null; candidate = next.exec(text)) {
      if (candidate[0][0] !== '`') {
        if (endsParagraph(text, candidate.index)) break;
        continue;
      }
      if (candidate[0].length !== open[0].length) continue;
      spans.push([open.index, next.lastIndex]);
      runs.lastIndex = next.lastIndex;
      break;
    }
  }
  return spans;
}

const DIRECTIVE = /(:+)[A-Za-z][\w-]*/y;
const LINE_INDENT = /(?:^|[\r\n]) {0,3}$/;

/**
 * The end of a directive starting at the colon at `start` (`:actor[label]{#id}`, `::name{…}` at the start
 * of a line), or -1 when none starts there. As in remark-directive, a colon after a colon starts none.
 */
function directiveEnd(text: string, start: number): number {
  if (text.charCodeAt(start - 1) === COLON) return -1;
  DIRECTIVE.lastIndex = start;
  const match = DIRECTIVE.exec(text);
  if (!match) return -1;
  const block = (match[1]?.length ?? 0) > 1;
  if (block && !LINE_INDENT.test(text.slice(Math.max(0, start - 4), start))) return -1;
  let end = DIRECTIVE.lastIndex;
  if (text.charCodeAt(end) === OPEN_BRACKET) {
    const label = closing(text, end, CLOSE_BRACKET);
    if (label !== -1) end = label + 1;
  }
  if (text.charCodeAt(end) === OPEN_BRACE) {
    const attributes = closing(text, end, CLOSE_BRACE);
    if (attributes !== -1) end = attributes + 1;
  }
  return end;
}

/**
 * The end of a link, image or footnote reference whose label opens at `open`, or -1 when the brackets are
 * plain text: `[text](url)`, `[text][ref]`, `[text][]`, `[^note]`, and `[text]` when a definition names it.
 */
function linkEnd(text: string, open: number, labels: ReadonlySet<string>): number {
  const close = closing(text, open, CLOSE_BRACKET);
  if (close === -1) return -1;
  const next = text.charCodeAt(close + 1);
  if (next === OPEN_PAREN || next === OPEN_BRACKET) {
    const end = closing(text, close + 1, next === OPEN_PAREN ? CLOSE_PAREN : CLOSE_BRACKET);
    if (end !== -1) return end + 1;
  }
  const label = text.slice(open + 1, close);
  return label.startsWith('^') || labels.has(labelKey(label)) ? close + 1 : -1;
}

/** Directives with their labels, and links and images with their text and destination. */
function bracketSpans(text: string, labels: ReadonlySet<string>): Span[] {
  const spans: Span[] = [];
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === BACKSLASH) {
      i++;
      continue;
    }
    let start = i;
    let end = -1;
    if (code === COLON) end = directiveEnd(text, i);
    else if (code === OPEN_BRACKET) {
      end = linkEnd(text, i, labels);
      if (text.charCodeAt(i - 1) === BANG) start = i - 1;
    }
    if (end === -1) continue;
    spans.push([start, end]);
    i = end - 1;
  }
  return spans;
}

const HTML_COMMENT = /<!--[\s\S]*?-->/g;
const AUTOLINK = /<(?:[A-Za-z][A-Za-z0-9+.-]{1,31}:[^<>\s]*|[^<>\s@]+@[^<>\s]+)>/g;
const HTML_TAG = /<\/?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?\/?>/g;
const BARE_URL = /(?:\bhttps?:\/\/|\bwww\.)[^\s<>\u0000]+/gi;

function patternSpans(text: string, patterns: readonly RegExp[]): Span[] {
  return patterns.flatMap((pattern) =>
    [...text.matchAll(pattern)].map((match): Span => [match.index, match.index + match[0].length]),
  );
}

/**
 * The prose of a Markdown body: the text a reader reads as the article's own words, with everything else
 * replaced by {@link MASK} characters so that every offset still points into the body as written. Fast
 * (a few linear passes, no Markdown parse), for scanning thousands of bodies.
 *
 * Kept as prose: paragraphs, headings, lists, tables, quotes and emphasis (whose markers are punctuation
 * anyway). Masked: fenced and indented code blocks and inline code; text directives with their labels
 * (`:actor[…]{#id}`: a label is already a link, even when it names another entity) and block directive
 * lines; links and images with their text and destination; link and footnote definitions (source
 * citations, quoted as published) and footnote references; HTML comments and tags; autolinks and bare URLs.
 */
export function proseOf(markdown: string): string {
  const blocks = blockSpans(markdown);
  let text = applyMask(markdown, blocks.spans);
  text = applyMask(text, codeSpans(text));
  // Most bodies hold no HTML at all: one indexOf spares them three regex scans.
  if (text.includes('<')) text = applyMask(text, patternSpans(text, [HTML_COMMENT, AUTOLINK, HTML_TAG]));
  text = applyMask(text, bracketSpans(text, blocks.labels));
  return applyMask(text, patternSpans(text, [BARE_URL]));
}
