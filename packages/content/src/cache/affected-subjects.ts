import { KINDS } from '../graph/graph-store.js';
import { splitOriginKey } from '../validate/validate-entries.js';
import type { Link, Referrer } from './validation-state.js';

/** The reference fields that chain entries of one kind upwards, which rules follow (see `Rule`). */
const CHAIN_FIELDS: ReadonlySet<string> = new Set(['within', 'partOf']);

/**
 * The subjects whose reports a change can alter for every rule, by `originKey`, per what `Rule` lets a
 * subject's reports read: the changed entries and every entry whose `within`/`partOf` chain passes through
 * one, and the entries that refer to an entry with any of their ids (in any collection).
 */
export function affectedSubjects(
  changed: Iterable<string>,
  referrers: (target: string) => readonly Referrer[],
): Set<string> {
  const reached = new Set(changed);
  const queue = [...reached];
  while (queue.length > 0) {
    for (const referrer of referrers(queue.pop()!)) {
      if (!CHAIN_FIELDS.has(referrer.field) || reached.has(referrer.from)) continue;
      reached.add(referrer.from);
      queue.push(referrer.from);
    }
  }
  const subjects = new Set(reached);
  for (const key of reached) {
    const { id } = splitOriginKey(key);
    for (const kind of KINDS) for (const referrer of referrers(`${kind}:${id}`)) subjects.add(referrer.from);
  }
  return subjects;
}

/**
 * The further subjects of a rule that reads the entries referring to a subject through `fields` (see
 * `Rule.referrers`): the targets of the changed references made through them, before or after the change.
 */
export function referredSubjects(changedLinks: readonly Link[], fields: readonly string[] = []): Set<string> {
  return new Set(changedLinks.filter((link) => fields.includes(link.field)).map((link) => link.to));
}
