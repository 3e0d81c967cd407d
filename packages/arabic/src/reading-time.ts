import { countProseWords } from './count-words.js';
import { expectString } from './expect-string.js';
import { markdownProse } from './markdown-prose.js';
import { isMostlyArabic } from './script-ratio.js';

/**
 * Default reading speeds, in words per minute. Other text: Brysbaert's 2019 meta-analysis of 190 studies puts
 * adult silent reading of English non-fiction at 238 wpm; 230 allows for the density of analysis prose.
 * Arabic: Brysbaert notes that rates across languages follow how many words a language needs for the same
 * message, and written Arabic needs fewer, because the article, conjunctions and prepositions are attached to
 * the word (والسوداني is one word, "and al-Sudani" three). An Arabic text has roughly a quarter fewer words
 * than its English translation, hence about 180 wpm for the same time per idea.
 */
export const WORDS_PER_MINUTE = { arabic: 180, other: 230 } as const;

/** Options of {@link readingTime}. */
export interface ReadingTimeOptions {
  /** Overrides the speed chosen from the script of the text. */
  wordsPerMinute?: number;
}

/** Word count and estimated minutes, as returned by {@link readingTime}. */
export interface ReadingTime {
  /** Words counted by {@link countWords}. */
  words: number;
  /** Minutes, rounded up; 0 only when there are no words. */
  minutes: number;
}

/**
 * Estimates reading time: words ({@link countWords}) over a speed of 180 words per minute when most letters
 * of the prose are Arabic script and 230 otherwise (see {@link WORDS_PER_MINUTE}), rounded up. Text with
 * words takes at least one minute; text without words takes 0.
 *
 * @throws RangeError when `wordsPerMinute` is not a positive finite number.
 * @example
 * readingTime('تعد قضية خروج القوات الأجنبية من أهم القضايا'); // { words: 8, minutes: 1 }
 * readingTime('word '.repeat(1000), { wordsPerMinute: 200 }); // { words: 1000, minutes: 5 }
 */
export function readingTime(text: string, options: ReadingTimeOptions = {}): ReadingTime {
  expectString(text, 'readingTime');
  const { wordsPerMinute } = options;
  if (wordsPerMinute !== undefined && !(Number.isFinite(wordsPerMinute) && wordsPerMinute > 0)) {
    throw new RangeError(
      `readingTime: wordsPerMinute must be a positive number, got ${String(wordsPerMinute)}`,
    );
  }
  // The prose once for both the count and the script: building bundles, this runs on every body.
  const prose = markdownProse(text);
  const words = countProseWords(prose);
  if (words === 0) return { words, minutes: 0 };
  const speed = wordsPerMinute ?? (isMostlyArabic(prose) ? WORDS_PER_MINUTE.arabic : WORDS_PER_MINUTE.other);
  return { words, minutes: Math.ceil(words / speed) };
}
