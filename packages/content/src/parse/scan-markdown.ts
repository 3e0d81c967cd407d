/**
 * A purpose-built Markdown scanner for the validation hot path. It answers only what validation asks
 * of a body: the mentions (`:actor[label]{#id}` text directives, with their exact ranges), the other
 * directives, the headings, and a prose mask for the `mention/unlinked` rule. It follows the rules of
 * micromark (CommonMark + GFM + the directive extension, as remark-parse, remark-gfm and
 * remark-directive use them) closely enough to give remark's answer, and says `uncertain` whenever a
 * document holds something it does not model exactly; the caller then asks remark.
 *
 * It reads the body once, line by line, with character-code checks, then tokenises the inline content
 * of each paragraph, heading and table cell (inline content needs the footnote definitions of the whole
 * body, as in micromark).
 */

/** The entity collections an inline mention can point at, as directive names. */
export const MENTION_KINDS = ['actor', 'event', 'place', 'author'] as const;

/** The kind of entity a mention points at. */
export type MentionKind = (typeof MENTION_KINDS)[number];

/** `true` when a directive name is one of {@link MENTION_KINDS}. */
export function isMentionKind(name: string): name is MentionKind {
  return (MENTION_KINDS as readonly string[]).includes(name);
}

/** A mention found in a body: offsets are UTF-16 code units into the body, `end` exclusive. */
export interface ScannedMention {
  kind: MentionKind;
  /** The id from `{#id}` (or `{id=…}`); `undefined` when it is missing or empty. */
  id: string | undefined;
  /** The label as mdast-util-to-string gives it: emphasis markers, escapes and code ticks removed. */
  label: string;
  start: number;
  end: number;
}

/** How a directive was written: `:name` inline, `::name` on its own line, `:::name` around blocks. */
export type DirectiveForm = 'text' | 'leaf' | 'container';

/** A directive that is not a mention (or a mention kind written as a block directive). */
export interface ScannedDirective {
  name: string;
  form: DirectiveForm;
  start: number;
  /** End of the whole directive, label, attributes and (for a container) its content included. */
  end: number;
}

/** A heading of a body. */
export interface ScannedHeading {
  depth: number;
  /** The heading's text as mdast-util-to-string gives it. */
  text: string;
  /** Offset of the heading's first character (its `#`, or the first character of a setext heading). */
  start: number;
}

/** What validation needs from a Markdown body. */
export interface ScanResult {
  /** Text directives of a mention kind, in document order. */
  mentions: ScannedMention[];
  /** Directives of any other name, in document order. */
  unknownDirectives: ScannedDirective[];
  /** Leaf and container directives of a mention kind (`::actor[…]`), which mentions must not be. */
  blockMentions: ScannedDirective[];
  headings: ScannedHeading[];
  /**
   * The body with everything a reader does not read as prose replaced by spaces (line breaks kept, so
   * offsets and lines are the body's): directives with their labels (a label is already a link), code,
   * HTML, link and image destinations and titles, images, autolinks, footnote markers and definition
   * labels, block markers (`#`, `>`, list markers, table pipes and delimiter rows). Markdown punctuation
   * next to prose (`*`, `_`, `~`, `\`, `>`, `[`, `]`) may survive; letters, digits and marks are exact.
   */
  prose: string;
  /**
   * `true` when the body holds something the scanner does not model exactly (raw HTML, link reference
   * definitions, container directives, tabs in container indentation, …). The other fields are then
   * empty and must not be used: parse the body with remark instead.
   */
  uncertain: boolean;
}

// Character codes.
const TAB = 9;
const LF = 10;
const CR = 13;
const SPACE = 32;
const BANG = 33;
const QUOTE = 34;
const HASH = 35;
const AMPERSAND = 38;
const APOSTROPHE = 39;
const LEFT_PAREN = 40;
const RIGHT_PAREN = 41;
const STAR = 42;
const PLUS = 43;
const DASH = 45;
const DOT = 46;
const SLASH = 47;
const DIGIT_0 = 48;
const DIGIT_1 = 49;
const DIGIT_9 = 57;
const COLON = 58;
const LESS_THAN = 60;
const EQUALS = 61;
const GREATER_THAN = 62;
const QUESTION = 63;
const AT = 64;
const LEFT_BRACKET = 91;
const BACKSLASH = 92;
const RIGHT_BRACKET = 93;
const CARET = 94;
const UNDERSCORE = 95;
const BACKTICK = 96;
const LEFT_BRACE = 123;
const PIPE = 124;
const RIGHT_BRACE = 125;
const TILDE = 126;
/** Returned by a cursor past the last character of inline content. */
const EOF = -1;

// micromark's limits.
const BRACKET_BALANCE_MAX = 32;
const FOOTNOTE_LABEL_MAX = 999;

// Character groups as micromark classifies them for emphasis and names: code units, not code points.
const WHITESPACE = 1;
const PUNCTUATION = 2;
const OTHER = 3;
const classes = new Uint8Array(65536);
const UNICODE_WHITESPACE = /\s/;
const UNICODE_PUNCTUATION = /\p{P}|\p{S}/u;

/** micromark's character group of a code unit (`EOF` and line endings are whitespace); memoised. */
function classify(code: number): number {
  if (code < 0) return WHITESPACE;
  let group = classes[code] ?? 0;
  if (group === 0) {
    const char = String.fromCharCode(code);
    group = UNICODE_WHITESPACE.test(char) ? WHITESPACE : UNICODE_PUNCTUATION.test(char) ? PUNCTUATION : OTHER;
    classes[code] = group;
  }
  return group;
}

/** A directive name starts with anything but punctuation and whitespace (a tab passes, as in micromark). */
function isNameStart(code: number): boolean {
  return code === TAB || classify(code) === OTHER;
}

function isNameContinue(code: number): boolean {
  return code === DASH || code === UNDERSCORE || isNameStart(code);
}

function isAsciiPunctuation(code: number): boolean {
  return (
    (code >= 33 && code <= 47) ||
    (code >= 58 && code <= 64) ||
    (code >= 91 && code <= 96) ||
    (code >= 123 && code <= 126)
  );
}

function isAsciiAlphanumeric(code: number): boolean {
  return (code >= DIGIT_0 && code <= DIGIT_9) || ((code | 32) >= 97 && (code | 32) <= 122);
}

function isSpaceOrTab(code: number): boolean {
  return code === SPACE || code === TAB;
}

/** Space, tab or a line ending (micromark's `markdownLineEndingOrSpace`). */
function isBlankCode(code: number): boolean {
  return code === SPACE || code === TAB || code === LF || code === CR;
}

/** ASCII control characters, line endings and tabs included (micromark's `asciiControl`). */
function isControl(code: number): boolean {
  return (code >= 0 && code < SPACE) || code === 127;
}

/** micromark's `normalizeIdentifier`, for footnote labels (which hold no whitespace). */
function normalizeLabel(label: string): string {
  return label.toLowerCase().toUpperCase();
}

/** Words before a `:` that GFM may read as the start of a literal autolink. */
const LITERAL_SCHEMES = ['http', 'https', 'mailto', 'xmpp'];

/** Characters where inline scanning has to look closer; everything else is plain text. */
const INLINE_SPECIAL = new Uint8Array(128);
for (const char of '\\`:[]!<&*_~@.') INLINE_SPECIAL[char.charCodeAt(0)] = 1;

/**
 * A position in inline content spread over several lines of the body. `lines` holds pairs of offsets
 * `[start, end)` per line, the container prefixes and indentation between lines left out; a line end
 * reads as one line feed and the end of the content as {@link EOF}.
 */
class Cursor {
  constructor(
    readonly body: string,
    readonly lines: readonly number[],
    public line: number,
    public offset: number,
  ) {}

  get lineEnd(): number {
    return this.lines[2 * this.line + 1] ?? 0;
  }

  get isLastLine(): boolean {
    return 2 * this.line + 2 >= this.lines.length;
  }

  code(): number {
    if (this.offset < this.lineEnd) return this.body.charCodeAt(this.offset);
    return this.isLastLine ? EOF : LF;
  }

  advance(): void {
    if (this.offset < this.lineEnd) this.offset++;
    else if (!this.isLastLine) {
      this.line++;
      this.offset = this.lines[2 * this.line] ?? 0;
    }
  }

