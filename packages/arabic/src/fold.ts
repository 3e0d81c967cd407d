import { expectString } from './expect-string.js';
import { normalizeArabic } from './normalize.js';

// A non-ASCII Latin letter with any marks after it, or an ASCII letter followed by combining marks
// (text typed in decomposed form). Marks after Arabic, Hebrew or Indic letters never match: there they
// carry meaning and must stay.
const LATIN_WITH_MARKS = /(?![a-z])\p{Script=Latin}\p{M}*|[a-z]\p{M}+/gu;
const COMBINING_MARKS = /\p{M}/gu;
const TYPOGRAPHIC_APOSTROPHES = /[\u2018\u2019\u02BC]/g;
const TYPOGRAPHIC_HYPHENS = /[\u2010\u2011]/g;

function stripLatinMarks(letter: string): string {
  return letter.normalize('NFD').replace(COMBINING_MARKS, '');
}

/**
 * The folding rules of {@link foldForSearch} applied one after the other, to any text: the definition that
 * the per-character table is built from, and checked against.
 */
export function foldByRules(text: string): string {
  return normalizeArabic(text)
    .toLowerCase()
    .replace(LATIN_WITH_MARKS, stripLatinMarks)
    .replace(TYPOGRAPHIC_APOSTROPHES, "'")
    .replace(TYPOGRAPHIC_HYPHENS, '-');
}

/** {@link foldedCode} for a code unit that folds to nothing (harakat, tatweel). */
export const DELETED = -1;
/** {@link foldedCode} for a code unit whose folding depends on its neighbours or gives several. */
export const IN_CONTEXT = -2;
const MARK = /\p{M}/u;
// Capital sigma lowers to ς at the end of a word and to σ elsewhere.
const GREEK = /\p{Script=Greek}/u;

/**
 * What the rules make of one code unit when the result does not depend on its neighbours: the folded code
 * unit, {@link DELETED}, or else {@link IN_CONTEXT}. A kept mark is in context, since marks after a Latin
 * letter are stripped; so are Greek letters, and anything that folds to several code units.
 */
function foldAlone(code: number): number {
  const char = String.fromCharCode(code);
  const folded = foldByRules(char);
  if (folded === '') return DELETED;
  if (folded.length !== 1 || MARK.test(char) || GREEK.test(char)) return IN_CONTEXT;
  return folded.charCodeAt(0);
}

function foldTable(first: number, last: number): Int32Array {
  return Int32Array.from({ length: last - first + 1 }, (_, offset) => foldAlone(first + offset));
}

// Up to the end of the Arabic block (Latin, Cyrillic, Hebrew and Arabic letters, digits and punctuation),
// then the typographic apostrophes and hyphens and the zero-width joiners. Anything else, such as
// presentation forms (which expand), goes through the rules.
const LOW_LAST = 0x06ff;
const LOW = foldTable(0, LOW_LAST);
const PUNCTUATION_FIRST = 0x2000;
const PUNCTUATION_LAST = 0x201f;
const PUNCTUATION = foldTable(PUNCTUATION_FIRST, PUNCTUATION_LAST);

/**
 * The folding of one code unit when it does not depend on its neighbours, read from a table: the folded
 * code unit, {@link DELETED} or {@link IN_CONTEXT}. A text of such code units folds to their foldings in
 * order, which is what lets {@link foldForSearch} and the alias matcher fold without the rules.
 */
export function foldedCode(code: number): number {
  if (code <= LOW_LAST) return LOW[code] ?? IN_CONTEXT;
  if (code < PUNCTUATION_FIRST || code > PUNCTUATION_LAST) return IN_CONTEXT;
  return PUNCTUATION[code - PUNCTUATION_FIRST] ?? IN_CONTEXT;
}

/**
 * Builds a search key: {@link normalizeArabic}, then case folding and removal of diacritics on Latin
 * letters (`Sudānī` → `sudani`, `Erdoğan` → `erdogan`).
 *
 * Case folding uses `toLowerCase`, so other cased scripts (Cyrillic, Greek) are folded too; Arabic has
 * no case and is unaffected. Typographic apostrophes and hyphens (’ ‘ ʼ ‐ ‑) become `'` and `-`, so a
 * query typed on a keyboard finds text set with smart quotes.
 *
 * Text in Latin, Cyrillic, Hebrew and Arabic letters is folded one code unit at a time through a table;
 * other text goes through the rules one after the other. Both give the same key.
 *
 * @example
 * foldForSearch('Kata’ib Ḥizballāh والأمريكية'); // "kata'ib hizballah والامريكيه"
 */
export function foldForSearch(text: string): string {
  expectString(text, 'foldForSearch');
  let out = '';
  let copiedUpTo = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const folded = foldedCode(code);
    if (folded === code) continue;
    if (folded === IN_CONTEXT) return foldByRules(text);
    out += text.slice(copiedUpTo, i);
    if (folded !== DELETED) out += String.fromCharCode(folded);
    copiedUpTo = i + 1;
  }
  return copiedUpTo === 0 ? text : out + text.slice(copiedUpTo);
}
