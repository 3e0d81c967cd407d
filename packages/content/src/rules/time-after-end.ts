import { isCertainlyBefore, type ParsedFuzzyDate, type ParticipantRole } from '@marsad/schema';
import { lifetimeOf, parseDate } from './lifetime.js';
import type { Rule } from './rule.js';

// Roles in which the actor suffers the event rather than acts in it.
const HARMED_ROLES: ReadonlySet<ParticipantRole> = new Set(['victim', 'target']);

/**
 * Whether `date` certainly begins on a later day than `end`: its first possible day is after `end`'s
 * last one, and when both carry a time with an offset, its instant is after `end`'s too (written days
 * are local, so a later written day can still be an earlier instant).
 */
function certainlyAfterTheDayOf(end: ParsedFuzzyDate, date: ParsedFuzzyDate): boolean {
  return (
    end.latest !== null &&
    date.earliest !== null &&
    end.latest < date.earliest &&
    isCertainlyBefore(end, date)
  );
}

/**
 * `time/after-end`: an actor takes part in an event that certainly happened after the day it died or
 * was dissolved.
 *
 * Every role gets the same test, on whole days: the event's first possible day must be after the last
 * possible day of `died`/`dissolved`. Victims and targets may fall on the day of death (the Baghdad
 * airport strike killed Soleimani on 2020-01-03, the day he died). Acting roles (perpetrator, claimant,
 * announcer, participant, mediator, supporter) may too, because an actor can act on the day it dies
 * (a suicide bomber) and a death recorded by day says nothing about the hour; so the day of death stays
 * open even when both dates carry times. When both carry an offset, the event's instant must also be after
 * the death's, since a later written day in another time zone can be an earlier moment. A campaign counts
 * over its whole span, so an actor who died in the middle of one is not reported, nor is any date that may
 * overlap.
 * The report points at the participant, the cause at `died`/`dissolved`.
 */
export const timeAfterEnd: Rule = {
  id: 'time/after-end',
  severity: 'error',
  referrers: ['participants'],
  description:
    'An actor takes part in an event that certainly happened after the day of its death or dissolution.',
  check({ graph, subjects, report }) {
    for (const actor of subjects('actor')) {
      const { end } = lifetimeOf(actor);
      if (!end) continue;
      for (const reference of graph.referencesTo('actor', actor.id, 'participants')) {
        const event = graph.event(reference.from.id);
        const participant = event?.participants?.[reference.path[1] as number];
        const date = parseDate(event?.date);
        if (!participant || !date || !certainlyAfterTheDayOf(end.date, date)) continue;
        const { role } = participant;
        const fix = HARMED_ROLES.has(role)
          ? `an actor can be a ${role} on the day it ${end.verb} but not after; correct the event's \`date\`, the participant`
          : `correct the event's \`date\`, name the actor that acted in its place`;
        report({
          at: reference.from,
          path: reference.path,
          message: `${role} "${actor.id}" ${end.verb} ${end.date.text}, before this event (${date.text}): ${fix}, or correct \`${end.field}\` of "${actor.id}"`,
          cause: {
            at: { kind: 'actor', id: actor.id },
            path: [end.field],
            message: `"${actor.id}" ${end.verb} ${end.date.text}`,
          },
        });
      }
    }
  },
};
