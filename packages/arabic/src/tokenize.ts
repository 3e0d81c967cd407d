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

const WORD_RUN = String.raw`[\p{L}\p{M}\p{N}]+`;
const AFTER_LATIN = String.raw`(?<=\p{Script=Latin}\p{M}*)`;
const AFTER_DIGIT = String.raw`(?<=\p{Nd})`;
const LATIN_AHEAD = String.raw`(?=\p{Script=Latin})`;
// An English possessive ("Iraq's") is not part of the name, so the apostrophe does not join a lone s.
const NOT_POSSESSIVE = String.raw`(?![sS](?![\p{L}\p{M}\p{N}]))`;
const APOSTROPHE_JOIN = `${AFTER_LATIN}['‘’]${NOT_POSSESSIVE}${LATIN_AHEAD}`;
// Hyphens join Latin words (al-Sudani) and Latin letters to digits (F-16), never two numbers (2023-2024).
const HYPHEN = String.raw`[\-‐‑]`;
const LATIN_OR_DIGIT_AHEAD = String.raw`(?=[\p{Script=Latin}\p{Nd}])`;
const HYPHEN_JOIN = `(?:${AFTER_LATIN}${HYPHEN}${LATIN_OR_DIGIT_AHEAD}|${AFTER_DIGIT}${HYPHEN}${LATIN_AHEAD})`;
// Zero-width (non-)joiners sit inside Persian and Kurdish words (می‌خواهم) and must not split them.
const ZERO_WIDTH_JOIN = String.raw`[\u200C\u200D]`;
const POSSESSIVE_TAIL = String.raw`(?:['’][sS](?![\p{L}\p{M}\p{N}]))?`;

const TOKEN_PATTERN = new RegExp(
  `(${WORD_RUN}(?:(?:${APOSTROPHE_JOIN}|${HYPHEN_JOIN}|${ZERO_WIDTH_JOIN})${WORD_RUN})*)${POSSESSIVE_TAIL}`,
  'gu',
);

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
  for (const match of text.matchAll(TOKEN_PATTERN)) {
    const word = match[1] ?? '';
    tokens.push({ text: word, start: match.index, end: match.index + word.length });
  }
  return tokens;
}
