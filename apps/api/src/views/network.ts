import { z } from '@hono/zod-openapi';
import type { ContentGraph } from '@marsad/content';
import { FuzzyDate, Id, Localized, RelationType } from '@marsad/schema';
import { ActorRef } from './refs.js';

/** The most actors a network response holds; beyond, it is cut and marked `truncated`. */
export const MAX_NETWORK_NODES = 500;

/** A link between two actors: a relation, a membership or a designation. */
export const NetworkEdge = z
  .object({
    source: Id,
    target: Id,
    type: z.union([RelationType, z.enum(['member-of', 'designated'])]).meta({
      description:
        'A relation type (source → target as the source states it), `member-of` (person → organisation) or `designated` (designating actor → designated actor).',
    }),
    from: FuzzyDate.optional(),
    to: FuzzyDate.optional(),
    label: Localized.optional().meta({
      description: 'A membership role, relation note or designation list.',
    }),
  })
  .meta({ id: 'NetworkEdge', title: 'Network edge', description: 'A directed link between two actors.' });
export type NetworkEdge = z.infer<typeof NetworkEdge>;

/** The actors around one actor and the links between them. */
export const Network = z
  .object({
    nodes: z.array(ActorRef.extend({ depth: z.int().min(0).max(2) })),
    edges: z.array(NetworkEdge),
    truncated: z.boolean().meta({ description: `More than ${MAX_NETWORK_NODES} actors were reached.` }),
  })
  .meta({
    id: 'Network',
    title: 'Actor network',
    description: 'Actors within `depth` links of an actor (depth 0), and every link among them.',
  });
export type Network = z.infer<typeof Network>;

const optional = <T>(key: string, value: T | undefined) => (value === undefined ? {} : { [key]: value });

/** Every link of `actorId`, both ways: its relations, memberships and designations, and those of others to it. */
function edgesOf(graph: ContentGraph, actorId: string): NetworkEdge[] {
  const actor = graph.actor(actorId);
  if (actor === undefined) return [];
  const { outgoing, incoming } = graph.relationsOf(actorId);
  return [
    ...[
      ...outgoing.map(({ relation }) => ({ source: actorId, relation })),
      ...incoming.map(({ relation, source }) => ({ source: source.id, relation })),
    ].map(({ source, relation }) => ({
      source,
      target: relation.target,
      type: relation.type,
      ...optional('from', relation.from),
      ...optional('to', relation.to),
      ...optional('label', relation.note),
    })),
    ...[
      ...(actor.memberships ?? []).map((membership) => ({ member: actorId, membership })),
      ...graph.membersOf(actorId).map(({ actor: member, membership }) => ({ member: member.id, membership })),
    ].map(({ member, membership }) => ({
      source: member,
      target: membership.organization,
      type: 'member-of' as const,
      ...optional('from', membership.from),
      ...optional('to', membership.to),
      ...optional('label', membership.role),
    })),
    ...[
      ...(actor.designations ?? []).map((designation) => ({ designated: actorId, designation })),
      ...graph
        .designationsBy(actorId)
        .map(({ actor: designated, designation }) => ({ designated: designated.id, designation })),
    ].map(({ designated, designation }) => ({
      source: designation.by,
      target: designated,
      type: 'designated' as const,
      ...optional('from', designation.date),
      ...optional('to', designation.until),
      label: designation.list,
    })),
  ];
}

/**
 * The actors within `depth` links of `rootId` (breadth first) and every link among them, each once.
 * Links to ids that name no actor are left out.
 */
export function actorNetwork(graph: ContentGraph, rootId: string, depth: number): Network {
  const depths = new Map<string, number>([[rootId, 0]]);
  const edges = new Map<string, NetworkEdge>();
  let frontier = [rootId];
  let truncated = false;
  for (let level = 1; level <= depth && frontier.length > 0; level++) {
    const next: string[] = [];
    for (const id of frontier) {
      for (const edge of edgesOf(graph, id)) {
        const other = edge.source === id ? edge.target : edge.source;
        if (depths.has(other) || graph.actor(other) === undefined) continue;
        if (depths.size >= MAX_NETWORK_NODES) {
          truncated = true;
          continue;
        }
        depths.set(other, level);
        next.push(other);
      }
    }
    frontier = next;
  }
  for (const id of depths.keys()) {
    for (const edge of edgesOf(graph, id)) {
      if (!depths.has(edge.source) || !depths.has(edge.target)) continue;
      edges.set(JSON.stringify([edge.source, edge.target, edge.type, edge.from ?? '', edge.to ?? '']), edge);
    }
  }
  const nodes = [...depths].map(([id, nodeDepth]) => {
    const actor = graph.actor(id)!;
    return { id, kind: actor.kind, name: actor.name, depth: nodeDepth };
  });
  return { nodes, edges: [...edges.values()], truncated };
}
