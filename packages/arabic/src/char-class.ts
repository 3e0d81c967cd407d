/** A letter, combining mark or number (`\p{L}`, `\p{M}`, `\p{N}`): what words are made of. */
export const WORD = 1;
/** A combining mark (`\p{M}`). */
export const MARK = 2;
/** A character of the Latin script (`\p{Script=Latin}`). */
export const LATIN = 4;
/** A decimal digit of any script (`\p{Nd}`). */
export const DIGIT = 8;
/** Set by {@link classAt} when the character is a surrogate pair: it takes two code units. */
export const PAIR = 16;
/** A letter (`\p{L}`). */
export const LETTER = 128;
/** A character used in Arabic script (`\p{Script_Extensions=Arabic}`), tatweel included. */
export const ARABIC = 256;
// Table slots: 0 is "not classified yet"; a surrogate is neither WORD nor NOT_WORD, as the class is the
// code point's.
const NOT_WORD = 32;
const SURROGATE = 64;

const IS_WORD = /[\p{L}\p{M}\p{N}]/u;
const IS_MARK = /\p{M}/u;
const IS_LATIN = /\p{Script=Latin}/u;
const IS_DIGIT = /\p{Nd}/u;
const IS_LETTER = /\p{L}/u;
const IS_ARABIC = /\p{Script_Extensions=Arabic}/u;

function classify(char: string): number {
  return (
    (IS_WORD.test(char) ? WORD : NOT_WORD) |
    (IS_MARK.test(char) ? MARK : 0) |
    (IS_LATIN.test(char) ? LATIN : 0) |
    (IS_DIGIT.test(char) ? DIGIT : 0) |
    (IS_LETTER.test(char) ? LETTER : 0) |
    (IS_ARABIC.test(char) ? ARABIC : 0)
  );
}

// The classes of the Basic Multilingual Plane, each found by the Unicode regexes the first time the
// character is met, then read from the table: scanning text costs one array read per character.
const BMP_CLASSES = new Uint16Array(0x10000).fill(SURROGATE, 0xd800, 0xe000);

/**
 * The class bits of the character at `index` ({@link WORD}, {@link MARK}, {@link LATIN}, {@link DIGIT},
 * {@link LETTER}, {@link ARABIC}, and {@link PAIR} for a surrogate pair); 0 past the end of the text and
 * for a surrogate that is not part of a pair.
 */
export function classAt(text: string, index: number): number {
  if (index >= text.length) return 0;
  const code = text.charCodeAt(index);
  const known = BMP_CLASSES[code] ?? 0;
  if (known === 0) {
    const found = classify(String.fromCharCode(code));
    BMP_CLASSES[code] = found;
    return found;
  }
  if (!(known & SURROGATE)) return known;
  const codePoint = text.codePointAt(index) ?? code;
  return codePoint > 0xffff ? classify(String.fromCodePoint(codePoint)) | PAIR : 0;
}

/**
 * How many letters (`\p{L}`) `text` holds, and how many of them are used in Arabic script: one table
 * read per code unit, {@link classAt} only for surrogates and characters met for the first time. What
 * `arabicScriptRatio` counts, 1.8× faster than asking {@link classAt} for every character.
 */
export function countLetters(text: string): { letters: number; arabic: number } {
  let letters = 0;
  let arabic = 0;
  const length = text.length;
  for (let index = 0; index < length; index++) {
    let kind = BMP_CLASSES[text.charCodeAt(index)] ?? 0;
    if (kind === 0 || kind & SURROGATE) {
      kind = classAt(text, index);
      if (kind & PAIR) index++;
    }
    // Without branches (prose mixes scripts, so they mispredict): LETTER is bit 7, ARABIC bit 8.
    // Script_Extensions rather than Script, so that tatweel, shared by Arabic and Syriac, counts as Arabic.
    const letter = (kind & LETTER) >> 7;
    letters += letter;
    arabic += ((kind & ARABIC) >> 8) & letter;
  }
  return { letters, arabic };
}

/** Where the character ending just before `index` starts (`index - 2` after a surrogate pair). */
export function startBefore(text: string, index: number): number {
  const low = text.charCodeAt(index - 1);
  if (low >= 0xdc00 && low <= 0xdfff && index >= 2) {
    const high = text.charCodeAt(index - 2);
    if (high >= 0xd800 && high <= 0xdbff) return index - 2;
  }
  return index - 1;
}

/** The class bits of the character that ends just before `index`; 0 at the start of the text. */
export function classBefore(text: string, index: number): number {
  return index <= 0 ? 0 : classAt(text, startBefore(text, index));
}

/**
 * Where the run of characters starting at `from` that are {@link WORD} (`inWord`) or not ends: the text's
 * length at its end. The loop that scanning text spends its time in: one table read per character, the
 * regexes only for a character met for the first time, and a slower path for surrogate pairs.
 */
function runEnd(text: string, from: number, inWord: boolean): number {
  const length = text.length;
  const within = inWord ? WORD : NOT_WORD;
  const beyond = inWord ? NOT_WORD : WORD;
  let index = from;
  for (;;) {
    while (index < length && ((BMP_CLASSES[text.charCodeAt(index)] ?? 0) & within) !== 0) index++;
    if (index >= length || ((BMP_CLASSES[text.charCodeAt(index)] ?? 0) & beyond) !== 0) return index;
    const kind = classAt(text, index);
    if (((kind & WORD) === 0) === inWord) return index;
    index += kind & PAIR ? 2 : 1;
  }
}

/** Where the run of {@link WORD} characters starting at `from` ends (the text's length at the end). */
export function wordEnd(text: string, from: number): number {
  return runEnd(text, from, true);
}

/** Where the next {@link WORD} character at or after `from` is (the text's length when there is none). */
export function nextWordStart(text: string, from: number): number {
  return runEnd(text, from, false);
}
