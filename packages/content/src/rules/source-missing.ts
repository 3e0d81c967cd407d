import type { Rule } from './rule.js';

/**
 * `source/missing`: an event without `sources`, or with an empty list. The model asks a source of
 * every published event, and events have no draft state of their own: an event entry is a fact the
 * site and API publish as soon as it is merged, whether or not an article cites it. So every event is
 * checked. Sources of single claims inside an event (fatalities) are not required.
 */
export const sourceMissing: Rule = {
  id: 'source/missing',
  severity: 'warning',
  description: 'An event has no source: every event is published, so every event should cite one.',
  check({ subjects, report }) {
    for (const event of subjects('event')) {
      if (event.sources && event.sources.length > 0) continue;
      report({
        at: { kind: 'event', id: event.id },
        path: ['sources'],
        target: 'key',
        message: `event "${event.id}" ${event.sources ? 'has an empty `sources` list' : 'has no `sources`'}: cite at least one report of it, like sources: [{ title: "…", publisher: "…", url: "https://…" }]`,
      });
    }
  },
};
