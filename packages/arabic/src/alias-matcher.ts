import { expectString } from './expect-string.js';
import { foldForSearch } from './fold.js';
import { normalizeArabic } from './normalize.js';
import { type Token, tokenize } from './tokenize.js';

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
  value: string;
}

interface Reading {
  /** The first token's key with a clitic removed (or as is). */
  key: string;
  /** How many normalised letters the clitic takes. */
  cliticLength: number;
}

// A conjunction (و، ف) and/or a preposition (ب، ل، ك) written attached to the next word, shortest first so
// that an exact reading wins a tie.
const PROCLITICS = ['و', 'ف', 'ب', 'ل', 'ك', 'وب', 'ول', 'وك', 'فب', 'فل', 'فك'];
const MIN_NAME_AFTER_CLITIC = 2;
const BETWEEN_WORDS = /^\s+$/;

/** The ways to read a token: as written, or as a clitic attached to a name. */
function readingsOf(key: string): Reading[] {
  const readings: Reading[] = [{ key, cliticLength: 0 }];
  for (const clitic of PROCLITICS) {
    if (!key.startsWith(clitic) || key.length - clitic.length < MIN_NAME_AFTER_CLITIC) continue;
    const rest = key.slice(clitic.length);
    readings.push({ key: rest, cliticLength: clitic.length });
    // ل before the article drops its alef (للسوداني = ل + السوداني); the name then starts at the second lam.
    if (clitic.endsWith('ل') && rest.startsWith('ل'))
      readings.push({ key: 'ا' + rest, cliticLength: clitic.length });
  }
  return readings;
}

/**
 * Where the name starts inside a token whose first `cliticLength` normalised letters are a clitic. Harakat
 * on the clitic (وَ) stay with it. Undefined when a ligature straddles the boundary.
 */
function offsetAfterClitic(token: Token, cliticLength: number): number | undefined {
  const written = token.text;
  let consumed = 0;
  let i = 0;
  while (i < written.length && consumed < cliticLength) {
    const char = String.fromCodePoint(written.codePointAt(i) ?? 0);
    consumed += normalizeArabic(char).length;
    i += char.length;
  }
  if (consumed !== cliticLength) return undefined;
  while (i < written.length && normalizeArabic(written.charAt(i)) === '') i++;
  return token.start + i;
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

function keysOf(tokens: readonly Token[]): string[] {
  return tokens.map((token) => foldForSearch(token.text));
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
 * has no letters or digits are ignored; when two entries have the same name, the first one wins. Lookup goes
 * through a map keyed by the first word, so thousands of names cost about as much as one.
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
  const byFirstKey = new Map<string, Candidate[]>();
  const seen = new Set<string>();
  for (const { key, value } of validEntries(entries)) {
    const [first, ...rest] = keysOf(tokenize(key));
    if (first === undefined) continue;
    const identity = [first, ...rest].join('\u0000');
    if (seen.has(identity)) continue;
    seen.add(identity);
    const candidates = byFirstKey.get(first) ?? [];
    candidates.push({ rest, value });
    byFirstKey.set(first, candidates);
  }
  // Longest names first, so the first candidate that fits is the longest; the sort is stable, so among
  // names of one length the earlier entry wins.
  for (const candidates of byFirstKey.values()) candidates.sort((a, b) => b.rest.length - a.rest.length);

  function fits(candidate: Candidate, text: string, tokens: Token[], keys: string[], first: number): boolean {
    if (first + candidate.rest.length >= tokens.length) return false;
    return candidate.rest.every((key, offset) => {
      const at = first + 1 + offset;
      const previous = tokens[at - 1];
      const current = tokens[at];
      if (previous === undefined || current === undefined || keys[at] !== key) return false;
      return BETWEEN_WORDS.test(text.slice(previous.end, current.start));
    });
  }

  /** The longest name starting at token `index`, with how many tokens it spans. */
  function longestAt(
    text: string,
    tokens: Token[],
    keys: string[],
    index: number,
  ): { match: Match; tokenCount: number } | undefined {
    const token = tokens[index];
    const key = keys[index];
    if (token === undefined || key === undefined) return undefined;
    let best: { match: Match; tokenCount: number } | undefined;
    for (const reading of readingsOf(key)) {
      const candidate = byFirstKey.get(reading.key)?.find((c) => fits(c, text, tokens, keys, index));
      if (candidate === undefined) continue;
      const tokenCount = candidate.rest.length + 1;
      if (best !== undefined && tokenCount <= best.tokenCount) continue;
      const start = reading.cliticLength === 0 ? token.start : offsetAfterClitic(token, reading.cliticLength);
      const end = tokens[index + candidate.rest.length]?.end;
      if (start === undefined || end === undefined) continue;
      best = { match: { start, end, text: text.slice(start, end), value: candidate.value }, tokenCount };
    }
    return best;
  }

  return {
    findAll(text: string): Match[] {
      expectString(text, 'findAll');
      const tokens = tokenize(text);
      const keys = keysOf(tokens);
      const matches: Match[] = [];
      for (let index = 0; index < tokens.length; ) {
        const found = longestAt(text, tokens, keys, index);
        if (found === undefined) {
          index++;
          continue;
        }
        matches.push(found.match);
        index += found.tokenCount;
      }
      return matches;
    },
  };
}
