import { normalizeArabic } from '@marsad/arabic';
import { isId } from '@marsad/schema';

/**
 * Latin letters for Arabic ones, as ids are written (`al-sudani`, `kataib-hezbollah`). Unvocalised text
 * has no short vowels to give, so the result is a starting point an editor corrects, not a standard
 * romanisation. Input is normalised first, so hamza seats are folded.
 */
const LETTERS: Readonly<Record<string, string>> = {
  ا: 'a',
  ب: 'b',
  ت: 't',
  ث: 'th',
  ج: 'j',
  ح: 'h',
  خ: 'kh',
  د: 'd',
  ذ: 'dh',
  ر: 'r',
  ز: 'z',
  س: 's',
  ش: 'sh',
  ص: 's',
  ض: 'd',
  ط: 't',
  ظ: 'z',
  غ: 'gh',
  ف: 'f',
  ق: 'q',
  ك: 'k',
  ل: 'l',
  م: 'm',
  ن: 'n',
  ه: 'h',
  پ: 'p',
  چ: 'ch',
  ژ: 'zh',
  گ: 'g',
  ک: 'k',
};
/** Letters written for the glottal stop and ʿayn, which ids leave out (`abu-taqwa`, `saidi`). */
const SILENT = new Set(['ء', 'ع']);
const VOWEL_AFTER = new Set(['ا', 'و', 'ي']);

/** Waw and yeh are consonants at the start of a word or before a long vowel, long vowels elsewhere. */
function weakLetter(letter: 'و' | 'ي', word: string, index: number): string {
  const consonant = index === 0 || VOWEL_AFTER.has(word[index + 1] ?? '');
  if (letter === 'و') return consonant ? 'w' : 'u';
  return consonant ? 'y' : 'i';
}

function romaniseWord(word: string): string {
  const article = word.startsWith('ال') && word.length > 3;
  const stem = article ? word.slice(2) : word;
  let latin = '';
  for (let index = 0; index < stem.length; index++) {
    const letter = stem[index] ?? '';
    if (letter === 'و' || letter === 'ي') latin += weakLetter(letter, stem, index);
    else if (!SILENT.has(letter)) latin += LETTERS[letter] ?? letter;
  }
  return article ? `al-${latin}` : latin;
}

/** Arabic words in Latin letters, word by word; other scripts pass through. */
export function romanise(text: string): string {
  // Final ta marbuta and alef maqsura are read as a (تقوى taqwa, جبهة jabha), before normalising folds
  // them into heh and yeh.
  const vowels = text.replace(/[ةى]/g, 'ا');
  return normalizeArabic(vowels).replace(/[\u0600-\u06ff]+/g, romaniseWord);
}

const MAX_WORDS = 6;
const MAX_LENGTH = 60;

/**
 * An id for a name or title, or `undefined` when none can be made: Arabic romanised, accents dropped,
 * lower case, words joined by hyphens, at most six words and sixty characters. Always a valid `Id`.
 */
export function suggestId(text: string): string | undefined {
  const words = romanise(text)
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’‘ʿʾ]/g, '')
    .split(/[^a-z0-9]+/)
    .filter(Boolean)
    .slice(0, MAX_WORDS);
  let id = words.join('-');
  while (id.length > MAX_LENGTH && words.length > 1) {
    words.pop();
    id = words.join('-');
  }
  return isId(id) ? id : undefined;
}
