import {
  classAt,
  classBefore,
  DIGIT,
  LATIN,
  MARK,
  nextWordStart,
  startBefore,
  WORD,
  wordEnd,
} from './char-class.js';
import { expectString } from './expect-string.js';

/** A word of the original text, with UTF-16 offsets so callers can point at it (`text.slice(start, end)`). */
export interface Token {
  /** The token exactly as written, harakat and tatweel included. */
  text: string;
  /** Offset of the first code unit in the original string. */
  start: number;
  /** Offset one past the last code unit in the original string. */
  end: number;
}

const APOSTROPHE = 0x27;
const LEFT_QUOTE = 0x2018;
const RIGHT_QUOTE = 0x2019;
const HYPHEN_MINUS = 0x2d;
const HYPHEN = 0x2010;
const NON_BREAKING_HYPHEN = 0x2011;
const ZWNJ = 0x200c;
const ZWJ = 0x200d;
const LOWER_S = 0x73;
const UPPER_S = 0x53;

/** Whether a Latin letter, followed by nothing but combining marks, ends just before `index`. */
function afterLatin(text: string, index: number): boolean {
  for (let at = index; at > 0; at = startBefore(text, at)) {
    const kind = classBefore(text, at);
    if (kind & LATIN) return true;
    if (!(kind & MARK)) return false;
  }
  return false;
}

/** Whether an `s` or `S` stands alone at `index`: the possessive of "Iraq's", not the start of a word. */
function loneS(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  return (code === LOWER_S || code === UPPER_S) && !(classAt(text, index + 1) & WORD);
}

/**
 * Whether the character at `index`, just after a run of word characters, joins that run to the next one.
 * Apostrophes join Latin words (`Kata'ib`) except before a possessive s; hyphens join Latin words and
 * Latin letters to digits (`al-Sudani`, `F-16`), never two numbers or two Arabic words; zero-width
 * (non-)joiners sit inside Persian and Kurdish words (`می‌خواهم`).
 */
function joinsAt(text: string, index: number): boolean {
  switch (text.charCodeAt(index)) {
    case APOSTROPHE:
    case LEFT_QUOTE:
    case RIGHT_QUOTE: {
      const next = classAt(text, index + 1);
      return (
        (next & WORD) !== 0 && (next & LATIN) !== 0 && !loneS(text, index + 1) && afterLatin(text, index)
      );
    }
    case HYPHEN_MINUS:
    case HYPHEN:
    case NON_BREAKING_HYPHEN: {
      const next = classAt(text, index + 1);
      if (!(next & WORD)) return false;
      if (next & LATIN) return afterLatin(text, index) || (classBefore(text, index) & DIGIT) !== 0;
      return (next & DIGIT) !== 0 && afterLatin(text, index);
    }
    case ZWNJ:
    case ZWJ:
      return (classAt(text, index + 1) & WORD) !== 0;
    default:
      return false;
  }
}

/** The length of an English possessive (`'s`, `’s`) at `index`, or 0. */
function possessiveAt(text: string, index: number): number {
  const code = text.charCodeAt(index);
  return (code === APOSTROPHE || code === RIGHT_QUOTE) && loneS(text, index + 1) ? 2 : 0;
}

/**
 * Whether a character that is not part of a word can still matter at a word's edge: a joiner (apostrophe,
 * hyphen, zero-width joiner) or the apostrophe of a possessive. Any other such character just separates.
 */
export function mayJoin(code: number): boolean {
  switch (code) {
    case APOSTROPHE:
    case LEFT_QUOTE:
    case RIGHT_QUOTE:
    case HYPHEN_MINUS:
    case HYPHEN:
    case NON_BREAKING_HYPHEN:
    case ZWNJ:
    case ZWJ:
      return true;
    default:
      return false;
  }
}

/** Where the word that starts at `start` ends, its runs joined by apostrophes, hyphens and joiners. */
export function wordEndFrom(text: string, start: number): number {
  let index = wordEnd(text, start);
  // Every joiner is one code unit, followed by a word character.
  while (index < text.length && joinsAt(text, index)) index = wordEnd(text, index + 1);
  return index;
}

/** Where the next word after a word ending at `end` starts (past an English possessive). */
export function nextWordAfter(text: string, end: number): number {
  return nextWordStart(text, end + possessiveAt(text, end));
}

/**
 * Calls `visit(start, end)` for every word of `text`, in order, without building strings: the scanner
 * behind {@link tokenize}, for callers that read thousands of texts. Same words, same offsets.
 */
export function scanWords(text: string, visit: (start: number, end: number) => void): void {
  for (let start = nextWordStart(text, 0); start < text.length; ) {
    const end = wordEndFrom(text, start);
    visit(start, end);
    start = nextWordAfter(text, end);
  }
}

/**
 * Splits text into words of any script, keeping offsets into the original string.
 *
 * A token is a run of letters, combining marks and digits (`\p{L}\p{M}\p{N}`), so an Arabic word stays one
 * token with its harakat, tatweel and attached clitics (`وَالسُّوداني`). Whitespace and punctuation, Arabic
 * punctuation (، ؛ ؟ « ») included, split tokens. Inner apostrophes and hyphens join Latin words:
 * `al-Sudani` and `Kata'ib` are one token each, while an English possessive is left out (`Iraq's` gives
 * `Iraq`). Hyphens between numbers or Arabic words split.
 *
 * @example
 * tokenize('قاعدة Ain al-Asad، ٢٠٢٤');
 * // [{ text: 'قاعدة', start: 0, end: 5 }, { text: 'Ain', start: 6, end: 9 },
 * //  { text: 'al-Asad', start: 10, end: 17 }, { text: '٢٠٢٤', start: 19, end: 23 }]
 */
export function tokenize(text: string): Token[] {
  expectString(text, 'tokenize');
  const tokens: Token[] = [];
  scanWords(text, (start, end) => {
    tokens.push({ text: text.slice(start, end), start, end });
  });
  return tokens;
}
