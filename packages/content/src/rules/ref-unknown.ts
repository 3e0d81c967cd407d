import { aliasKey } from '@marsad/arabic';
import { closestMatches } from '../diagnostics/diagnostic.js';
import type { ContentGraph } from '../graph/content-graph.js';
import type { EntityKind } from '../model/entities.js';
import { namesOf } from './entity-names.js';
import { collectionsHolding } from './ref-kind.js';
import type { Rule } from './rule.js';

const MAX_SUGGESTIONS = 3;

/**
 * The ids of a collection by the {@link aliasKey} of each name and alias of their entries, so an id typed as
 * a name (`sudani`, `muhandis`) finds the entry known by it (`al-sudani`, `abu-mahdi-al-muhandis`). Events
 * and articles have titles, not names: their index is empty.
 */
function idsByNameKey(graph: ContentGraph, kind: EntityKind): Map<string, string[]> {
  const index = new Map<string, string[]>();
  if (kind !== 'actor' && kind !== 'place' && kind !== 'author') return index;
  for (const entry of graph.all(kind)) {
    for (const name of namesOf(entry)) {
      const key = aliasKey(name.value);
      const ids = index.get(key) ?? [];
      if (!ids.includes(entry.id)) ids.push(entry.id);
      index.set(key, ids);
    }
  }
  return index;
}

/**
 * `ref/unknown`: a reference names an entry that does not exist. Suggested, best first: entries with a name
 * or alias that reads like the id taken as words (`sudani` → `al-sudani`), then the closest ids by edit
 * distance. An id that exists in another collection is left to `ref/kind`, so one mistake gets one
 * diagnostic.
 */
export const refUnknown: Rule = {
  id: 'ref/unknown',
  severity: 'error',
  description:
    'A reference (participant, membership, location, mention, about…) names an entry that does not exist.',
  revisitReported: true,
  check(context) {
    const { graph, subjects, isFailed, report } = context;
    const candidatesOf = new Map<EntityKind, { ids: string[]; byNameKey: Map<string, string[]> }>();
    for (const kind of ['actor', 'event', 'place', 'author', 'article'] as const) {
      for (const value of subjects(kind)) {
        for (const reference of graph.referencesFrom(kind, value.id)) {
          const { kind: targetKind, id } = reference.to;
          if (graph.has(targetKind, id) || isFailed(targetKind, id)) continue;
          if (collectionsHolding(context, reference).length > 0) continue;
          let candidates = candidatesOf.get(targetKind);
          if (!candidates) {
            const ids = graph.all(targetKind).map((entry) => entry.id);
            candidates = { ids, byNameKey: idsByNameKey(graph, targetKind) };
            candidatesOf.set(targetKind, candidates);
          }
          const byName = candidates.byNameKey.get(aliasKey(id)) ?? [];
          const suggestions = [...new Set([...byName, ...closestMatches(id, candidates.ids)])].slice(
            0,
            MAX_SUGGESTIONS,
          );
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
