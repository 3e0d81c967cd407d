import { expectString } from './expect-string.js';

// Lucene's ArabicStemmer lists, in its order: the first matching prefix is stripped; every suffix is then
// tried in turn, so a word can lose more than one (كتابيه → كتاب).
const PREFIXES = ['ال', 'وال', 'بال', 'كال', 'فال', 'لل', 'و'];
const SUFFIXES = ['ها', 'ان', 'ات', 'ون', 'ين', 'يه', 'ية', 'ه', 'ة', 'ي'];

// Lucene keeps at least two letters after any strip, and three after the single-letter و, so that
// short words such as وطن or ولد are not cut to nothing.
const MIN_REMAINDER = 2;
const MIN_REMAINDER_AFTER_WAW = 3;

function stripPrefix(word: string): string {
  for (const prefix of PREFIXES) {
    const minRemainder = prefix.length === 1 ? MIN_REMAINDER_AFTER_WAW : MIN_REMAINDER;
    if (word.length - prefix.length >= minRemainder && word.startsWith(prefix)) {
      return word.slice(prefix.length);
    }
  }
  return word;
}

function stripSuffixes(word: string): string {
  let stem = word;
  for (const suffix of SUFFIXES) {
    if (stem.length - suffix.length >= MIN_REMAINDER && stem.endsWith(suffix)) {
      stem = stem.slice(0, -suffix.length);
    }
  }
  return stem;
}

/**
 * Light Arabic stemmer, rule for rule Lucene's `ArabicStemmer`: strips one prefix of ال وال بال كال فال لل و
 * (the first that matches, keeping at least two letters, three after و), then the suffixes
 * ها ان ات ون ين يه ية ه ة ي in that order, each when at least two letters remain.
 *
 * The input is expected to be normalised already ({@link normalizeArabic}: ة folded to ه, no harakat), as
 * Lucene runs its normaliser first. It is meant for search terms only: never stem names, as it would cut
 * السوداني to سودان.
 *
 * @example
 * stemArabic('الامريكيه'); // 'امريك'
 * stemArabic('والقوات'); // 'قو'
 */
export function stemArabic(word: string): string {
  expectString(word, 'stemArabic');
  return stripSuffixes(stripPrefix(word));
}
