import { isCertainlyBefore } from '@marsad/schema';
import { parseDate } from './lifetime.js';
import type { Rule } from './rule.js';

/**
 * `time/response-before-cause`: an event lists in `respondsTo` an event that certainly happened after
 * it (the response's last possible day is before the cause's first one, or, when both carry a time with
 * an offset, its instant is earlier). A response on the same day, or during a campaign it answers, is
 * fine. The report points at the `respondsTo` entry, the cause at the other event's `date`.
 */
export const timeResponseBeforeCause: Rule = {
  id: 'time/response-before-cause',
  severity: 'error',
  description: 'An event responds to an event that certainly happened after it.',
  check({ graph, subjects, report }) {
    for (const event of subjects('event')) {
      const date = parseDate(event.date);
      if (!date) continue;
      for (const reference of graph.referencesFrom('event', event.id)) {
        if (reference.field !== 'respondsTo') continue;
        const cause = graph.event(reference.to.id);
        const causeDate = parseDate(cause?.date);
        if (!causeDate || !isCertainlyBefore(date, causeDate)) continue;
        report({
          at: reference.from,
          path: reference.path,
          message: `this event (${date.text}) cannot respond to "${reference.to.id}", which happened later (${causeDate.text}): correct either \`date\`, or remove "${reference.to.id}" from \`respondsTo\` (if it responds to this event, list this event in its \`respondsTo\` instead)`,
          cause: {
            at: reference.to,
            path: ['date'],
            message: `"${reference.to.id}" happened ${causeDate.text}`,
          },
        });
      }
    }
  },
};