  /** Skips spaces and tabs, and line endings too unless `sameLine`. */
  skipWhitespace(sameLine: boolean): void {
    for (;;) {
      const code = this.code();
      if (isSpaceOrTab(code) || (code === LF && !sameLine)) this.advance();
      else return;
    }
  }

  /** Puts this cursor where `other` is. */
  moveTo(other: Cursor): void {
    this.line = other.line;
    this.offset = other.offset;
  }
}

/**
 * Reads a directive label from its `[` (micromark's fork of the label factory: brackets balance,
 * `\[`, `\]` and `\\` are escapes). On success the cursor is after the `]` and the label's lines are
 * returned as inline content; `undefined` when there is no label.
 */
function readLabel(cursor: Cursor, sameLine: boolean): number[] | undefined {
  cursor.advance();
  const lines = [cursor.offset];
  let balance = 0;
  for (;;) {
    const code = cursor.code();
    if (code === EOF) return undefined;
    if (code === LF) {
      if (sameLine) return undefined;
      lines.push(cursor.lineEnd);
      cursor.advance();
      lines.push(cursor.offset);
      continue;
    }
    if (code === LEFT_BRACKET && ++balance > BRACKET_BALANCE_MAX) return undefined;
    if (code === RIGHT_BRACKET && balance-- === 0) {
      lines.push(cursor.offset);
      cursor.advance();
      return lines;
    }
    cursor.advance();
    if (code === BACKSLASH) {
      const next = cursor.code();
      if (next === LEFT_BRACKET || next === BACKSLASH || next === RIGHT_BRACKET) cursor.advance();
    }
  }
}

/** The outcome of {@link readAttributes}: the id, or why the scan cannot be sure of it. */
interface Attributes {
  id: string | undefined;
  uncertain: boolean;
}

/** Characters that end an attribute shortcut or value, or make it invalid. */
function isValueBreaker(code: number): boolean {
  return (
    code === EOF ||
    code === QUOTE ||
    code === APOSTROPHE ||
    code === LESS_THAN ||
    code === EQUALS ||
    code === GREATER_THAN ||
    code === BACKTICK
  );
}

/**
 * Reads directive attributes from their `{` (micromark's attribute factory): `#id`, `.class`,
 * `key=value`, `key="value"`, `key`. The last id wins, as in mdast-util-directive. Returns `undefined`
 * when the braces do not hold valid attributes (the directive then ends before the `{`).
 */
function readAttributes(cursor: Cursor, sameLine: boolean): Attributes | undefined {
  const body = cursor.body;
  let id: string | undefined;
  let uncertain = false;
  cursor.advance();
  for (;;) {
    let code = cursor.code();
    if (code === HASH || code === DOT) {
      cursor.advance();
      const start = cursor.offset;
      code = cursor.code();
      if (isValueBreaker(code) || code === HASH || code === DOT || code === RIGHT_BRACE || isBlankCode(code))
        return undefined;
      while (!(code === HASH || code === DOT || code === RIGHT_BRACE || isBlankCode(code))) {
        if (isValueBreaker(code)) return undefined;
        cursor.advance();
        code = cursor.code();
      }
      if (body.charCodeAt(start - 1) === HASH) id = body.slice(start, cursor.offset);
      continue;
    }
    if (isSpaceOrTab(code) || (code === LF && !sameLine)) {
      cursor.skipWhitespace(sameLine);
      continue;
    }
    if (
      code === EOF ||
      code === LF ||
      classify(code) === WHITESPACE ||
      (classify(code) === PUNCTUATION && code !== DASH && code !== UNDERSCORE)
    ) {
      if (code !== RIGHT_BRACE) return undefined;
      cursor.advance();
      return { id: id === '' ? undefined : id, uncertain };
    }
    const nameStart = cursor.offset;
    while (
      !(
        code === EOF ||
        code === LF ||
        classify(code) === WHITESPACE ||
        (classify(code) === PUNCTUATION &&
          code !== DASH &&
          code !== DOT &&
          code !== COLON &&
          code !== UNDERSCORE)
      )
    ) {
      cursor.advance();
      code = cursor.code();
    }
    const name = body.slice(nameStart, cursor.offset);
    cursor.skipWhitespace(sameLine);
    if (cursor.code() !== EQUALS) {
      if (name === 'id') id = '';
      continue;
    }
    cursor.advance();
    let value = '';
    for (;;) {
      code = cursor.code();
      if (code === EOF || code === LESS_THAN || code === EQUALS || code === GREATER_THAN || code === BACKTICK)
        return undefined;
      if (code === RIGHT_BRACE || (code === LF && sameLine)) return undefined;
      if (isSpaceOrTab(code) || code === LF) {
        cursor.skipWhitespace(sameLine);
        continue;
      }
      break;
    }
    if (code === QUOTE || code === APOSTROPHE) {
      const marker = code;
      cursor.advance();
      const start = cursor.offset;
      const startLine = cursor.line;
      for (;;) {
        code = cursor.code();
        if (code === marker) break;
        if (code === EOF || (code === LF && sameLine)) return undefined;
        cursor.advance();
      }
      // A value over several lines keeps its line endings in mdast; not worth modelling for an id.
      if (cursor.line !== startLine) uncertain ||= name === 'id';
      value = body.slice(start, cursor.offset);
      cursor.advance();
      code = cursor.code();
      if (!(code === RIGHT_BRACE || isBlankCode(code) || code === LF)) return undefined;
    } else {
      const start = cursor.offset;
      while (!(code === RIGHT_BRACE || isBlankCode(code) || code === LF)) {
        if (isValueBreaker(code)) return undefined;
        cursor.advance();
        code = cursor.code();
      }
      value = body.slice(start, cursor.offset);
    }
    if (name === 'id') id = value;
  }
}

/** Reads a link resource from its `(`; the cursor ends after the `)` on success. */
function readResource(cursor: Cursor): boolean {
  cursor.advance();
  cursor.skipWhitespace(false);
  let code = cursor.code();
  if (code === RIGHT_PAREN) {
    cursor.advance();
    return true;
  }
  if (code === LESS_THAN) {
    cursor.advance();
    for (;;) {
      code = cursor.code();
      if (code === GREATER_THAN) break;
      if (code === EOF || code === LF || code === LESS_THAN) return false;
      cursor.advance();
      if (code === BACKSLASH) {
        const next = cursor.code();
        if (next === LESS_THAN || next === GREATER_THAN || next === BACKSLASH) cursor.advance();
      }
    }
    cursor.advance();
  } else {
    if (code === EOF || code === SPACE || isControl(code)) return false;
    let balance = 0;
    for (;;) {
      code = cursor.code();
      if (balance === 0 && (code === EOF || code === RIGHT_PAREN || isBlankCode(code))) break;
      if (code === LEFT_PAREN && balance < BRACKET_BALANCE_MAX) balance++;
      else if (code === RIGHT_PAREN) balance--;
      else if (code === EOF || code === SPACE || code === LEFT_PAREN || isControl(code)) return false;
      cursor.advance();
      if (code === BACKSLASH) {
        const next = cursor.code();
        if (next === LEFT_PAREN || next === RIGHT_PAREN || next === BACKSLASH) cursor.advance();
      }
    }
  }
  code = cursor.code();
  if (isBlankCode(code) || code === LF) {
    cursor.skipWhitespace(false);
    code = cursor.code();
    if (code === QUOTE || code === APOSTROPHE || code === LEFT_PAREN) {
      const marker = code === LEFT_PAREN ? RIGHT_PAREN : code;
      cursor.advance();
      for (;;) {
        code = cursor.code();
        if (code === marker) break;
        if (code === EOF) return false;
        cursor.advance();
        if (code === BACKSLASH) {
          const next = cursor.code();
          if (next === marker || next === BACKSLASH) cursor.advance();
        }
      }
      cursor.advance();
      cursor.skipWhitespace(false);
    }
  }
  if (cursor.code() !== RIGHT_PAREN) return false;
  cursor.advance();
  return true;
}

