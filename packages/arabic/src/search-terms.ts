import { expectString } from './expect-string.js';
import { foldForSearch } from './fold.js';
import { stemArabic } from './stem.js';
import { tokenize } from './tokenize.js';

const ARABIC_LETTER = /\p{Script=Arabic}/u;
const WHITESPACE = /\s+/;

/**
 * Turns text into the terms a full-text index stores, and a query into the terms it looks up: tokens
 * ({@link tokenize}), folded ({@link foldForSearch}), Arabic ones light-stemmed ({@link stemArabic}).
 * Latin tokens are only folded (`al-Sudani` → `al-sudani`). Indexing and querying through the same function
 * is what makes `الأمريكية` findable by `الامريكيه` and `القوات` by `قوات`.
 *
 * @example
 * searchTerms('انسحاب القوات الأمريكية من Ain al-Asad'); // ['انسحاب', 'قو', 'امريك', 'من', 'ain', 'al-asad']
 */
export function searchTerms(text: string): string[] {
  expectString(text, 'searchTerms');
  const terms: string[] = [];
  for (const token of tokenize(text)) {
    // A ligature such as ﷺ expands to several words, hence the split.
    for (const term of foldForSearch(token.text).split(WHITESPACE)) {
      if (term === '') continue;
      terms.push(ARABIC_LETTER.test(term) ? stemArabic(term) : term);
    }
  }
  return terms;
}
