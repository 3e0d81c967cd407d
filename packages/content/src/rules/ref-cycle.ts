import type { ContentGraph } from '../graph/content-graph.js';
import type { Rule } from './rule.js';

/** A single-valued link from an entry to another of the same collection, which must never loop. */
interface Chain {
  kind: 'event' | 'place';
  field: 'partOf' | 'within';
  next(graph: ContentGraph, id: string): string | undefined;
  /** One link in words: "is part of", "lies within"; and after "cannot": "be part of", "lie within". */
  verb: string;
  infinitive: string;
  /** The kind with its article: "an event". */
  noun: string;
}

const CHAINS: readonly Chain[] = [
  {
    kind: 'event',
    field: 'partOf',
    next: (graph, id) => graph.event(id)?.partOf,
    verb: 'is part of',
    infinitive: 'be part of',
    noun: 'an event',
  },
  {
    kind: 'place',
    field: 'within',
    next: (graph, id) => graph.place(id)?.within,
    verb: 'lies within',
    infinitive: 'lie within',
    noun: 'a place',
  },
];

/**
 * The loop of a chain that `start` is on, as the ids along it from `start`, when `start` is the loop's id
 * that sorts first; otherwise (no loop, `start` only leads into one, or another member sorts first)
 * nothing. Asked of every entry, it gives every loop exactly once, and each answer reads only the chain
 * up from its own entry.
 */
export function loopAt(start: string, next: (id: string) => string | undefined): string[] | undefined {
  const path: string[] = [];
  const onPath = new Set<string>();
  let current: string | undefined = start;
  while (current !== undefined && !onPath.has(current)) {
    path.push(current);
    onPath.add(current);
    current = next(current);
  }
  if (current !== start) return undefined;
  return path.every((id) => start <= id) ? path : undefined;
}

/**
 * `ref/cycle`: the `partOf` chain of events or the `within` chain of places loops back on itself
 * (`anbar → iraq → anbar`, or a place within itself). Reported once per loop, at the entry whose id
 * sorts first, with the next link of the loop as the cause. Links to entries that do not exist end a
 * chain; `ref/unknown` reports them.
 */
export const refCycle: Rule = {
  id: 'ref/cycle',
  severity: 'error',
  description: 'The `partOf` chain of events or the `within` chain of places loops back on itself.',
  check({ graph, subjects, report }) {
    for (const { kind, field, next, verb, infinitive, noun } of CHAINS) {
      for (const { id } of subjects(kind)) {
        const loop = loopAt(id, (link) => next(graph, link));
        if (!loop) continue;
        const [first, second] = loop as [string, ...string[]];
        if (second === undefined) {
          report({
            at: { kind, id: first },
            path: [field],
            message: `${kind} "${first}" ${verb} itself: remove \`${field}\` or name the ${kind} that holds it`,
          });
          continue;
        }
        const chain = [...loop, first].join(' → ');
        report({
          at: { kind, id: first },
          path: [field],
          message: `the \`${field}\` chain loops: ${chain}; ${noun} cannot ${infinitive} itself, so correct or remove one \`${field}\` of the loop`,
          cause: {
            at: { kind, id: second },
            path: [field],
            message: `${kind} "${second}" ${verb} "${loop[2] ?? first}"`,
          },
        });
      }
    }
  },
};