/** A run of `*`, `_` or `~` that may open or close emphasis (or strikethrough). */
interface Delimiter {
  marker: number;
  remaining: number;
  open: boolean;
  close: boolean;
  /** Inside a matched span without a partner: plain text from then on. */
  killed: boolean;
}

/** A `[` or `![` that may start a link or an image. */
interface Opener {
  start: number;
  image: boolean;
  /** Mentions and unknown directives found before it: an image drops the ones in its alt text. */
  mentionsBefore: number;
  unknownBefore: number;
  active: boolean;
  /** The delimiters that came before it; a link's emphasis is resolved inside it. */
  delimiterBottom: number;
  /** Set once the link or image is formed: its brackets are no text then. */
  formed: boolean;
}

/** A piece of a text value: text, or a delimiter or opener whose text depends on later resolution. */
type Part = string | Delimiter | Opener;

/** Shared by inline runs that need no text value, which never write to them. */
const NO_PARTS: Part[] = [];
const NO_DELIMITERS: Delimiter[] = [];

/** What a body scan collects; shared by the block pass and every inline run. */
class BodyScan {
  readonly mask: Uint8Array;
  readonly footnotes = new Set<string>();
  readonly mentions: ScannedMention[] = [];
  readonly unknownDirectives: ScannedDirective[] = [];
  readonly blockMentions: ScannedDirective[] = [];
  readonly headings: ScannedHeading[] = [];
  uncertain = false;

  constructor(readonly body: string) {
    this.mask = new Uint8Array(body.length);
  }

  hide(start: number, end: number): void {
    if (end > start) this.mask.fill(1, start, end);
  }

  directive(name: string, form: DirectiveForm, start: number, end: number): void {
    const list = form !== 'text' && isMentionKind(name) ? this.blockMentions : this.unknownDirectives;
    list.push({ name, form, start, end });
  }
}

/**
 * Tokenises one piece of inline content (a paragraph, heading, table cell or directive label) the way
 * micromark's text tokenizer does, for the constructs that matter here, and builds its text value
 * (as mdast-util-to-string would) when `needValue`.
 */
class InlineRun {
  readonly body: string;
  readonly cursor: Cursor;
  /** Where constructs are tried before the main cursor moves past them. */
  readonly probe: Cursor;
  readonly attempt: Cursor;
  /** Text value pieces and emphasis delimiters: only kept when the value is needed. */
  readonly parts: Part[];
  readonly delimiters: Delimiter[];
  readonly openers: Opener[] = [];
  /** Start of the text not yet copied into {@link parts}. */
  textStart: number;
  /** Offset just after the last backslash escape: the escaped character is then no plain `:` or `~`. */
  escapeEnd = -1;
  /** The current line ends with a backslash hard break. */
  escapedBreak = false;
  /** Backtick run lengths known to have no closing run further on. */
  readonly unclosedTicks: number[] = [];
  /** Something GFM may read as a literal autolink (`www.`, `http://`, `@`), which the scan does not model. */
  literalLink = false;
  /** A directive, code span, link or footnote call was formed: a literal autolink could have swallowed it. */
  formedConstruct = false;

  constructor(
    readonly scan: BodyScan,
    readonly lines: readonly number[],
    readonly needValue: boolean,
    /** Directive labels keep the whitespace before their `]`; paragraphs drop a last line's. */
    readonly keepTrailing: boolean,
  ) {
    this.body = scan.body;
    this.textStart = lines[0] ?? 0;
    this.cursor = new Cursor(scan.body, lines, 0, this.textStart);
    this.probe = new Cursor(scan.body, lines, 0, this.textStart);
    this.attempt = new Cursor(scan.body, lines, 0, this.textStart);
    this.parts = needValue ? [] : NO_PARTS;
    this.delimiters = needValue ? [] : NO_DELIMITERS;
  }

  /** Scans the content; returns its text value (`''` unless `needValue`). */
  run(): string {
    const { body, cursor, lines } = this;
    outer: for (;;) {
      const end = cursor.lineEnd;
      let offset = cursor.offset;
      while (offset < end) {
        const code = body.charCodeAt(offset);
        if (code < 128 && INLINE_SPECIAL[code] === 1) {
          const line = cursor.line;
          cursor.offset = offset;
          this.special(code);
          if (this.scan.uncertain) return '';
          if (cursor.line !== line) continue outer;
          offset = cursor.offset;
        } else offset++;
      }
      cursor.offset = end;
      if (this.needValue) this.lineEnd();
      this.escapedBreak = false;
      if (cursor.isLastLine) break;
      cursor.line++;
      cursor.offset = lines[2 * cursor.line] ?? 0;
      this.textStart = cursor.offset;
    }
    if (this.literalLink && (this.formedConstruct || this.needValue)) this.scan.uncertain = true;
    if (!this.needValue) return '';
    this.resolveEmphasis(0);
    let value = '';
    for (const part of this.parts) {
      if (typeof part === 'string') value += part;
      else if ('marker' in part) value += String.fromCharCode(part.marker).repeat(part.remaining);
      else if (!part.formed) value += part.image ? '![' : '[';
    }
    return value;
  }

  /** The code before `offset`: a line feed at the start of a later line, `EOF` at the very start. */
  previousCode(offset: number): number {
    const cursor = this.cursor;
    if (offset === this.lines[2 * cursor.line]) return cursor.line === 0 ? EOF : LF;
    return this.body.charCodeAt(offset - 1);
  }

  /** The code at `offset` on the cursor's line, or what follows the line. */
  codeAt(offset: number): number {
    const cursor = this.cursor;
    if (offset < cursor.lineEnd) return this.body.charCodeAt(offset);
    return cursor.isLastLine ? EOF : LF;
  }

  /** Copies the pending text up to `end` into the value. */
  flush(end: number): void {
    if (this.needValue && end > this.textStart) this.parts.push(this.body.slice(this.textStart, end));
  }

  /** At the end of a line: drop trailing whitespace, then a line ending (or nothing for a hard break). */
  lineEnd(): void {
    const { body, cursor } = this;
    const end = cursor.lineEnd;
    let trimmed = end;
    let tabs = false;
    while (trimmed > this.textStart && isSpaceOrTab(body.charCodeAt(trimmed - 1))) {
      if (body.charCodeAt(trimmed - 1) === TAB) tabs = true;
      trimmed--;
    }
    if (cursor.isLastLine) {
      this.flush(this.keepTrailing ? end : trimmed);
      return;
    }
    this.flush(trimmed);
    if (this.escapedBreak || (!tabs && end - trimmed >= 2)) return;
    this.parts.push(
      body.charCodeAt(end) === CR && body.charCodeAt(end + 1) === LF ? '\r\n' : (body[end] ?? ''),
    );
  }

  special(code: number): void {
    const cursor = this.cursor;
    const offset = cursor.offset;
    switch (code) {
      case BACKSLASH:
        this.backslash(offset);
        return;
      case BACKTICK:
        this.codeSpan(offset);
        return;
      case COLON:
        for (const scheme of LITERAL_SCHEMES) if (this.followsWord(offset, scheme)) this.literalLink = true;
        if (!this.textDirective(offset)) cursor.offset = offset + 1;
        return;
      case LEFT_BRACKET:
        if (this.codeAt(offset + 1) !== CARET || !this.footnoteCall(offset)) this.opener(offset, false);
        return;
      case BANG:
        if (this.codeAt(offset + 1) === LEFT_BRACKET) this.opener(offset, true);
        else cursor.offset = offset + 1;
        return;
      case RIGHT_BRACKET:
        this.labelEnd(offset);
        return;
      case LESS_THAN: {
        const next = this.codeAt(offset + 1);
        // Raw HTML and autolinks: not modelled.
        if (next === SLASH || next === BANG || next === QUESTION || ((next | 32) >= 97 && (next | 32) <= 122))
          this.scan.uncertain = true;
        cursor.offset = offset + 1;
        return;
      }
      case AMPERSAND: {
        // A character reference changes the text value; the mask keeps its source either way.
        const next = this.codeAt(offset + 1);
        if (this.needValue && (next === HASH || isAsciiAlphanumeric(next))) this.scan.uncertain = true;
        cursor.offset = offset + 1;
        return;
      }
      case STAR:
      case UNDERSCORE:
      case TILDE:
        this.delimiterRun(offset, code);
        return;
      case AT:
        this.literalLink = true;
        cursor.offset = offset + 1;
        return;
      default:
        if (this.followsWord(offset, 'www')) this.literalLink = true;
        cursor.offset = offset + 1;
    }
  }

