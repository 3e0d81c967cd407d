import { type Actor, type ParsedFuzzyDate, parseFuzzyDate } from '@marsad/schema';

/** One end of an actor's existence: the field it is written in, its parsed date and how to say it. */
export interface LifeBound {
  field: 'born' | 'founded' | 'died' | 'dissolved';
  date: ParsedFuzzyDate;
  /** The verb for messages: `was born`, `was founded`, `died`, `was dissolved`. */
  verb: string;
}

/** When an actor existed, as far as its file says: `start` is born or founded, `end` died or dissolved. */
export interface Lifetime {
  start?: LifeBound;
  end?: LifeBound;
}

const VERBS = {
  born: 'was born',
  founded: 'was founded',
  died: 'died',
  dissolved: 'was dissolved',
} as const satisfies Record<LifeBound['field'], string>;

// The graph's actors never change, so each one's dates are parsed once for all the time rules.
const lifetimes = new WeakMap<Actor, Lifetime>();

/**
 * Dates by their text (`null`: does not parse). Parsing one costs microseconds, the time rules ask for
 * each event once per participant, and events share days: the benchmark's 50,000 events and their
 * claims write about 11,000 distinct dates. Emptied when it reaches a bound, so a long-lived process
 * does not keep every date it ever saw.
 */
const parsedDates = new Map<string, ParsedFuzzyDate | null>();
const MAX_PARSED_DATES = 100_000;

/**
 * A fuzzy date as the time rules compare it, or undefined when the text is missing or does not parse
 * (the schema reports that; a rule must not throw on it or guess).
 */
export function parseDate(text: string | undefined): ParsedFuzzyDate | undefined {
  if (text === undefined) return undefined;
  let date = parsedDates.get(text);
  if (date === undefined) {
    if (parsedDates.size >= MAX_PARSED_DATES) parsedDates.clear();
    const result = parseFuzzyDate(text);
    date = result.ok ? result.value : null;
    parsedDates.set(text, date);
  }
  return date ?? undefined;
}

function bound(actor: Actor, fields: readonly LifeBound['field'][]): LifeBound | undefined {
  // The schema keeps born/died to persons and founded/dissolved to organisations, so at most one is set.
  for (const field of fields) {
    const date = parseDate(actor[field]);
    if (date) return { field, date, verb: VERBS[field] };
  }
  return undefined;
}

/** An actor's lifetime: a person's birth and death, an organisation's founding and dissolution. */
export function lifetimeOf(actor: Actor): Lifetime {
  let lifetime = lifetimes.get(actor);
  if (!lifetime) {
    lifetime = { start: bound(actor, ['born', 'founded']), end: bound(actor, ['died', 'dissolved']) };
    lifetimes.set(actor, lifetime);
  }
  return lifetime;
}
