import { aliasKey, tokenize } from '@marsad/arabic';
import { type ContentGraph, MASK, namesOf, proseOf } from '@marsad/content';
import { suggestId } from './suggest-id.js';

/** A quoted name that matches no entry: perhaps an actor the content does not have yet. */
export interface CandidateName {
  name: string;
  /** An id it could be created under (a valid `Id`), when one can be made from the name. */
  suggestedId?: string;
}

/** Text in guillemets, curly or straight double quotes, or parentheses, within one line. */
const QUOTED = /«([^«»\n]+)»|“([^“”\n]+)”|"([^"\n]+)"|\(([^()\n]+)\)/g;
/** Quoted names are short; longer quotations are speech or phrases (`(حقّها في الدفاع عن النفس)`). */
const MAX_WORDS = 4;
/** Latin words a name may hold in lower case (`Army of the Men of the Naqshbandi Order`, `al-Sadr`). */
const PARTICLES = new Set([
  'al',
  'el',
  'ad',
  'an',
  'ar',
  'as',
  'ash',
  'at',
  'bin',
  'ibn',
  'of',
  'the',
  'and',
  'de',
]);

/** Whether quoted text reads like a name: a few words with a letter; Latin ones capitalised. */
function looksLikeName(text: string): boolean {
  const words = tokenize(text).map((token) => token.text);
  if (words.length === 0 || words.length > MAX_WORDS || !/\p{L}/u.test(text)) return false;
  return words.every((word) => {
    if (!/^\p{Script=Latin}/u.test(word)) return true;
    return /^\p{Lu}/u.test(word) || PARTICLES.has(word.split(/[-'’]/)[0]?.toLowerCase() ?? '');
  });
}

/** The alias keys of every name the content knows: entries' names and aliases, events' titles. */
function knownKeys(graph: ContentGraph): Set<string> {
  const keys = new Set<string>();
  const add = (values: Iterable<string>) => {
    for (const value of values) keys.add(aliasKey(value));
  };
  for (const kind of ['actor', 'place', 'author'] as const) {
    for (const entry of graph.all(kind)) {
      add(namesOf(entry).map((name) => name.value));
    }
  }
  for (const event of graph.all('event')) add(Object.values(event.title));
  return keys;
}

const overlaps = (spans: readonly [number, number][], start: number, end: number) =>
  spans.some(([from, to]) => from < end && start < to);

/**
 * Names written in quotation marks or parentheses in the prose of `body` that match no entry of the
 * content, each once, in text order: `spans` are where known names were found, and quotes touching one
 * are not candidates (`كتائب «حزب الله»`). Code, links and directives are not looked at.
 */
export function candidateNames(
  body: string,
  graph: ContentGraph,
  spans: readonly [number, number][],
): CandidateName[] {
  const known = knownKeys(graph);
  const found = new Map<string, CandidateName>();
  for (const match of proseOf(body).matchAll(QUOTED)) {
    const inner = match.slice(1).find((group) => group !== undefined) ?? '';
    const name = inner.trim().replace(/\s+/g, ' ');
    if (inner.includes(MASK) || !looksLikeName(name)) continue;
    if (overlaps(spans, match.index, match.index + match[0].length)) continue;
    const key = aliasKey(name);
    if (known.has(key) || found.has(key)) continue;
    const suggestedId = suggestId(name);
    found.set(key, { name, ...(suggestedId && { suggestedId }) });
  }
  return [...found.values()];
}
