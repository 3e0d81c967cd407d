import { isCertainlyBefore, type ParsedFuzzyDate } from '@marsad/schema';
import type { ActorEntry, Reference } from '../model/entities.js';
import { lifetimeOf, parseDate } from './lifetime.js';
import type { Rule, RuleContext } from './rule.js';

/** A membership or relation of `holder`, found at `path`: a time-bounded claim about it and another actor. */
interface Claim {
  holder: ActorEntry;
  path: (string | number)[];
  noun: 'membership' | 'relation';
  from?: string;
  to?: string;
  type?: string;
}

function claimAt(holder: ActorEntry, reference: Reference): Claim | undefined {
  const [field, index] = reference.path as [string, number];
  const path = [field, index];
  if (field === 'memberships') {
    const membership = holder.memberships?.[index];
    return membership && { holder, path, noun: 'membership', ...membership };
  }
  if (field === 'relations') {
    const relation = holder.relations?.[index];
    return relation && { holder, path, noun: 'relation', ...relation };
  }
  return undefined;
}

/** The first written end of `claim` (`from` before `to`) for which `outside` holds. */
function firstEndOutside(claim: Claim, outside: (date: ParsedFuzzyDate) => boolean) {
  for (const field of ['from', 'to'] as const) {
    const date = parseDate(claim[field]);
    if (date && outside(date)) return { field, date };
  }
  return undefined;
}

/** Reports the end of `claim` that certainly lies before `lived` began, and the one after it ended. */
function checkAgainst({ report }: RuleContext, claim: Claim, lived: ActorEntry, boundedByEnd: boolean): void {
  const { start, end } = lifetimeOf(lived);
  const sides = [
    start && {
      bound: start,
      side: 'before',
      outside: (date: ParsedFuzzyDate) => isCertainlyBefore(date, start.date),
    },
    boundedByEnd &&
      end && {
        bound: end,
        side: 'after',
        outside: (date: ParsedFuzzyDate) => isCertainlyBefore(end.date, date),
      },
  ];
  for (const check of sides) {
    if (!check) continue;
    const { bound, side } = check;
    const found = firstEndOutside(claim, check.outside);
    if (!found) continue;
    report({
      at: { kind: 'actor', id: claim.holder.id },
      path: [...claim.path, found.field],
      message: `this ${claim.noun} ${found.field === 'from' ? 'starts' : 'ends'} (${found.date.text}) ${side} "${lived.id}" ${bound.verb} (${bound.date.text}): correct \`${found.field}\`, or \`${bound.field}\` of "${lived.id}"`,
      cause: {
        at: { kind: 'actor', id: lived.id },
        path: [bound.field],
        message: `"${lived.id}" ${bound.verb} ${bound.date.text}`,
      },
    });
  }
}

/**
 * `time/membership-outside-life`: a membership or relation that certainly lies, at one of its ends,
 * outside the lifetime of the actor that holds it or of the actor it names: it starts or ends before
 * that actor was born or founded, or after it died or was dissolved. An end on the day itself is fine
 * (al-Muhandis's PMF role ends on 2020-01-03, the day he died); open or missing ends and fuzzy dates
 * that may overlap are never reported. A `successor-of` relation is not bounded by its predecessor's
 * end, since succession begins as the predecessor ends.
 *
 * A warning, not an error: a period is often less well sourced than the life dates, and editors may
 * keep it while they check which of the two is wrong. The report points at the `from` or `to` that lies
 * outside (at `from` when both do), the cause at the life date it contradicts.
 */
export const timeMembershipOutsideLife: Rule = {
  id: 'time/membership-outside-life',
  severity: 'warning',
  description:
    'A membership or relation starts or ends outside the lifetime of the actor holding it or the actor it names.',
  check(context) {
    const { graph } = context;
    for (const holder of context.subjects('actor')) {
      for (const reference of graph.referencesFrom('actor', holder.id)) {
        const claim = claimAt(holder, reference);
        if (!claim) continue;
        checkAgainst(context, claim, holder, true);
        const other = graph.actor(reference.to.id);
        // By id: a graph that reads entries on demand may hand out two copies of one.
        if (other && other.id !== holder.id)
          checkAgainst(context, claim, other, claim.type !== 'successor-of');
      }
    }
  },
};
