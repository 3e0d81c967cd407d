import { isCertainlyBefore } from '@marsad/schema';
import { lifetimeOf, parseDate } from './lifetime.js';
import type { Rule } from './rule.js';

/**
 * `time/not-yet`: an actor takes part in an event, in any role, that certainly happened before it was
 * born or founded: the event's last possible day is before the first possible day of `born`/`founded`.
 * Fuzzy dates that may overlap are never reported (an event in `2013` by a group founded in `2013-04`),
 * nor is an event on the day itself, and a campaign counts over its whole span, so one still running
 * when the actor appeared is fine. The report points at the participant, the cause at `born`/`founded`.
 */
export const timeNotYet: Rule = {
  id: 'time/not-yet',
  severity: 'error',
  referrers: ['participants'],
  description: 'An actor takes part in an event that certainly happened before it was born or founded.',
  check({ graph, subjects, report }) {
    for (const actor of subjects('actor')) {
      const { start } = lifetimeOf(actor);
      if (!start) continue;
      for (const reference of graph.referencesTo('actor', actor.id, 'participants')) {
        const event = graph.event(reference.from.id);
        const participant = event?.participants?.[reference.path[1] as number];
        const date = parseDate(event?.date);
        if (!participant || !date || !isCertainlyBefore(date, start.date)) continue;
        const { role } = participant;
        report({
          at: reference.from,
          path: reference.path,
          message: `${role} "${actor.id}" ${start.verb} ${start.date.text}, after this event (${date.text}): correct the event's \`date\`, the participant, or \`${start.field}\` of "${actor.id}"`,
          cause: {
            at: { kind: 'actor', id: actor.id },
            path: [start.field],
            message: `"${actor.id}" ${start.verb} ${start.date.text}`,
          },
        });
      }
    }
  },
};
