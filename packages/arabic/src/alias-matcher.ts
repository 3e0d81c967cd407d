import { expectString } from './expect-string.js';
import { foldForSearch } from './fold.js';
import { KeyIndex } from './key-index.js';
import { normalizeArabic } from './normalize.js';
import { hashOf, SearchKey } from './search-key.js';
import { tokenize } from './tokenize.js';
import { scanWordKeys } from './word-keys.js';
import { grown, WordList } from './word-list.js';

/** A name to look for, and what it stands for (typically an actor or place id). */
export interface AliasEntry {
  /** The name as written (`أبو مهدي المهندس`, `al-Sudani`). */
  key: string;
  /** Returned with every match of this name. */
  value: string;
}

/** One mention found in a text; `text.slice(start, end) === match.text`. */
export interface Match {
  /** UTF-16 offset of the name in the original text, after any clitic (و، ب، ل...). */
  start: number;
  /** UTF-16 offset one past the name's last character. */
  end: number;
  /** The name as written in the text, harakat included. */
  text: string;
  /** The `value` of the entry that matched. */
  value: string;
}

/** Finds known names in text; built once by {@link createAliasMatcher}, reused for many texts. */
export interface AliasMatcher {
  /** Every mention in `text`, leftmost-longest and non-overlapping, in text order. */
  findAll(text: string): Match[];
}

interface Candidate {
  /** Keys of the name's tokens after the first. */
  rest: string[];
  /** {@link hashOf} each of `rest`, compared before the keys themselves. */
  restHashes: number[];
  value: string;
}

/** The names that start with one word. */
interface NamesFrom {
  /** The name that is this word alone, if any. */
  alone: Candidate | undefined;
  /**
   * Longer names by the hash of their second word, longest first: a word as common as علي starts many
   * names, and only those whose second word follows it need a look.
   */
  bySecondWord: Map<number, Candidate[]>;
}

// A conjunction (و، ف) and/or a preposition (ب، ل، ك) written attached to the next word, shortest first so
// that an exact reading wins a tie.
const PROCLITICS = ['و', 'ف', 'ب', 'ل', 'ك', 'وب', 'ول', 'وك', 'فب', 'فل', 'فك'];
const MIN_NAME_AFTER_CLITIC = 2;
const BETWEEN_WORDS = /^\s+$/;
const ALEF = 0x0627;
const LAM = 0x0644;

/** Bits of {@link cliticLengths}, also per letter in {@link CLITIC_LETTERS}. */
const ONE_LETTER_CLITIC = 1;
const TWO_LETTER_CLITIC = 2;
const ARABIC_BLOCK = 0x0600;
/** Per letter of the Arabic block: whether it is a one-letter proclitic, and whether it starts a two-letter one. */
const CLITIC_LETTERS = new Uint8Array(0x100);
for (const clitic of PROCLITICS) {
  const letter = clitic.charCodeAt(0) - ARABIC_BLOCK;
  CLITIC_LETTERS[letter] =
    (CLITIC_LETTERS[letter] ?? 0) | (clitic.length === 1 ? ONE_LETTER_CLITIC : TWO_LETTER_CLITIC);
}
const TWO_LETTER_CLITICS = PROCLITICS.filter((clitic) => clitic.length === 2).map(
  (clitic) => (clitic.charCodeAt(0) << 16) | clitic.charCodeAt(1),
);

/**
 * Which proclitics `word` starts with while leaving a name after them: {@link ONE_LETTER_CLITIC} and/or
 * {@link TWO_LETTER_CLITIC}, or 0.
 */
function cliticLengths(word: SearchKey): number {
  const first = word.at(0);
  const letters = CLITIC_LETTERS[first - ARABIC_BLOCK] ?? 0;
  if (letters === 0 || word.length - 1 < MIN_NAME_AFTER_CLITIC) return 0;
  const one = letters & ONE_LETTER_CLITIC;
  if (!(letters & TWO_LETTER_CLITIC) || word.length - 2 < MIN_NAME_AFTER_CLITIC) return one;
  return TWO_LETTER_CLITICS.includes((first << 16) | word.at(1)) ? one | TWO_LETTER_CLITIC : one;
}

/**
 * Where the name starts inside the word `text.slice(start, end)` whose first `cliticLength` normalised
 * letters are a clitic. Harakat on the clitic (وَ) stay with it. Undefined when a ligature straddles the
 * boundary.
 */
