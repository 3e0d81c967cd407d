import { classAt, nextWordStart, WORD } from './char-class.js';
import { DELETED, foldedCode, IN_CONTEXT } from './fold.js';
import { EMPTY_HASH, hashStep, type SearchKey } from './search-key.js';
import { mayJoin, nextWordAfter, wordEndFrom } from './tokenize.js';

// What the fast scan does with a code unit, when not its folded code unit (≥ 0): a word character that
// folds to nothing, a character that only separates words, or anything left to the tokenizer (joiners,
// possessive apostrophes, surrogates, characters folded in context).
const WORD_DELETED = DELETED;
const SEPARATOR = -3;
const SPECIAL = -4;
const UNKNOWN = -5;

const FAST = new Int32Array(0x10000).fill(UNKNOWN);

function classify(code: number): number {
  // A surrogate's class is that of its code point, which one code unit does not tell.
  if (code >= 0xd800 && code <= 0xdfff) return SPECIAL;
  if (!(classAt(String.fromCharCode(code), 0) & WORD)) return mayJoin(code) ? SPECIAL : SEPARATOR;
  const folded = foldedCode(code);
  return folded === IN_CONTEXT ? SPECIAL : folded;
}

/** Classifies a code unit the first time it is met; the scan then reads the table alone. */
function learn(code: number): void {
  FAST[code] = classify(code);
}

/**
 * Calls `visit(start, end)` for every word of `text`, as `scanWords` finds them, with `key` holding the
 * word's `foldForSearch` key and its hash. One pass reads, folds, hashes and splits the text: a word of
 * ordinary letters between ordinary separators never leaves the loop below, and anything else (joiners,
 * apostrophes, surrogates, letters folded in context) is handed to the tokenizer and to
 * {@link SearchKey.fold}, so both paths give the same words and keys.
 */
export function scanWordKeys(
  text: string,
  key: SearchKey,
  visit: (start: number, end: number) => void,
): void {
  const length = text.length;
  let index = 0;
  while (index < length) {
    let fast = FAST[text.charCodeAt(index)] ?? SPECIAL;
    if (fast === SEPARATOR) {
      index++;
      continue;
    }
    if (fast === UNKNOWN) {
      learn(text.charCodeAt(index));
      continue;
    }
    let start = index;
    if (fast !== SPECIAL) {
      let codes = key.codes;
      let count = 0;
      let hash = EMPTY_HASH;
      while (fast >= WORD_DELETED) {
        if (fast >= 0) {
          if (count === codes.length) {
            key.grow();
            codes = key.codes;
          }
          codes[count++] = fast;
          hash = hashStep(hash, fast);
        }
        if (++index === length) break;
        fast = FAST[text.charCodeAt(index)] ?? SPECIAL;
      }
      if (index === length || fast === SEPARATOR) {
        key.length = count;
        key.hash = hash;
        visit(start, index);
        continue;
      }
      if (fast === UNKNOWN) {
        // Read the word again, now that its last character is known.
        learn(text.charCodeAt(index));
        index = start;
        continue;
      }
    } else {
      start = nextWordStart(text, index);
      if (start === length) return;
    }
    const end = wordEndFrom(text, start);
    key.fold(text, start, end);
    visit(start, end);
    index = nextWordAfter(text, end);
  }
}
