import { countLetters } from './char-class.js';
import { expectString } from './expect-string.js';

/**
 * The share of letters (`\p{L}`) written in Arabic script, Persian and Kurdish letters included, from 0 to 1.
 * Digits, punctuation and spaces do not count; text without letters gives 0, never NaN.
 *
 * @example
 * arabicScriptRatio('قاعدة Ain al-Asad'); // 5 Arabic letters of 14 → 0.357...
 */
export function arabicScriptRatio(text: string): number {
  expectString(text, 'arabicScriptRatio');
  const { letters, arabic } = countLetters(text);
  return letters === 0 ? 0 : arabic / letters;
}

/**
 * Whether at least `threshold` (default 0.6) of the letters are Arabic script. Used by the `lang/script`
 * warning: an `ar` value that is not mostly Arabic, or an `en` value that is.
 *
 * @throws RangeError when `threshold` is not a number from 0 to 1.
 * @example
 * isMostlyArabic('محمد شياع السوداني'); // true
 * isMostlyArabic('Mohammed Shia al-Sudani'); // false
 */
export function isMostlyArabic(text: string, threshold = 0.6): boolean {
  if (typeof threshold !== 'number' || !(threshold >= 0 && threshold <= 1)) {
    throw new RangeError(`isMostlyArabic: threshold must be a number from 0 to 1, got ${String(threshold)}`);
  }
  return arabicScriptRatio(text) >= threshold;
}
