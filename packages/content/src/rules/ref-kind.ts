import { type ActorKind, isOrganizationKind, type PlaceKind } from '@marsad/schema';
import { closestMatches } from '../diagnostics/diagnostic.js';
import type { ContentGraph } from '../graph/content-graph.js';
import type { EntityKind, Reference } from '../model/entities.js';
import { MENTION_KINDS, type MentionKind } from '../parse/markdown.js';
import type { Rule, RuleContext, RuleReport } from './rule.js';

/** The collections a reference can point into (articles are never referenced). */
const REFERABLE: readonly MentionKind[] = MENTION_KINDS;
const ABOUT_KINDS: readonly EntityKind[] = ['actor', 'event', 'place'];

/** A kind with its indefinite article: "an actor", "a military-base". */
const article = (kind: string) => (/^[aeiou]/.test(kind) ? `an ${kind}` : `a ${kind}`);

/**
 * The other collections that hold an entry (valid or not) with the reference's id, when the collection
 * it should point into holds none; `[]` otherwise. A non-empty answer makes the reference a `ref/kind`
 * problem, never a `ref/unknown` one: the id exists, just not where the field looks.
 */
export function collectionsHolding(
  context: Pick<RuleContext, 'graph' | 'isFailed'>,
  reference: Reference,
): MentionKind[] {
  const { kind, id } = reference.to;
  const exists = (where: EntityKind) => context.graph.has(where, id) || context.isFailed(where, id);
  if (exists(kind)) return [];
  return REFERABLE.filter((other) => other !== kind && exists(other));
}

/** What a field demands of the kind of the entry it names, beyond the collection. */
interface KindRequirement {
  /** The field, in the words of a message: "a membership's `organization`". */
  field: string;
  /** What it must be: "an organisation (any actor kind but person)". */
  needs: string;
  accepts(kind: string): boolean;
  /** How to fix it, said to the editor. */
  fix: string;
  /** A better target that follows from the wrong one (the country a city lies within). */
  better?(graph: ContentGraph, id: string): string | undefined;
}

/**
 * Places that make a geographic facet. Sites and bases are points, not regions: an article about Ain
 * al-Asad lists it in `about` and its province or country in `regions`. Seas stay accepted, because an
 * article on shipping in the Red Sea has that sea as its region.
 */
const REGION_KINDS: ReadonlySet<PlaceKind> = new Set([
  'country',
  'province',
  'district',
  'city',
  'region',
  'sea',
]);

/** The nearest place that `id` lies within (itself excluded) whose kind `accepts`; stops at loops. */
function enclosing(
  graph: ContentGraph,
  id: string,
  accepts: (kind: PlaceKind) => boolean,
): string | undefined {
  const seen = new Set([id]);
  let current = graph.place(id)?.within;
  while (current !== undefined && !seen.has(current)) {
    const place = graph.place(current);
    if (!place) return undefined;
    if (accepts(place.kind)) return current;
    seen.add(current);
    current = place.within;
  }
  return undefined;
}

const organisation = {
  needs: 'an organisation (any actor kind but person)',
  accepts: (kind: string) => isOrganizationKind(kind as ActorKind),
};

const REQUIREMENTS: Record<string, KindRequirement> = {
  memberships: {
    field: "a membership's `organization`",
    ...organisation,
    fix: 'name the body the role was held in, or state a tie between two persons as a relation',
  },
  designations: {
    field: "a designation's `by`",
    ...organisation,
    fix: 'name the state or body that keeps the list',
  },
  'part-of': {
    field: 'the target of a `part-of` relation',
    ...organisation,
    fix: 'name the organisation, or record a person in it with `memberships`',
  },
  country: {
    field: "an actor's `country`",
    needs: 'a place of kind country',
    accepts: (kind) => kind === 'country',
    fix: 'name the country itself',
    better: (graph, id) => enclosing(graph, id, (kind) => kind === 'country'),
  },
  regions: {
    field: "an article's `regions`",
    needs: `an area (a place of kind ${[...REGION_KINDS].join(', ')})`,
    accepts: (kind) => REGION_KINDS.has(kind as PlaceKind),
    fix: 'list the place itself in `about` and the area it lies in in `regions`',
    better: (graph, id) => enclosing(graph, id, (kind) => REGION_KINDS.has(kind)),
  },
};

/** The requirement on the kind of the entry a reference names, if its field has one. */
function requirementOf(graph: ContentGraph, reference: Reference): KindRequirement | undefined {
  if (reference.field === 'relations') {
    const relation = graph.actor(reference.from.id)?.relations?.[reference.path[1] as number];
    return relation && REQUIREMENTS[relation.type];
  }
  return Object.hasOwn(REQUIREMENTS, reference.field) ? REQUIREMENTS[reference.field] : undefined;
}

