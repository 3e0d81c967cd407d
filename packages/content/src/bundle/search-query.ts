import { foldForSearch, searchTerms, tokenize } from '@marsad/arabic';

/**
 * One word of a query in the two forms the index holds: folded as names are indexed (`الامريكيه`), and
 * folded and stemmed as text is (`امريك`). Each form is a list of index words, because the index splits
 * `al-sudani` into `al` and `sudani`.
 */
export interface QueryTerm {
  folded: string[];
  stemmed: string[];
  /**
   * Set on the last word only, which may still be being typed: the word without its leading clitics
   * (`والقوات` → `قوات`). Names starting with `folded` and stems starting with `prefix` match too. A stem
   * is not a prefix on its own: `قو` (from `قوات`) would also match `قواعد`.
   */
  prefix?: string[];
}

/** A longer query is cut here: no one types more, and every term adds a lookup. */
export const MAX_QUERY_TERMS = 16;

const NOT_INDEX_WORD = /[^\p{L}\p{M}\p{N}]+/u;

/** The index words of a term (what FTS5's unicode61 tokenizer makes of it). */
export function indexWords(term: string): string[] {
  return term.split(NOT_INDEX_WORD).filter((word) => word !== '');
}

/**
 * Reads user input as terms. Only words survive ({@link tokenize}), so quotes, `*`, `NEAR(`, `OR`
 * and other FTS5 syntax in the input never reach the index as syntax.
 */
export function parseQuery(input: string): QueryTerm[] {
  const terms: QueryTerm[] = [];
  for (const token of tokenize(input)) {
    const folded = foldForSearch(token.text)
      .split(/\s+/)
      .filter((word) => word !== '');
    const stemmed = searchTerms(token.text);
    folded.forEach((word, index) => {
      const term = { folded: indexWords(word), stemmed: indexWords(stemmed[index] ?? word) };
      if (term.folded.length > 0 && term.stemmed.length > 0) terms.push(term);
    });
  }
  const kept = terms.slice(0, MAX_QUERY_TERMS);
  const last = kept.at(-1);
  if (last) last.prefix = withoutLeadingClitics(last.folded, last.stemmed);
  return kept;
}

/** Light stemming cuts a word's ends only, so the stem's place in the word tells where the clitics end. */
function withoutLeadingClitics(folded: string[], stemmed: string[]): string[] {
  const word = folded.join(' ');
  const at = word.indexOf(stemmed.join(' '));
  return at === -1 ? stemmed : indexWords(word.slice(at));
}

/** An FTS5 phrase of index words; they hold only letters, marks and digits, so no quote needs escaping. */
const phrase = (words: readonly string[], prefix = false) => `"${words.join(' ')}"${prefix ? '*' : ''}`;

/**
 * The FTS5 MATCH expression for parsed terms: every term must match, either as a name (folded, in the
 * `names` column) or as text (stemmed, in `title` and `body`). `undefined` when there is no term.
 */
export function matchExpression(terms: readonly QueryTerm[]): string | undefined {
  if (terms.length === 0) return undefined;
  return terms
    .map((term) => {
      const names = `{names} : ${phrase(term.folded, term.prefix !== undefined)}`;
      const text = `{title body} : ${phrase(term.stemmed)}`;
      return term.prefix === undefined
        ? `(${names} OR ${text})`
        : `(${names} OR ${text} OR {title body} : ${phrase(term.prefix, true)})`;
    })
    .join(' AND ');
}

/** Whether `words` hold `wanted` as a run (the last one as a prefix when `prefix` is set). */
function containsRun(words: readonly string[], wanted: readonly string[], prefix: boolean): boolean {
  for (let start = 0; start + wanted.length <= words.length; start++) {
    const found = wanted.every((word, offset) => {
      const candidate = words[start + offset]!;
      return prefix && offset === wanted.length - 1 ? candidate.startsWith(word) : candidate === word;
    });
    if (found) return true;
  }
  return false;
}

/**
 * Whether folded text may hold a match of `term`: light stemming only cuts a word's ends, so a word can
 * match only if its folded form contains the start of the term in some form. Never false for text that
 * matches; often true for text that does not.
 */
export function mayMatch(foldedText: string, term: QueryTerm): boolean {
  return [term.folded, term.stemmed, term.prefix ?? []].some((words) => foldedText.includes(words[0] ?? ''));
}

/**
 * The index of the first term a word of the original text matches, the way the index matched it
 * (folded or stemmed, by prefix for the last term), or -1.
 */
export function matchingTerm(word: string, terms: readonly QueryTerm[]): number {
  const foldedWord = foldForSearch(word);
  // Testing this first spares stemming most words of a long text.
  if (!terms.some((term) => mayMatch(foldedWord, term))) return -1;
  const folded = indexWords(foldedWord);
  const stemmed = searchTerms(word).flatMap(indexWords);
  return terms.findIndex(
    (term) =>
      containsRun(folded, term.folded, term.prefix !== undefined) ||
      containsRun(stemmed, term.stemmed, false) ||
      (term.prefix !== undefined && containsRun(stemmed, term.prefix, true)),
  );
}

/** Matches words against a query's terms like {@link matchingTerm}. */
export type WordMatcher = (word: string) => number;

/**
 * {@link matchingTerm} for one query, remembering each word's answer: the snippets of one result page
 * share most of their words, and folding and stemming are the cost of cutting them.
 */
export function wordMatcher(terms: readonly QueryTerm[]): WordMatcher {
  const known = new Map<string, number>();
  return (word) => {
    let term = known.get(word);
    if (term === undefined) {
      term = matchingTerm(word, terms);
      known.set(word, term);
    }
    return term;
  };
}