  /** `true` when the letters just before `offset` spell `word` (any case). */
  followsWord(offset: number, word: string): boolean {
    const start = offset - word.length;
    if (start < (this.lines[2 * this.cursor.line] ?? 0)) return false;
    for (let index = 0; index < word.length; index++) {
      if ((this.body.charCodeAt(start + index) | 32) !== word.charCodeAt(index)) return false;
    }
    return true;
  }

  backslash(offset: number): void {
    const cursor = this.cursor;
    const next = this.codeAt(offset + 1);
    if (next !== EOF && next !== LF && isAsciiPunctuation(next)) {
      this.flush(offset);
      if (this.needValue) this.parts.push(String.fromCharCode(next));
      cursor.offset = offset + 2;
      this.textStart = cursor.offset;
      this.escapeEnd = cursor.offset;
      return;
    }
    if (next === LF) {
      this.flush(offset);
      this.textStart = offset + 1;
      this.escapedBreak = true;
    }
    cursor.offset = offset + 1;
  }

  codeSpan(offset: number): void {
    const { body, cursor } = this;
    let size = 1;
    while (this.codeAt(offset + size) === BACKTICK) size++;
    if (!this.unclosedTicks.includes(size)) {
      const search = this.probe;
      search.moveTo(cursor);
      search.offset = offset + size;
      for (;;) {
        const code = search.code();
        if (code === EOF) break;
        if (code !== BACKTICK) {
          search.advance();
          continue;
        }
        const runStart = search.offset;
        let run = 0;
        while (search.code() === BACKTICK) {
          run++;
          search.advance();
        }
        if (run !== size) continue;
        this.scan.hide(offset, search.offset);
        this.formedConstruct = true;
        this.flush(offset);
        if (this.needValue) {
          if (search.line !== cursor.line) {
            // Line endings and indentation inside code spans: mdast keeps them raw; not modelled.
            this.scan.uncertain = true;
            return;
          }
          let from = offset + size;
          let to = runStart;
          if (body.charCodeAt(from) === SPACE && body.charCodeAt(to - 1) === SPACE && to - from > 1) {
            for (let index = from; index < to; index++) {
              if (body.charCodeAt(index) !== SPACE) {
                from++;
                to--;
                break;
              }
            }
          }
          this.parts.push(body.slice(from, to));
        }
        cursor.moveTo(search);
        this.textStart = cursor.offset;
        return;
      }
      this.unclosedTicks.push(size);
    }
    cursor.offset = offset + size;
  }

  /** A text directive at a `:`; returns `false` when there is none. */
  textDirective(offset: number): boolean {
    const { body, cursor, scan } = this;
    if (this.previousCode(offset) === COLON && this.escapeEnd !== offset) return false;
    const lineEnd = cursor.lineEnd;
    let nameEnd = offset + 1;
    if (nameEnd >= lineEnd || !isNameStart(body.charCodeAt(nameEnd))) return false;
    nameEnd++;
    while (nameEnd < lineEnd && isNameContinue(body.charCodeAt(nameEnd))) nameEnd++;
    const last = body.charCodeAt(nameEnd - 1);
    if (last === DASH || last === UNDERSCORE) return false;
    if (this.codeAt(nameEnd) === COLON) return false;
    const name = body.slice(offset + 1, nameEnd);
    const { probe: end, attempt } = this;
    end.moveTo(cursor);
    end.offset = nameEnd;
    let label: number[] | undefined;
    if (end.code() === LEFT_BRACKET) {
      attempt.moveTo(end);
      label = readLabel(attempt, false);
      if (label) end.moveTo(attempt);
    }
    let attributes: Attributes | undefined;
    if (end.code() === LEFT_BRACE) {
      attempt.moveTo(end);
      attributes = readAttributes(attempt, false);
      if (attributes) end.moveTo(attempt);
    }
    if (attributes?.uncertain || attributes?.id?.includes('&')) {
      scan.uncertain = true;
      return true;
    }
    this.flush(offset);
    scan.hide(offset, end.offset);
    const mention = isMentionKind(name)
      ? { kind: name, id: attributes?.id, label: '', start: offset, end: end.offset }
      : undefined;
    if (mention) scan.mentions.push(mention);
    else scan.directive(name, 'text', offset, end.offset);
    const text = label ? new InlineRun(scan, label, this.needValue || mention !== undefined, true).run() : '';
    if (mention) mention.label = text;
    if (this.needValue) this.parts.push(text);
    this.formedConstruct = true;
    cursor.moveTo(end);
    this.textStart = cursor.offset;
    return true;
  }

  /** A GFM footnote call `[^label]` of a defined footnote; returns `false` when there is none. */
  footnoteCall(offset: number): boolean {
    const { body, cursor } = this;
    const lineEnd = cursor.lineEnd;
    const start = offset + 2;
    let index = start;
    for (;;) {
      if (index >= lineEnd || index - start > FOOTNOTE_LABEL_MAX) return false;
      const code = body.charCodeAt(index);
      if (code === RIGHT_BRACKET) break;
      if (code === LEFT_BRACKET || isSpaceOrTab(code)) return false;
      index++;
      if (code === BACKSLASH && index < lineEnd) {
        const next = body.charCodeAt(index);
        if (next === LEFT_BRACKET || next === BACKSLASH || next === RIGHT_BRACKET) index++;
      }
    }
    if (index === start || !this.scan.footnotes.has(normalizeLabel(body.slice(start, index)))) return false;
    this.flush(offset);
    this.scan.hide(offset, index + 1);
    this.formedConstruct = true;
    cursor.offset = index + 1;
    this.textStart = cursor.offset;
    return true;
  }

  opener(offset: number, image: boolean): void {
    const size = image ? 2 : 1;
    this.flush(offset);
    const opener: Opener = {
      start: offset,
      image,
      mentionsBefore: this.scan.mentions.length,
      unknownBefore: this.scan.unknownDirectives.length,
      active: true,
      delimiterBottom: this.delimiters.length,
      formed: false,
    };
    this.openers.push(opener);
    if (this.needValue) this.parts.push(opener);
    this.cursor.offset = offset + size;
    this.textStart = this.cursor.offset;
  }

  labelEnd(offset: number): void {
    const { cursor, openers } = this;
    const opener = openers.pop();
    const end = this.probe;
    end.moveTo(cursor);
    end.offset = offset + 1;
    if (!opener?.active || end.code() !== LEFT_PAREN || !readResource(end)) {
      // `![^label]` of a defined footnote is `!` and a footnote call (GFM's potential call); not modelled.
      if (opener?.image && this.body.charCodeAt(opener.start + 2) === CARET) this.scan.uncertain = true;
      cursor.offset = offset + 1;
      return;
    }
    this.flush(offset);
    opener.formed = true;
    if (this.needValue) this.resolveEmphasis(opener.delimiterBottom);
    if (opener.image) {
      // An image's text is its `alt` attribute: directives in it are no nodes of the tree.
      this.scan.hide(opener.start, end.offset);
      this.scan.mentions.length = opener.mentionsBefore;
      this.scan.unknownDirectives.length = opener.unknownBefore;
    } else {
      this.scan.hide(opener.start, opener.start + 1);
      this.scan.hide(offset, end.offset);
      for (const earlier of openers) if (!earlier.image) earlier.active = false;
    }
    this.formedConstruct = true;
    cursor.moveTo(end);
    this.textStart = cursor.offset;
  }

