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
 * Builds a search key: {@link normalizeArabic}, then case folding and removal of diacritics on Latin
 * letters (`Sudānī` → `sudani`, `Erdoğan` → `erdogan`).
 *
 * Case folding uses `toLowerCase`, so other cased scripts (Cyrillic, Greek) are folded too; Arabic has
 * no case and is unaffected. Typographic apostrophes and hyphens (’ ‘ ʼ ‐ ‑) become `'` and `-`, so a
 * query typed on a keyboard finds text set with smart quotes.
 *
 * @example
 * foldForSearch('Kata’ib Ḥizballāh والأمريكية'); // "kata'ib hizballah والامريكيه"
 */
export function foldForSearch(text: string): string {
  expectString(text, 'foldForSearch');
  return normalizeArabic(text)
    .toLowerCase()
    .replace(LATIN_WITH_MARKS, stripLatinMarks)
    .replace(TYPOGRAPHIC_APOSTROPHES, "'")
    .replace(TYPOGRAPHIC_HYPHENS, '-');
}