/** The kind of an actor or place (the entries that have one). */
function kindOf(graph: ContentGraph, to: Reference['to']): string | undefined {
  if (to.kind === 'actor') return graph.actor(to.id)?.kind;
  if (to.kind === 'place') return graph.place(to.id)?.kind;
  return undefined;
}

/** The report for an id that names an entry of the right collection but of the wrong kind. */
function wrongKind(graph: ContentGraph, reference: Reference): RuleReport | undefined {
  const requirement = requirementOf(graph, reference);
  const kind = kindOf(graph, reference.to);
  if (!requirement || kind === undefined || requirement.accepts(kind)) return undefined;
  const { id } = reference.to;
  const better = requirement.better?.(graph, id);
  return {
    at: reference.from,
    path: reference.path,
    message: `"${id}" is ${article(kind)}, but ${requirement.field} must be ${requirement.needs}; ${
      better
        ? `did you mean "${better}", which it lies within? Otherwise ${requirement.fix}`
        : requirement.fix
    }`,
    suggestions: better ? [better] : [],
    cause: { at: reference.to, path: ['kind'], message: `"${id}" is ${article(kind)} here` },
  };
}

/** How a mention would be written with another directive, keeping its label and id. */
function rewrittenMention(graph: ContentGraph, reference: Reference, kind: MentionKind): string {
  const { from, path } = reference;
  const mention =
    from.kind === 'article'
      ? graph.article(from.id)?.versions[String(path[1])]?.mentions[path[2] as number]
      : graph.actor(from.id)?.profile?.mentions[path[1] as number];
  return `:${kind}[${mention?.label ?? ''}]{#${reference.to.id}}`;
}

/** The report for an id that names an entry of another collection than the field's. */
function wrongCollection(
  graph: ContentGraph,
  reference: Reference,
  holders: readonly MentionKind[],
): RuleReport {
  const { kind: wanted, id } = reference.to;
  const holder = holders[0]!;
  const is = `"${id}" is ${article(holder)}, not ${article(wanted)}`;
  const cause = { at: { kind: holder, id }, path: [], message: `the ${holder} "${id}"` };
  if (reference.field === 'mention') {
    const suggestions = holders.map((kind) => rewrittenMention(graph, reference, kind));
    return {
      at: reference.from,
      path: reference.path,
      message: `${is}: write the mention as ${suggestions[0]}`,
      suggestions,
      cause,
    };
  }
  if (reference.field === 'about') {
    const suggestions = holders.filter((kind) => ABOUT_KINDS.includes(kind)).map((kind) => `${kind}:${id}`);
    return {
      at: reference.from,
      path: reference.path,
      message: suggestions[0]
        ? `${is}: write the subject as "${suggestions[0]}"`
        : `${is}, and \`about\` names only actors, events and places: remove it`,
      suggestions,
      cause,
    };
  }
  const suggestions = closestMatches(
    id,
    graph.all(wanted).map((entry) => entry.id),
  );
  return {
    at: reference.from,
    path: reference.path,
    message: `${is}: \`${reference.field}\` takes ${wanted} ids${
      suggestions[0]
        ? `; did you mean "${suggestions[0]}"?`
        : `; name ${article(wanted)} or add ${wanted}s/${id}.yaml`
    }`,
    suggestions,
    cause,
  };
}

/**
 * `ref/kind`: a reference names an entry that exists, but in the wrong collection (a participant that
 * is a place, `:actor[…]{#baghdad}`, `actor:baghdad` in `about`) or of the wrong kind. Kinds are
 * checked only where a wrong one is certain: a membership's `organization`, a designation's `by` and
 * the target of a `part-of` relation must be organisations; an actor's `country` must be a country;
 * an article's `regions` must be areas (country, province, district, city, region or sea, not a site
 * or a base). A `location.place` may be any place.
 */
export const refKind: Rule = {
  id: 'ref/kind',
  severity: 'error',
  description:
    'A reference names an entry of the wrong collection or kind (a membership whose organization is a person).',
  revisitReported: true,
  check(context) {
    const { graph, subjects, report } = context;
    for (const kind of ['actor', 'event', 'place', 'author', 'article'] as const) {
      for (const value of subjects(kind)) {
        for (const reference of graph.referencesFrom(kind, value.id)) {
          const holders = collectionsHolding(context, reference);
          const found =
            holders.length > 0 ? wrongCollection(graph, reference, holders) : wrongKind(graph, reference);
          if (found) report(found);
        }
      }
    }
  },
};
