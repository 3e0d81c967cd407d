import { createAliasMatcher } from '@marsad/arabic';
import { type ContentGraph, knownNames, primaryLanguage, proseOf } from '@marsad/content';

/** The kinds of entries an import links. */
export type LinkedKind = 'actor' | 'place' | 'event';

/** Which occurrences of an entry become directives: all of them, or only the first (house style). */
export const LINK_MODES = ['every', 'first'] as const;
export type LinkMode = (typeof LINK_MODES)[number];

/** A name the import looks for, and the entry it stands for (`undefined`: several entries share it). */
interface LinkableName {
  spelling: string;
  target: { kind: LinkedKind; id: string } | undefined;
  /** Acronyms count only as written (`PMF`, not `pmf`). */
  exact?: string;
}

/** A directive the import wrote. */
export interface LinkedName {
  kind: LinkedKind;
  id: string;
  /** The name as written in the text: the directive's label. */
  text: string;
}

/** A body with its names linked, and what was found. */
export interface LinkResult {
  body: string;
  /** One per entry, as first linked, in text order. */
  linked: LinkedName[];
  /** Names found in the text that several entries share, each once: not linked, the editor decides. */
  ambiguous: string[];
  /** Where names were found (linked or not), as offsets into the body before linking. */
  spans: [start: number, end: number][];
}

/**
 * What an import links in a body of language `lang` (a primary subtag): the names and aliases the
 * `mention/unlinked` rule looks for, so the draft leaves it nothing to report, and the events' titles.
 */
function linkableNames(graph: ContentGraph, lang: string): LinkableName[] {
  const events = graph.all('event').flatMap((event) =>
    Object.entries(event.title)
      .filter(([tag]) => primaryLanguage(tag) === lang)
      .map(([, title]): LinkableName => ({ spelling: title, target: { kind: 'event', id: event.id } })),
  );
  return [...knownNames(graph, lang), ...events];
}

/**
 * Quotation marks and the closing mark of each. A name is matched through them (`كتائب «حزب الله»` is
 * Kataib Hezbollah) by reading them as spaces; the label then keeps them in pairs.
 */
const CLOSING: Readonly<Record<string, string>> = { '«': '»', '“': '”', '‹': '›', '"': '"' };
const CLOSERS = new Set(Object.values(CLOSING));
const QUOTES = /[«»“”‹›"]/g;

/**
 * The span to link for a name found at `start`–`end` of `body`, widened by the quotation mark it opens
 * or closes but leaves out (`كتائب «حزب الله` → `كتائب «حزب الله»`); `undefined` when no span around
 * the name holds its quotation marks in pairs.
 */
function pairedQuotes(body: string, start: number, end: number): [number, number] | undefined {
  const open: string[] = [];
  let unopened: string | undefined;
  for (const char of body.slice(start, end)) {
    if (open.at(-1) === char) open.pop();
    else if (CLOSING[char]) open.push(CLOSING[char]);
    else if (CLOSERS.has(char)) {
      if (unopened !== undefined || open.length > 0) return undefined;
      unopened = char;
    }
  }
  if (open.length > 1) return undefined;
  let from = start;
  let to = end;
  if (unopened !== undefined) {
    if (CLOSING[body[from - 1] ?? ''] !== unopened) return undefined;
    from--;
  }
  if (open.length === 1) {
    if (body[to] !== open[0]) return undefined;
    to++;
  }
  return [from, to];
}

/**
 * Links the names of known actors, places and events in a Markdown body of language `lang`: every
 * occurrence in prose becomes `:kind[name as written]{#id}`, or under `mode: 'first'` only each entry's
 * first (later ones stay text, as in the sample articles). Names are compared as `createAliasMatcher` does (Arabic-normalised, with
 * attached conjunctions and prepositions, longest first). Code, links, URLs, footnotes and existing
 * directives are left alone; under `first`, entries `alreadyLinked` (`kind:id`) are not linked again.
 */
export function linkNames(
  body: string,
  graph: ContentGraph,
  lang: string,
  alreadyLinked: ReadonlySet<string>,
  mode: LinkMode = 'every',
): LinkResult {
  const names = linkableNames(graph, lang);
  const matcher = createAliasMatcher(names.map((name, index) => ({ key: name.spelling, value: `${index}` })));
  const prose = proseOf(body).replace(QUOTES, ' ');
  const done = new Set(alreadyLinked);
  const ambiguous = new Set<string>();
  const linked: LinkedName[] = [];
  const edits: (LinkedName & { start: number; end: number })[] = [];
  const spans: [number, number][] = [];
  for (const match of matcher.findAll(prose)) {
    const name = names[Number(match.value)];
    const written = body.slice(match.start, match.end);
    if (!name || (name.exact !== undefined && written !== name.exact)) continue;
    spans.push([match.start, match.end]);
    if (!name.target) {
      ambiguous.add(written.replace(/\s+/g, ' '));
      continue;
    }
    const key = `${name.target.kind}:${name.target.id}`;
    const seen = done.has(key);
    const span = seen && mode === 'first' ? undefined : pairedQuotes(body, match.start, match.end);
    if (!span) continue;
    const [start, end] = span;
    const edit = { ...name.target, text: body.slice(start, end).replace(/\s+/g, ' '), start, end };
    edits.push(edit);
    if (!seen) linked.push({ kind: edit.kind, id: edit.id, text: edit.text });
    done.add(key);
  }
  let linkedBody = body;
  for (const { kind, id, text, start, end } of [...edits].reverse()) {
    linkedBody = `${linkedBody.slice(0, start)}:${kind}[${text}]{#${id}}${linkedBody.slice(end)}`;
  }
  return {
    body: linkedBody,
    linked,
    ambiguous: [...ambiguous],
    spans,
  };
}
