/**
 * What non-prose characters become. Not a letter, digit or space: no word survives inside a masked span,
 * and no multi-word name can be matched across one (names need whitespace between their words).
 */
export const MASK = '\u0000';

type Span = readonly [start: number, end: number];

/**
 * The text with every span replaced by as many {@link MASK} characters, so offsets stay the same. Joined
 * from its parts rather than concatenated, so that the result is one flat string: the scans that follow
 * read it a character at a time, which is slower through a tree of concatenations.
 */
function applyMask(text: string, spans: readonly Span[]): string {
  if (spans.length === 0) return text;
  const parts: string[] = [];
  let copied = 0;
  const inOrder = spans.every((span, i) => i === 0 || (spans[i - 1]?.[0] ?? 0) <= span[0]);
  for (const [start, end] of inOrder ? spans : [...spans].sort((a, b) => a[0] - b[0])) {
    if (end <= copied) continue;
    const from = Math.max(start, copied);
    parts.push(text.slice(copied, from), MASK.repeat(end - from));
    copied = end;
  }
  parts.push(text.slice(copied));
  return parts.join('');
}

const FENCE = /^ {0,3}(`{3,}|~{3,})(.*)$/;
const FOOTNOTE_DEFINITION = /^ {0,3}\[\^[^\]]+\]:/;
const LINK_DEFINITION = /^ {0,3}\[([^\]]+)\]:[ \t]*\S/;
const INDENTED = /^(?: {4}|\t)/;
const LIST_ITEM = /^ {0,3}(?:[-+*]|\d{1,9}[.)])(?:[ \t]|$)/;
const BLANK = /^[ \t]*$/;

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
const BACKTICK = 0x60;
const TILDE = 0x7e;
const PLUS = 0x2b;
const STAR = 0x2a;
const MINUS = 0x2d;
const DIGIT_0 = 0x30;
const DIGIT_9 = 0x39;

/** Whether the line from `start` to `end` holds nothing but spaces and tabs. */
function isBlank(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    if (code !== SPACE && code !== TAB) return false;
  }
  return true;
}

/**
 * Whether the line from `start` to `end` could be one of the block patterns above: each starts, after at
 * most three spaces, with one of `` ` ~ [ - + * `` or a digit, or is indented. A line of prose (most lines)
 * is then spared the regexes.
 */
function mayStartBlock(text: string, start: number, end: number): boolean {
  if (text.charCodeAt(start) === TAB) return true;
  let i = start;
  while (i < end && i - start < 4 && text.charCodeAt(i) === SPACE) i++;
  if (i - start === 4) return true;
  const code = text.charCodeAt(i);
  if (i >= end) return false;
  return (
    code === BACKTICK ||
    code === TILDE ||
    code === OPEN_BRACKET ||
    code === MINUS ||
    code === PLUS ||
    code === STAR ||
    (code >= DIGIT_0 && code <= DIGIT_9)
  );
}

/**
 * Calls `visit(start, end)` for each line of `text`, `end` being where its line break (\r\n, \r or \n)
 * starts; nothing for the empty line after a final break. Line breaks are found with indexOf.
 */
function forEachLine(text: string, visit: (start: number, end: number) => void): void {
  let lf = text.indexOf('\n');
  let cr = text.indexOf('\r');
  for (let start = 0; start < text.length; ) {
    if (lf !== -1 && lf < start) lf = text.indexOf('\n', start);
    if (cr !== -1 && cr < start) cr = text.indexOf('\r', start);
    const end = lf === -1 ? (cr === -1 ? text.length : cr) : cr === -1 ? lf : Math.min(lf, cr);
    visit(start, end);
    start = end + (text.startsWith('\r\n', end) ? 2 : 1);
  }
}

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
  forEachLine(text, (start, end) => {
    const mayBeBlock = mayStartBlock(text, start, end);
    const line = mayBeBlock ? text.slice(start, end) : '';
    const blank = isBlank(text, start, end);
    const wasBlank = previousBlank;
    previousBlank = blank;
    if (fence) {
      spans.push([start, end]);
      const closing = mayBeBlock ? FENCE.exec(line) : null;
      if (
        closing?.[1]?.startsWith(fence.char) &&
        closing[1].length >= fence.length &&
        BLANK.test(closing[2] ?? '')
      )
        fence = undefined;
      return;
    }
    const opening = mayBeBlock ? FENCE.exec(line) : null;
    // A backtick fence's info string cannot hold a backtick (CommonMark), else it is inline code.
    if (opening?.[1] && !(opening[1][0] === '`' && opening[2]?.includes('`'))) {
      fence = { char: opening[1][0]!, length: opening[1].length };
      spans.push([start, end]);
      return;
    }
    if (blank) return;
    const indented = mayBeBlock && INDENTED.test(line);
    if (inFootnote && (indented || !wasBlank)) {
      spans.push([start, end]);
      return;
    }
    inFootnote = false;
    if (inIndentedCode && indented) {
      spans.push([start, end]);
      return;
    }
    inIndentedCode = false;
    if (!mayBeBlock) {
      inList &&= !wasBlank;
      return;
    }
    if (FOOTNOTE_DEFINITION.test(line)) {
      inFootnote = true;
      spans.push([start, end]);
      return;
    }
    const definition = LINK_DEFINITION.exec(line);
    if (definition?.[1]) {
      labels.add(labelKey(definition[1]));
      spans.push([start, end]);
      return;
    }
    // An indented line after a blank one is code, unless it continues a list item.
    if (indented && wasBlank && !inList) {
      inIndentedCode = true;
      spans.push([start, end]);
      return;
    }
    if (LIST_ITEM.test(line)) inList = true;
    else if (!indented && wasBlank) inList = false;
  });
  return { spans, labels };
}

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

/** Where the run of backticks that starts at `start` ends. */
function backtickRunEnd(text: string, start: number): number {
  let end = start;
  while (text.charCodeAt(end) === BACKTICK) end++;
  return end;
}

/**
 * Where the inline code opened by the backtick run from `open` to `openEnd` closes (after a run of exactly
 * as many backticks, within the paragraph), or -1.
 */
function codeSpanEnd(text: string, open: number, openEnd: number): number {
  for (let i = openEnd; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === BACKTICK) {
      const runEnd = backtickRunEnd(text, i);
      if (runEnd - i === openEnd - open) return runEnd;
      i = runEnd - 1;
    } else if (code === LF || code === CR) {
      if (endsParagraph(text, i)) return -1;
      if (code === CR && text.charCodeAt(i + 1) === LF) i++;
    }
  }
  return -1;
}