  delimiterRun(offset: number, marker: number): void {
    const cursor = this.cursor;
    let size = 1;
    while (this.codeAt(offset + size) === marker) size++;
    cursor.offset = offset + size;
    // A run of three or more tildes is no strikethrough.
    if (!this.needValue || (marker === TILDE && size > 2)) return;
    const previous = this.previousCode(offset);
    const next = this.codeAt(offset + size);
    const before = classify(previous);
    const after = classify(next);
    let open: boolean;
    let close: boolean;
    if (marker === TILDE) {
      open = after === OTHER || (after === PUNCTUATION && before !== OTHER);
      close = before === OTHER || (before === PUNCTUATION && after !== OTHER);
    } else {
      const opens = after === OTHER || (after === PUNCTUATION && before !== OTHER) || next === TILDE;
      const closes = before === OTHER || (before === PUNCTUATION && after !== OTHER) || previous === TILDE;
      open = marker === STAR ? opens : opens && (before !== OTHER || !closes);
      close = marker === STAR ? closes : closes && (after !== OTHER || !opens);
    }
    const delimiter: Delimiter = { marker, remaining: size, open, close, killed: false };
    this.flush(offset);
    this.delimiters.push(delimiter);
    this.parts.push(delimiter);
    this.textStart = cursor.offset;
  }

  /**
   * micromark's attention resolution over the delimiters from `bottom` on (a link's content, or the
   * whole run): each closer, left to right, takes the nearest fitting opener; the delimiters between
   * them become text. Strikethrough pairs tildes of equal length. Resolved delimiters leave the stack.
   */
  resolveEmphasis(bottom: number): void {
    const list = this.delimiters;
    let tildes = false;
    let others = false;
    for (let index = bottom; index < list.length; index++) {
      if (list[index]?.marker === TILDE) tildes = true;
      else others = true;
    }
    // micromark resolves emphasis and strikethrough in separate passes whose order decides crossings.
    if (tildes && others) this.scan.uncertain = true;
    for (let closerIndex = bottom; closerIndex < list.length; closerIndex++) {
      const closer = list[closerIndex];
      if (!closer?.close || closer.killed) continue;
      while (closer.remaining > 0) {
        let openerIndex = closerIndex - 1;
        for (; openerIndex >= bottom; openerIndex--) {
          const opener = list[openerIndex];
          if (!opener || opener.killed || !opener.open || opener.remaining === 0) continue;
          if (opener.marker !== closer.marker) continue;
          if (closer.marker === TILDE) {
            if (opener.remaining === closer.remaining) break;
            continue;
          }
          if (
            (opener.close || closer.open) &&
            closer.remaining % 3 !== 0 &&
            (opener.remaining + closer.remaining) % 3 === 0
          )
            continue;
          break;
        }
        const opener = list[openerIndex];
        if (openerIndex < bottom || !opener) break;
        const use =
          closer.marker === TILDE ? closer.remaining : opener.remaining > 1 && closer.remaining > 1 ? 2 : 1;
        opener.remaining -= use;
        closer.remaining -= use;
        for (let index = openerIndex + 1; index < closerIndex; index++) {
          const between = list[index];
          if (between) between.killed = true;
        }
      }
    }
    list.length = bottom;
  }
}

// Block containers and leaves.
const BLOCK_QUOTE = 1;
const LIST_ITEM = 2;
const FOOTNOTE = 3;
const NO_LEAF = 0;
const PARAGRAPH = 1;
const FENCED_CODE = 2;
const INDENTED_CODE = 3;
const TABLE = 4;
/** Indentation reported for a tab at the start of a line: at least one code indent. */
const TAB_INDENT = 4;

/** Inline content found by the block pass, tokenised once the whole body is known. */
interface Segment {
  lines: number[];
  /** Set for headings, whose text value is needed. */
  heading?: ScannedHeading;
}

/**
 * The block pass: containers (block quotes, list items, footnote definitions) and leaves (paragraphs,
 * headings, code, tables, thematic breaks, leaf directives), line by line, as micromark's document and
 * flow tokenizers decide them.
 */
class BlockScan {
  readonly body: string;
  readonly length: number;
  readonly hasCarriageReturn: boolean;
  readonly segments: Segment[] = [];
  readonly containers: number[] = [];
  /** Content indentation of each container (list items: marker and spaces; footnotes: 4). */
  readonly indents: number[] = [];
  leaf = NO_LEAF;
  paragraph: Segment | undefined;
  /** The open paragraph starts with `[`: it may be a link reference definition. */
  paragraphBracket = false;
  /** The leaf open when the current line started, before new containers closed it. */
  leafBeforeContainers = NO_LEAF;
  fenceMarker = 0;
  fenceLength = 0;
  /** Start of the line after a table's delimiter row, which the table consumed. */
  resumeAt = -1;
  /** Where the container prefixes matched by the last {@link BlockScan.matchContainers} end. */
  prefixEnd = 0;

  constructor(readonly scan: BodyScan) {
    this.body = scan.body;
    this.length = scan.body.length;
    this.hasCarriageReturn = scan.body.includes('\r');
  }

  lineEndFrom(start: number): number {
    const body = this.body;
    if (!this.hasCarriageReturn) {
      const end = body.indexOf('\n', start);
      return end === -1 ? this.length : end;
    }
    for (let index = start; index < this.length; index++) {
      const code = body.charCodeAt(index);
      if (code === LF || code === CR) return index;
    }
    return this.length;
  }

  nextLineStart(end: number): number {
    return this.body.charCodeAt(end) === CR && this.body.charCodeAt(end + 1) === LF ? end + 2 : end + 1;
  }

  run(): void {
    let start = 0;
    while (!this.scan.uncertain) {
      const end = this.lineEndFrom(start);
      this.line(start, end);
      if (this.resumeAt !== -1) {
        start = this.resumeAt;
        this.resumeAt = -1;
        if (start > this.length) break;
        continue;
      }
      if (end >= this.length) break;
      start = this.nextLineStart(end);
    }
    this.closeLeaf();
  }

  isBlank(from: number, end: number): boolean {
    for (let index = from; index < end; index++) if (!isSpaceOrTab(this.body.charCodeAt(index))) return false;
    return true;
  }

  /** Leading spaces from `from`; a tab makes a code indent at a line start, and the scan unsure inside containers. */
  indentAt(from: number, lineStart: number, end: number): number {
    let index = from;
    while (index < end && this.body.charCodeAt(index) === SPACE) index++;
    if (index < end && this.body.charCodeAt(index) === TAB) {
      if (from !== lineStart) this.scan.uncertain = true;
      return TAB_INDENT;
    }
    return index - from;
  }

  firstNonBlank(from: number, end: number): number {
    let index = from;
    while (index < end && isSpaceOrTab(this.body.charCodeAt(index))) index++;
    return index;
  }

  /**
   * Matches the open containers against a line; returns how many matched and leaves where their
   * prefixes end in {@link BlockScan.prefixEnd}. Pure apart from hiding block quote markers when `hide`.
   */
  matchContainers(start: number, end: number, hide: boolean): number {
    const body = this.body;
    let offset = start;
    let matched = 0;
    for (; matched < this.containers.length; matched++) {
      if (this.containers[matched] === BLOCK_QUOTE) {
        let index = offset;
        while (index < end && index - offset < 3 && body.charCodeAt(index) === SPACE) index++;
        if (body.charCodeAt(index) === TAB && index < end) this.scan.uncertain = true;
        if (index >= end || body.charCodeAt(index) !== GREATER_THAN) break;
        if (hide) this.scan.hide(index, index + 1);
        offset = index + 1;
        const after = body.charCodeAt(offset);
        if (offset < end && after === SPACE) offset++;
        else if (offset < end && after === TAB) this.scan.uncertain = true;
        continue;
      }
      if (this.isBlank(offset, end)) continue;
      const need = this.indents[matched] ?? 0;
      let index = offset;
      while (index < end && index - offset < need && body.charCodeAt(index) === SPACE) index++;
      if (index - offset < need) {
        if (body.charCodeAt(index) === TAB && index < end) this.scan.uncertain = true;
        break;
      }
      offset = index;
    }
    this.prefixEnd = offset;
    return matched;
  }

