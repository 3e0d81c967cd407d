import { expectString } from './expect-string.js';
import { foldForSearch } from './fold.js';

// Apostrophes and the half rings of scholarly transliteration mark ʿayn and hamza, which English writers
// drop as often as they write them (Kata'ib, Kataʾib, Kataib): the key drops them.
const AYN_AND_HAMZA_MARKS = /['`´‘’ʼʻʾʿ]/g;
// The article written apart (al Sudani, al-Sudani, el-Sisi) is dropped, as writers leave it out as often.
const ARTICLE = /(?<![\p{L}\p{M}\p{N}])[ae]l[\s-]+(?=[\p{L}\p{N}])/gu;
// The article assimilated to a sun letter (ash-Shuhada, an-Nujaba, ad-Dawla) is the same article.
const ASSIMILATED_ARTICLE = /(?<![\p{L}\p{M}\p{N}])[ae](th|dh|sh|[tdrzsn])-(?=\1)/gu;
const SEPARATORS = /[^\p{L}\p{M}\p{N}]+/gu;
const LATIN_WORD = /[a-z]+/g;
const DOUBLED_LETTER = /([a-z])\1+/g;
const FINAL_VOWEL_H = /([aeiou])h$/;
const VOWEL_RUN = /[aeiou]+/g;

/**
 * Reduces one Latin word to the skeleton that English, French and scholarly transliterations of the same
 * Arabic name share. Vowels are the least reliable part (Muhandis, Mohandes), so every vowel collapses to
 * `a`, while the consonants and the place of each vowel are kept: that is what tells Sudani from Sadr.
 */
function transliterationSkeleton(word: string): string {
  return (
    word
      .replace(/dj/g, 'j') // French Djamal for Jamal
      .replace(/q/g, 'k') // Qasem, Kassem; Iraq, Irak
      .replace(DOUBLED_LETTER, '$1') // shadda is written or not: Muhammad, Mohamed
      .replace(/ou/g, 'u') // French Nouri for Nuri
      .replace(FINAL_VOWEL_H, '$1') // ta marbuta as -a or -ah: Dawla, Dawlah; Hezbollah, Hizballa
      // A vowel pair ending in i/e is a diphthong or ʾ + i (Hussein, Husayn; Kataeb, Kataib); ending in
      // o/u it is the w diphthong (Daula, Dawla). Everything else is one short or long vowel.
      .replace(VOWEL_RUN, (run) => {
        if (run.length === 1) return 'a';
        const last = run[run.length - 1];
        return last === 'i' || last === 'e' ? 'ay' : last === 'o' || last === 'u' ? 'aw' : 'a';
      })
      .replace(DOUBLED_LETTER, '$1')
  );
}

/**
 * A transliteration-insensitive key for names, to match aliases to each other: two spellings of one name
 * give the same key. Not for display and not for search.
 *
 * Arabic script is normalised ({@link normalizeArabic}) and spaces are collapsed, so `أبو مهدي` and
 * `ابو  مهدي` agree. Latin script is lower-cased and stripped of diacritics; apostrophes, `ʿ`, `ʾ` are
 * dropped and hyphens separate words; the article (`al`, `el`, `al-`, `el-`, and `ash-`, `an-`, ... before
 * their sun letter) is dropped before each word; then each word is reduced to a skeleton: `q`→`k`,
 * `dj`→`j`, doubled letters collapse, `ou`→`u`, a final `h` after a vowel is dropped, and each run of vowels
 * becomes `a`, or `ay` / `aw` when it ends in `i`/`e` or `o`/`u`.
 *
 * The skeleton is deliberately coarse: names that differ only in vowel quality or length (Omar and Amer,
 * عمر and عامر) share a key. Use it to suggest or confirm aliases, not to decide identity alone.
 *
 * @example
 * aliasKey('Abu Mahdi al-Muhandis') === aliasKey('Abou Mehdi el Mohandes'); // true ('aba mahda mahandas')
 * aliasKey("Kata'ib Hizballah") === aliasKey('Kataeb Hezbollah'); // true ('katayb hazbala')
 * aliasKey('أبو مهدي المُهندس'); // 'ابو مهدي المهندس'
 */
export function aliasKey(text: string): string {
  expectString(text, 'aliasKey');
  return foldForSearch(text)
    .replace(AYN_AND_HAMZA_MARKS, '')
    .replace(ASSIMILATED_ARTICLE, '')
    .replace(ARTICLE, '')
    .replace(SEPARATORS, ' ')
    .trim()
    .replace(LATIN_WORD, transliterationSkeleton);
}
