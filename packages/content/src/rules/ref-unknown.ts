import { closestMatches } from '../diagnostics/diagnostic.js';
import { collectionsHolding } from './ref-kind.js';
import type { Rule } from './rule.js';

/**
 * `ref/unknown`: a reference names an entry that does not exist, with the closest ids suggested. An id
 * that exists in another collection is left to `ref/kind`, so one mistake gets one diagnostic.
 */
export const refUnknown: Rule = {
  id: 'ref/unknown',
  severity: 'error',
  description:
    'A reference (participant, membership, location, mention, about…) names an entry that does not exist.',
  check(context) {
    const { graph, isFailed, report } = context;
    const idsOf = new Map<string, string[]>();
    for (const kind of ['actor', 'event', 'place', 'author', 'article'] as const) {
      for (const value of graph.all(kind)) {
        for (const reference of graph.referencesFrom(kind, value.id)) {
          const { kind: targetKind, id } = reference.to;
          if (graph.has(targetKind, id) || isFailed(targetKind, id)) continue;
          if (collectionsHolding(context, reference).length > 0) continue;
          if (!idsOf.has(targetKind))
            idsOf.set(
              targetKind,
              graph.all(targetKind).map((entry) => entry.id),
            );
          const suggestions = closestMatches(id, idsOf.get(targetKind)!);
          report({
            at: reference.from,
            path: reference.path,
            message: `no ${targetKind} "${id}" exists${suggestions.length ? `; did you mean "${suggestions[0]}"?` : `: add ${targetKind}s/${id}.yaml or correct the id`}`,
            suggestions,
          });
        }
      }
    }
  },
};