  line(start: number, end: number): void {
    const matched = this.matchContainers(start, end, true);
    let offset = this.prefixEnd;
    const allMatched = matched === this.containers.length;
    if (this.leaf === FENCED_CODE && allMatched) {
      this.fencedLine(start, offset, end);
      return;
    }
    const interrupt = allMatched && (this.leaf === PARAGRAPH || this.leaf === INDENTED_CODE);
    this.leafBeforeContainers = this.leaf;
    let opened = false;
    for (;;) {
      if (this.scan.uncertain) return;
      const indent = this.indentAt(offset, start, end);
      if (indent >= 4) break;
      const at = offset + indent;
      const code = this.body.charCodeAt(at);
      if (at >= end) break;
      let contentStart = -1;
      let container = 0;
      let width = 0;
      if (code === GREATER_THAN) {
        container = BLOCK_QUOTE;
        contentStart = at + 1;
        const after = this.body.charCodeAt(contentStart);
        if (contentStart < end && after === SPACE) contentStart++;
        else if (contentStart < end && after === TAB) this.scan.uncertain = true;
      } else if (code === LEFT_BRACKET && this.body.charCodeAt(at + 1) === CARET) {
        contentStart = this.footnoteDefinition(at, end);
        container = FOOTNOTE;
        width = 4;
      } else {
        contentStart = this.listItem(at, end, interrupt);
        container = LIST_ITEM;
        width = indent + contentStart - at;
      }
      if (this.scan.uncertain || contentStart < 0) break;
      if (!opened) this.closeFrom(matched);
      opened = true;
      this.containers.push(container);
      this.indents.push(width);
      this.scan.hide(at, contentStart);
      offset = contentStart;
    }
    if (this.scan.uncertain) return;
    if (!allMatched && !opened) {
      if (this.leaf === PARAGRAPH && this.lazyContinues(start, offset, end)) {
        this.addParagraphLine(this.firstNonBlank(offset, end), end);
        return;
      }
      this.closeFrom(matched);
    }
    const innermostItemOpened = opened && this.containers[this.containers.length - 1] === LIST_ITEM;
    this.leafLine(start, offset, end, allMatched && !opened, innermostItemOpened);
  }

  /** Closes the open leaf and the containers from `depth` on. */
  closeFrom(depth: number): void {
    this.closeLeaf();
    this.containers.length = depth;
    this.indents.length = depth;
  }

  closeLeaf(): void {
    this.leaf = NO_LEAF;
    this.paragraph = undefined;
  }

  /** A list item's marker at `at`: returns where its content starts, or -1. */
  listItem(at: number, end: number, interrupt: boolean): number {
    const body = this.body;
    const code = body.charCodeAt(at);
    let markerEnd: number;
    if (code === DASH || code === STAR || code === PLUS) {
      if (code !== PLUS && this.thematicBreak(at, end)) return -1;
      markerEnd = at + 1;
    } else if (code >= DIGIT_0 && code <= DIGIT_9) {
      if (interrupt && code !== DIGIT_1) return this.interrupted();
      markerEnd = at;
      while (markerEnd < end && markerEnd - at < 9 && isDigit(body.charCodeAt(markerEnd))) markerEnd++;
      const marker = body.charCodeAt(markerEnd);
      if (markerEnd >= end || (marker !== DOT && marker !== RIGHT_PAREN)) return -1;
      if (interrupt && markerEnd - at > 1) return this.interrupted();
      markerEnd++;
    } else return -1;
    if (this.isBlank(markerEnd, end)) {
      // An item that starts empty: micromark's blank-line bookkeeping is not modelled.
      if (!interrupt) this.scan.uncertain = true;
      return this.interrupted();
    }
    let content = markerEnd;
    while (content < end && body.charCodeAt(content) === SPACE) content++;
    if (body.charCodeAt(content) === TAB && content < end) {
      this.scan.uncertain = true;
      return -1;
    }
    if (content === markerEnd) return -1;
    // Five or more spaces: the content is indented code after one space; not modelled.
    if (content - markerEnd >= 5) {
      this.scan.uncertain = true;
      return -1;
    }
    return content;
  }

  /**
   * A list item refused because it would interrupt the open leaf. After a paragraph that is exact;
   * after indented code, micromark's state depends on how the code started: not modelled.
   */
  interrupted(): number {
    if (this.leafBeforeContainers === INDENTED_CODE) this.scan.uncertain = true;
    return -1;
  }

  /** A footnote definition's `[^label]:` at `at`: returns where its content starts, or -1. */
  footnoteDefinition(at: number, end: number): number {
    const body = this.body;
    const start = at + 2;
    let index = start;
    for (;;) {
      if (index >= end || index - start > FOOTNOTE_LABEL_MAX) return -1;
      const code = body.charCodeAt(index);
      if (code === RIGHT_BRACKET) break;
      if (code === LEFT_BRACKET || isSpaceOrTab(code)) return -1;
      index++;
      if (code === BACKSLASH && index < end) {
        const next = body.charCodeAt(index);
        if (next === LEFT_BRACKET || next === BACKSLASH || next === RIGHT_BRACKET) index++;
      }
    }
    if (index === start || body.charCodeAt(index + 1) !== COLON || index + 1 >= end) return -1;
    this.scan.footnotes.add(normalizeLabel(body.slice(start, index)));
    return this.firstNonBlank(index + 2, end);
  }

  /** Whether a line not in all open containers continues the open paragraph lazily. */
  lazyContinues(lineStart: number, offset: number, end: number): boolean {
    if (this.isBlank(offset, end)) return false;
    const indent = this.indentAt(offset, lineStart, end);
    if (indent >= 4) return true;
    const at = offset + indent;
    // A table head in a lazy line: micromark's answer depends on when it learns the next line is lazy.
    const next = this.nextLineFirst(end);
    if (this.lineHas(at, end, '|') || next === PIPE || next === COLON || next === DASH)
      this.scan.uncertain = true;
    return !this.interrupts(at, end, true);
  }

  /** The first code of the next line after spaces, tabs and `>`, or -1 at the end. */
  nextLineFirst(end: number): number {
    if (end >= this.length) return -1;
    const start = this.nextLineStart(end);
    for (let index = start; index < this.length; index++) {
      const code = this.body.charCodeAt(index);
      if (!isSpaceOrTab(code) && code !== GREATER_THAN) return code;
    }
    return -1;
  }

  /** Whether a line (its content at `at`, indented less than 4) starts a block that ends a paragraph. */
  interrupts(at: number, end: number, lazy: boolean): boolean {
    const code = this.body.charCodeAt(at);
    const keyed =
      code === HASH
        ? this.atxHeadingSize(at, end) > 0
        : code === BACKTICK || code === TILDE
          ? this.fenceSize(at, end) > 0
          : code === STAR || code === UNDERSCORE || code === DASH
            ? this.thematicBreak(at, end)
            : code === LESS_THAN
              ? this.htmlStart(at, end)
              : code === COLON && this.leafDirectiveLike(at, end);
    return keyed || (!lazy && this.tableHeadCells(at, end) > 0);
  }

  /** Whether a line in a table starts another block (the table then ends). */
  endsTable(at: number, end: number): boolean {
    const code = this.body.charCodeAt(at);
    if (code === LEFT_BRACKET && this.lineHas(at, end, ']:')) this.scan.uncertain = true;
    return this.interrupts(at, end, true);
  }

  lineHas(from: number, end: number, text: string): boolean {
    const found = this.body.indexOf(text, from);
    return found !== -1 && found + text.length <= end;
  }

  /** Raw HTML at a block start: not modelled. */
  htmlStart(at: number, end: number): boolean {
    const next = this.body.charCodeAt(at + 1);
    if (at + 1 < end && (next === SLASH || next === BANG || next === QUESTION || isAsciiLetter(next))) {
      this.scan.uncertain = true;
      return true;
    }
    return false;
  }

  /** A `::name…` line that is a leaf directive, or `:::` (a container directive: not modelled). */
  leafDirectiveLike(at: number, end: number): boolean {
    if (this.body.charCodeAt(at + 1) !== COLON) return false;
    if (this.body.charCodeAt(at + 2) === COLON) {
      this.scan.uncertain = true;
      return true;
    }
    return this.leafDirective(at, end, false);
  }