/** Inline code spans: a run of n backticks up to the next run of exactly n, within the paragraph. */
function codeSpans(text: string): Span[] {
  const spans: Span[] = [];
  for (let open = text.indexOf('`'); open !== -1; ) {
    const openEnd = backtickRunEnd(text, open);
    const end = text.charCodeAt(open - 1) === BACKSLASH ? -1 : codeSpanEnd(text, open, openEnd);
    if (end !== -1) spans.push([open, end]);
    open = text.indexOf('`', end === -1 ? openEnd : end);
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

/**
 * Calls `visit` at each index of one of `chars` in `text`, in order, jumping from one to the next with
 * indexOf (far faster than reading every character); `visit` returns the index to go on from.
 */
function forEachOf(text: string, chars: readonly string[], visit: (index: number) => number): void {
  const next = chars.map((char) => text.indexOf(char));
  let from = 0;
  for (;;) {
    let index = -1;
    for (let k = 0; k < chars.length; k++) {
      let found = next[k] ?? -1;
      if (found !== -1 && found < from) {
        found = text.indexOf(chars[k] ?? '', from);
        next[k] = found;
      }
      if (found !== -1 && (index === -1 || found < index)) index = found;
    }
    if (index === -1) return;
    from = visit(index);
  }
}

/** Directives with their labels, and links and images with their text and destination. */
function bracketSpans(text: string, labels: ReadonlySet<string>): Span[] {
  const spans: Span[] = [];
  forEachOf(text, ['\\', ':', '['], (i) => {
    const code = text.charCodeAt(i);
    if (code === BACKSLASH) return i + 2;
    let start = i;
    let end: number;
    if (code === COLON) end = directiveEnd(text, i);
    else {
      end = linkEnd(text, i, labels);
      if (text.charCodeAt(i - 1) === BANG) start = i - 1;
    }
    if (end === -1) return i + 1;
    spans.push([start, end]);
    return end;
  });
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
  // A bare URL holds // (after http:) or w. (of www.); most bodies hold neither.
  const mayHoldUrl = text.includes('//') || text.includes('w.') || text.includes('W.');
  return mayHoldUrl ? applyMask(text, patternSpans(text, [BARE_URL])) : text;
}