function offsetAfterClitic(
  text: string,
  start: number,
  end: number,
  cliticLength: number,
): number | undefined {
  const written = text.slice(start, end);
  let consumed = 0;
  let i = 0;
  while (i < written.length && consumed < cliticLength) {
    const char = String.fromCodePoint(written.codePointAt(i) ?? 0);
    consumed += normalizeArabic(char).length;
    i += char.length;
  }
  if (consumed !== cliticLength) return undefined;
  while (i < written.length && normalizeArabic(written.charAt(i)) === '') i++;
  return start + i;
}

function validEntries(entries: readonly AliasEntry[]): readonly AliasEntry[] {
  if (!Array.isArray(entries)) throw new TypeError('createAliasMatcher expects an array of { key, value }');
  entries.forEach((entry, index) => {
    if (typeof entry?.key !== 'string' || typeof entry.value !== 'string') {
      throw new TypeError(`createAliasMatcher: entry ${index} needs a string key and a string value`);
    }
  });
  return entries;
}

/** The names of `entries` by the key of their first word. */
function indexNames(entries: readonly AliasEntry[]): KeyIndex<NamesFrom> {
  const byFirstKey = new KeyIndex<NamesFrom>();
  const seen = new Set<string>();
  for (const { key, value } of validEntries(entries)) {
    const [first, ...rest] = tokenize(key).map((token) => foldForSearch(token.text));
    if (first === undefined) continue;
    const identity = [first, ...rest].join('\u0000');
    if (seen.has(identity)) continue;
    seen.add(identity);
    let names = byFirstKey.get(first);
    if (names === undefined) {
      names = { alone: undefined, bySecondWord: new Map() };
      byFirstKey.add(first, names);
    }
    const candidate = { rest, restHashes: rest.map(hashOf), value };
    const [second] = candidate.restHashes;
    if (second === undefined) names.alone = candidate;
    else {
      const longer = names.bySecondWord.get(second);
      if (longer === undefined) names.bySecondWord.set(second, [candidate]);
      else longer.push(candidate);
    }
  }
  // Longest names first, so the first candidate that fits is the longest; the sort is stable, so among
  // names of one length the earlier entry wins.
  for (const names of byFirstKey.values()) {
    for (const candidates of names.bySecondWord.values())
      candidates.sort((a, b) => b.rest.length - a.rest.length);
  }
  return byFirstKey;
}

/**
 * The readings of words of one text that are the first word of at least one name: a word as written, or
 * as a clitic attached to a name. In text order, and in reading order within a word.
 */
class Readings {
  /** The word's index in the text. */
  words = new Int32Array(256);
  /** How many normalised letters a clitic takes at the start of the word (0: the word as written). */
  cliticLengths = new Int32Array(256);
  /** The names that start with the reading. */
  names: NamesFrom[] = [];
  count = 0;

  push(word: number, cliticLength: number, names: NamesFrom): void {
    if (this.count === this.words.length) {
      this.words = grown(this.words);
      this.cliticLengths = grown(this.cliticLengths);
    }
    this.words[this.count] = word;
    this.cliticLengths[this.count] = cliticLength;
    this.names[this.count] = names;
    this.count++;
  }
}

/**
 * Builds a matcher that finds every occurrence of any entry's name in a text, as a whole-token sequence
 * compared after {@link foldForSearch}: `السوداني` finds `السُّوداني`, `أبو مهدي` finds `ابو مهدي`,
 * `al-Sudani` finds `Al-Sudani`. Words of a name must be separated by whitespace only in the text.
 *
 * An Arabic conjunction or preposition written on the first word (و، ف، ب، ل، ك and their pairs, as in
 * `والسوداني`, `بعين الأسد`, `للسوداني`) does not hide the name; the match then covers the name without
 * the clitic. The article is part of the name, not a clitic: `سوداني` does not match `السوداني`.
 *
 * Matches are leftmost-longest and never overlap; offsets point into the original text. Entries whose name
 * has no letters or digits are ignored; when two entries have the same name, the first one wins. Each word
 * of the text is folded and hashed once, without a string, and looked up by its first-word hash, so a text
 * costs about the same with thousands of names as with one.
 *
 * @throws TypeError when `entries` is not an array of `{ key: string, value: string }`.
 * @example
 * const matcher = createAliasMatcher([
 *   { key: 'السوداني', value: 'al-sudani' },
 *   { key: 'أبو مهدي المهندس', value: 'abu-mahdi-al-muhandis' },
 * ]);
 * matcher.findAll('التقى والسُّوداني بابو مهدي المهندس');
 * // [{ start: 7, end: 17, text: 'السُّوداني', value: 'al-sudani' },
 * //  { start: 19, end: 35, text: 'ابو مهدي المهندس', value: 'abu-mahdi-al-muhandis' }]
 */