  /**
   * The leaf part of a line, after its container prefixes: `continuing` when the line is in every open
   * container (so it may continue the open leaf), `itemStart` when it opened a list item.
   */
  leafLine(lineStart: number, offset: number, end: number, continuing: boolean, itemStart: boolean): void {
    if (this.isBlank(offset, end)) {
      if (this.leaf === PARAGRAPH || this.leaf === TABLE) this.closeLeaf();
      return;
    }
    const indent = this.indentAt(offset, lineStart, end);
    if (this.scan.uncertain) return;
    const at = indent >= TAB_INDENT ? this.firstNonBlank(offset, end) : offset + indent;
    if (continuing) {
      if (this.leaf === PARAGRAPH) {
        if (indent >= 4) {
          this.addParagraphLine(at, end);
          return;
        }
        if (this.setextUnderline(at, end)) {
          const paragraph = this.paragraph;
          const heading = { depth: this.body.charCodeAt(at) === EQUALS ? 1 : 2, text: '', start: 0 };
          if (paragraph) {
            heading.start = paragraph.lines[0] ?? 0;
            paragraph.heading = heading;
            this.scan.headings.push(heading);
          }
          this.scan.hide(at, end);
          this.closeLeaf();
          return;
        }
        if (!this.interrupts(at, end, false)) {
          this.addParagraphLine(at, end);
          return;
        }
        if (this.scan.uncertain) return;
        this.closeLeaf();
      } else if (this.leaf === TABLE) {
        if (indent < 4 && !this.endsTable(at, end)) {
          this.tableRow(at, end);
          return;
        }
        if (this.scan.uncertain) return;
        this.closeLeaf();
      } else if (this.leaf === INDENTED_CODE) {
        if (indent >= 4) {
          this.scan.hide(offset, end);
          return;
        }
        this.closeLeaf();
      }
    }
    if (indent >= 4) {
      this.leaf = INDENTED_CODE;
      this.scan.hide(offset, end);
      return;
    }
    const code = this.body.charCodeAt(at);
    if (code === HASH && this.atxHeading(at, end)) return;
    if ((code === BACKTICK || code === TILDE) && this.fenceSize(at, end) > 0) {
      this.fenceMarker = code;
      this.fenceLength = this.fenceSize(at, end);
      this.leaf = FENCED_CODE;
      this.scan.hide(offset, end);
      return;
    }
    if ((code === STAR || code === DASH || code === UNDERSCORE) && this.thematicBreak(at, end)) {
      this.scan.hide(at, end);
      return;
    }
    if (code === LESS_THAN && this.htmlStart(at, end)) return;
    if (code === COLON && this.body.charCodeAt(at + 1) === COLON) {
      if (this.body.charCodeAt(at + 2) === COLON) {
        this.scan.uncertain = true;
        return;
      }
      if (this.leafDirective(at, end, true)) return;
    }
    if (this.tableStart(at, end)) return;
    if (this.scan.uncertain) return;
    this.startParagraph(at, end, itemStart && at === offset);
  }

  /** Opens a paragraph; `taskAllowed` when it is the first content of a list item opened on this line. */
  startParagraph(at: number, end: number, taskAllowed: boolean): void {
    const body = this.body;
    let start = at;
    // A GFM task list item: `[ ]`, `[x]` or `[X]`, whitespace, then content.
    if (
      taskAllowed &&
      body.charCodeAt(at) === LEFT_BRACKET &&
      body.charCodeAt(at + 2) === RIGHT_BRACKET &&
      (body.charCodeAt(at + 1) === SPACE || (body.charCodeAt(at + 1) | 32) === 120) &&
      isSpaceOrTab(body.charCodeAt(at + 3)) &&
      at + 3 < end &&
      !this.isBlank(at + 3, end)
    ) {
      this.scan.hide(at, at + 3);
      start = this.firstNonBlank(at + 3, end);
    }
    this.leaf = PARAGRAPH;
    this.paragraph = { lines: [] };
    this.segments.push(this.paragraph);
    this.paragraphBracket = body.charCodeAt(start) === LEFT_BRACKET;
    this.addParagraphLine(start, end);
  }

  addParagraphLine(start: number, end: number): void {
    // Link reference definitions (`[label]: url`) resolve references anywhere: not modelled.
    if (this.paragraphBracket && this.lineHas(start, end, ']:')) this.scan.uncertain = true;
    this.paragraph?.lines.push(start, end);
  }

  fencedLine(lineStart: number, offset: number, end: number): void {
    const body = this.body;
    let index = offset;
    while (index < end && body.charCodeAt(index) === SPACE) index++;
    const tab = index < end && body.charCodeAt(index) === TAB;
    const first = this.firstNonBlank(index, end);
    if (tab && offset !== lineStart && body.charCodeAt(first) === this.fenceMarker)
      this.scan.uncertain = true;
    if (!tab && index - offset < 4) {
      let run = index;
      while (run < end && body.charCodeAt(run) === this.fenceMarker) run++;
      if (run - index >= this.fenceLength && this.isBlank(run, end)) this.closeLeaf();
    }
    this.scan.hide(offset, end);
  }

  /** The size of an opening code fence at `at`, or 0. */
  fenceSize(at: number, end: number): number {
    const body = this.body;
    const marker = body.charCodeAt(at);
    let run = at;
    while (run < end && body.charCodeAt(run) === marker) run++;
    if (run - at < 3) return 0;
    if (marker === BACKTICK && body.indexOf('`', run) !== -1 && body.indexOf('`', run) < end) return 0;
    return run - at;
  }

  thematicBreak(at: number, end: number): boolean {
    const body = this.body;
    const marker = body.charCodeAt(at);
    let count = 0;
    for (let index = at; index < end; index++) {
      const code = body.charCodeAt(index);
      if (code === marker) count++;
      else if (!isSpaceOrTab(code)) return false;
    }
    return count >= 3;
  }

  setextUnderline(at: number, end: number): boolean {
    const body = this.body;
    const marker = body.charCodeAt(at);
    if (marker !== EQUALS && marker !== DASH) return false;
    let index = at;
    while (index < end && body.charCodeAt(index) === marker) index++;
    return this.isBlank(index, end);
  }

  /** The depth of an ATX heading opening at `at`, or 0. */
  atxHeadingSize(at: number, end: number): number {
    let index = at;
    while (index < end && this.body.charCodeAt(index) === HASH) index++;
    const size = index - at;
    if (size > 6 || (index < end && !isSpaceOrTab(this.body.charCodeAt(index)))) return 0;
    return size;
  }

  atxHeading(at: number, end: number): boolean {
    const body = this.body;
    const depth = this.atxHeadingSize(at, end);
    if (depth === 0) return false;
    const contentStart = this.firstNonBlank(at + depth, end);
    let contentEnd = end;
    while (contentEnd > contentStart && isSpaceOrTab(body.charCodeAt(contentEnd - 1))) contentEnd--;
    let hashes = contentEnd;
    while (hashes > contentStart && body.charCodeAt(hashes - 1) === HASH) hashes--;
    if (hashes < contentEnd && (hashes === contentStart || isSpaceOrTab(body.charCodeAt(hashes - 1)))) {
      contentEnd = hashes;
      while (contentEnd > contentStart && isSpaceOrTab(body.charCodeAt(contentEnd - 1))) contentEnd--;
    }
    const heading = { depth, text: '', start: at };
    this.scan.headings.push(heading);
    this.scan.hide(at, contentStart);
    this.scan.hide(contentEnd, end);
    if (contentEnd > contentStart) this.segments.push({ lines: [contentStart, contentEnd], heading });
    return true;
  }

  /** A leaf directive `::name[label]{attributes}` filling the line; recorded when `record`. */
  leafDirective(at: number, end: number, record: boolean): boolean {
    const body = this.body;
    let nameEnd = at + 2;
    if (nameEnd >= end || !isNameStart(body.charCodeAt(nameEnd))) return false;
    nameEnd++;
    while (nameEnd < end && isNameContinue(body.charCodeAt(nameEnd))) nameEnd++;
    const last = body.charCodeAt(nameEnd - 1);
    if (last === DASH || last === UNDERSCORE) return false;
    const cursor = new Cursor(body, [at, end], 0, nameEnd);
    let label: number[] | undefined;
    if (cursor.code() === LEFT_BRACKET) {
      label = readLabel(cursor, true);
      if (!label) return false;
    }
    let attributes: Attributes | undefined;
    if (cursor.code() === LEFT_BRACE) {
      attributes = readAttributes(cursor, true);
      if (!attributes) return false;
    }
    if (!this.isBlank(cursor.offset, end)) return false;
    if (!record) return true;
    this.scan.directive(body.slice(at + 2, nameEnd), 'leaf', at, end);
    this.scan.hide(at, end);
    if (label) this.segments.push({ lines: label });
    this.leaf = NO_LEAF;
    return true;
  }

  /**
   * The cell count of a table head row at `at`, when the next line is a matching delimiter row in the
   * same containers; 0 otherwise (micromark's table tokenizer).
   */
  tableHeadCells(at: number, end: number): number {
    if (end >= this.length) return 0;
    const next = this.nextLineFirst(end);
    if (next !== PIPE && next !== COLON && next !== DASH) return 0;
    const body = this.body;
    let size = 0;
    let sizeB = 0;
    let seen = false;
    let index = at;
    if (body.charCodeAt(index) !== PIPE) {
      seen = true;
      sizeB = 1;
    }
    while (index < end) {
      const code = body.charCodeAt(index);
      if (isSpaceOrTab(code)) {
        index++;
        continue;
      }
      sizeB++;
      if (seen) {
        seen = false;
        size++;
      }
      if (code === PIPE) {
        seen = true;
        index++;
        continue;
      }
      while (index < end) {
        const data = body.charCodeAt(index);
        if (data === PIPE || isSpaceOrTab(data)) break;
        index++;
        if (data === BACKSLASH && index < end) {
          const escaped = body.charCodeAt(index);
          if (escaped === BACKSLASH || escaped === PIPE) index++;
        }
      }
    }
    if (sizeB <= 1) return 0;
    const rowStart = this.nextLineStart(end);
    const rowEnd = this.lineEndFrom(rowStart);
    const matched = this.matchContainers(rowStart, rowEnd, false);
    const offset = this.prefixEnd;
    if (matched !== this.containers.length || this.scan.uncertain) return 0;
    const delimiters = this.delimiterRowCells(offset, rowEnd);
    if (delimiters !== size) return 0;
    // A delimiter row that could also start a list item: micromark's table/list interplay is not modelled.
    const first = this.firstNonBlank(offset, rowEnd);
    if (body.charCodeAt(first) === DASH && isSpaceOrTab(body.charCodeAt(first + 1))) {
      this.scan.uncertain = true;
      return 0;
    }
    return size;
  }

  /** The cell count of a table delimiter row (`| --- | :-: |`), or 0 when the line is none. */
  delimiterRowCells(offset: number, end: number): number {
    const body = this.body;
    let index = offset;
    while (index < end && index - offset < 3 && body.charCodeAt(index) === SPACE) index++;
    let seen = false;
    let cells = 0;
    let code = body.charCodeAt(index);
    if (index < end && code === PIPE) {
      seen = true;
      index = this.firstNonBlank(index + 1, end);
    } else if (!(index < end && (code === DASH || code === COLON))) return 0;
    for (;;) {
      if (index >= end) return seen ? cells : 0;
      code = body.charCodeAt(index);
      if (code === COLON) {
        seen = true;
        index++;
        if (body.charCodeAt(index) !== DASH || index >= end) return 0;
      } else if (code !== DASH) return 0;
      cells++;
      while (index < end && body.charCodeAt(index) === DASH) index++;
      if (index < end && body.charCodeAt(index) === COLON) {
        seen = true;
        index++;
      }
      index = this.firstNonBlank(index, end);
      if (index >= end) return seen ? cells : 0;
      if (body.charCodeAt(index) !== PIPE) return 0;
      seen = true;
      index = this.firstNonBlank(index + 1, end);
    }
  }

  tableStart(at: number, end: number): boolean {
    if (this.tableHeadCells(at, end) === 0) return false;
    this.tableRow(at, end);
    const rowStart = this.nextLineStart(end);
    const rowEnd = this.lineEndFrom(rowStart);
    this.scan.hide(rowStart, rowEnd);
    this.leaf = TABLE;
    this.resumeAt = rowEnd >= this.length ? this.length + 1 : this.nextLineStart(rowEnd);
    return true;
  }

  /** Splits a table row into cells at unescaped pipes; each cell's content is inline content. */
  tableRow(at: number, end: number): void {
    const body = this.body;
    let index = at;
    let cellStart = at;
    while (index <= end) {
      const code = index < end ? body.charCodeAt(index) : PIPE;
      if (code === PIPE) {
        const contentStart = this.firstNonBlank(cellStart, index);
        let contentEnd = index;
        while (contentEnd > contentStart && isSpaceOrTab(body.charCodeAt(contentEnd - 1))) contentEnd--;
        if (contentEnd > contentStart) this.segments.push({ lines: [contentStart, contentEnd] });
        if (index < end) this.scan.hide(index, index + 1);
        index++;
        cellStart = index;
        continue;
      }
      index++;
      if (code === BACKSLASH && index < end) {
        const escaped = body.charCodeAt(index);
        if (escaped === BACKSLASH || escaped === PIPE) index++;
      }
    }
  }
}

function isDigit(code: number): boolean {
  return code >= DIGIT_0 && code <= DIGIT_9;
}

function isAsciiLetter(code: number): boolean {
  return (code | 32) >= 97 && (code | 32) <= 122;
}

/**
 * The prose of a body from a mask over it: characters whose mask entry is 1 become spaces, line
 * endings stay, so offsets and lines are the body's. Shared by the scanner and the remark fallback.
 */
export function proseFromMask(body: string, mask: Uint8Array): string {
  const parts: string[] = [];
  const length = body.length;
  const carriageReturns = body.includes('\r');
  let nextBreak = carriageReturns ? -1 : body.indexOf('\n');
  let offset = 0;
  while (offset < length) {
    let hidden = mask.indexOf(1, offset);
    if (hidden === -1) hidden = length;
    if (hidden > offset) parts.push(body.slice(offset, hidden));
    if (hidden >= length) break;
    let shown = mask.indexOf(0, hidden);
    if (shown === -1) shown = length;
    let from = hidden;
    if (carriageReturns) {
      for (let index = hidden; index < shown; index++) {
        const code = body.charCodeAt(index);
        if (code === LF || code === CR) {
          parts.push(spaces(index - from), code === LF ? '\n' : '\r');
          from = index + 1;
        }
      }
    } else {
      while (nextBreak !== -1 && nextBreak < hidden) nextBreak = body.indexOf('\n', nextBreak + 1);
      while (nextBreak !== -1 && nextBreak < shown) {
        parts.push(spaces(nextBreak - from), '\n');
        from = nextBreak + 1;
        nextBreak = body.indexOf('\n', from);
      }
    }
    parts.push(spaces(shown - from));
    offset = shown;
  }
  return parts.join('');
}

const byStart = (a: { start: number }, b: { start: number }) => a.start - b.start;

const SPACES = ' '.repeat(256);

/** `count` spaces, sliced from a shared run while short. */
function spaces(count: number): string {
  return count <= SPACES.length ? SPACES.slice(0, count) : ' '.repeat(count);
}

/**
 * Scans a Markdown body (the text after the frontmatter) for its mentions, other directives, headings
 * and prose, in one pass over its lines plus one over its inline content, with character-code checks.
 * Gives what remark-parse with remark-gfm and remark-directive would give, or `uncertain: true` when
 * the body holds something the scanner does not model exactly. Never throws.
 */
export function scanMarkdown(body: string): ScanResult {
  const scan = new BodyScan(body);
  // micromark turns NUL into U+FFFD, which would shift labels: leave such bodies to remark.
  if (body.includes('\0')) scan.uncertain = true;
  if (!scan.uncertain) {
    const blocks = new BlockScan(scan);
    blocks.run();
    for (const segment of blocks.segments) {
      if (scan.uncertain) break;
      const text = new InlineRun(scan, segment.lines, segment.heading !== undefined, false).run();
      if (segment.heading) segment.heading.text = text;
    }
  }
  if (scan.uncertain) {
    return {
      mentions: [],
      unknownDirectives: [],
      blockMentions: [],
      headings: [],
      prose: '',
      uncertain: true,
    };
  }
  return {
    mentions: scan.mentions,
    // Leaf directives are found by the block pass, before the text directives around them.
    unknownDirectives: scan.unknownDirectives.sort(byStart),
    blockMentions: scan.blockMentions,
    headings: scan.headings,
    prose: proseFromMask(body, scan.mask),
    uncertain: false,
  };
}