export function createAliasMatcher(entries: readonly AliasEntry[]): AliasMatcher {
  const byFirstKey = indexNames(entries);
  // Scratch space of findAll, reused so that scanning a text allocates only for its matches.
  const words = new WordList();
  const readings = new Readings();
  const key = new SearchKey();
  const restKey = new SearchKey();
  let text = '';

  /** Notes a reading of the current word, when some names start with it. */
  function read(hash: number, cliticLength: number, prefix?: number): void {
    const names = byFirstKey.find(hash, key, cliticLength, prefix);
    if (names !== undefined) readings.push(words.count - 1, cliticLength, names);
  }

  /** Notes the readings of the current word as a clitic of `length` letters attached to a name. */
  function readAfterClitic(length: 1 | 2): void {
    read(key.hashFrom(length), length);
    // ل before the article drops its alef (للسوداني = ل + السوداني); the name then starts at the second lam.
    if (key.at(length - 1) === LAM && key.at(length) === LAM) read(key.hashFrom(length, ALEF), length, ALEF);
  }

  /**
   * Records one word of the text, whose key `key` holds, and each of its readings that names start with:
   * as written, and after a clitic of one or two letters.
   */
  function visitWord(start: number, end: number): void {
    words.push(start, end, key.hash);
    read(key.hash, 0);
    const clitics = cliticLengths(key);
    if (clitics & ONE_LETTER_CLITIC) readAfterClitic(1);
    if (clitics & TWO_LETTER_CLITIC) readAfterClitic(2);
  }

  /** Whether the words after `first` are the rest of `candidate`'s name, apart by whitespace only. */
  function fits(candidate: Candidate, first: number): boolean {
    const { starts, ends, hashes, count } = words;
    const { rest, restHashes } = candidate;
    if (first + rest.length >= count) return false;
    for (let offset = 0; offset < rest.length; offset++) {
      const at = first + 1 + offset;
      if (hashes[at] !== restHashes[offset]) return false;
      const start = starts[at] ?? 0;
      if (!BETWEEN_WORDS.test(text.slice(ends[at - 1], start))) return false;
      restKey.fold(text, start, ends[at] ?? 0);
      if (!restKey.equals(rest[offset] ?? '')) return false;
    }
    return true;
  }

  /** The longest of `names` that the words from `first` on spell. */
  function longestFrom(names: NamesFrom | undefined, first: number): Candidate | undefined {
    const longer =
      first + 1 < words.count ? names?.bySecondWord.get(words.hashes[first + 1] ?? 0) : undefined;
    return longer?.find((candidate) => fits(candidate, first)) ?? names?.alone;
  }

  /** The longest name among readings `from` to `to` (excluded) of one word, with the words it spans. */
  function longestAmong(from: number, to: number): { match: Match; wordCount: number } | undefined {
    let best: { match: Match; wordCount: number } | undefined;
    for (let reading = from; reading < to; reading++) {
      const word = readings.words[reading] ?? 0;
      const candidate = longestFrom(readings.names[reading], word);
      if (candidate === undefined) continue;
      const wordCount = candidate.rest.length + 1;
      if (best !== undefined && wordCount <= best.wordCount) continue;
      const cliticLength = readings.cliticLengths[reading] ?? 0;
      const wordStart = words.starts[word] ?? 0;
      const start =
        cliticLength === 0
          ? wordStart
          : offsetAfterClitic(text, wordStart, words.ends[word] ?? 0, cliticLength);
      const end = words.ends[word + candidate.rest.length];
      if (start === undefined || end === undefined) continue;
      best = { match: { start, end, text: text.slice(start, end), value: candidate.value }, wordCount };
    }
    return best;
  }

  return {
    findAll(input: string): Match[] {
      expectString(input, 'findAll');
      text = input;
      words.count = 0;
      readings.count = 0;
      scanWordKeys(text, key, visitWord);
      const matches: Match[] = [];
      // The first word not inside a match found already: matches never overlap.
      let free = 0;
      for (let from = 0; from < readings.count; ) {
        const word = readings.words[from] ?? 0;
        let to = from + 1;
        while (to < readings.count && readings.words[to] === word) to++;
        const found = word >= free ? longestAmong(from, to) : undefined;
        if (found !== undefined) {
          matches.push(found.match);
          free = word + found.wordCount;
        }
        from = to;
      }
      text = '';
      readings.names.length = 0;
      return matches;
    },
  };
}
