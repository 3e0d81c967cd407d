import type { ActorEntry } from '@marsad/content';
import type { ActorKind } from '@marsad/schema';
import {
  forceCenter,
  forceCollide,
  forceLink,
  forceManyBody,
  forceSimulation,
  type SimulationNodeDatum,
} from 'd3-force';
import { perSite } from './build-cache.js';
import type { SiteContent } from './content.js';

/** An actor in the network, placed. */
export interface NetworkNode {
  id: string;
  kind: ActorKind;
  x: number;
  y: number;
  /** Relations and memberships it takes part in, either way. */
  degree: number;
}

/** A tie between two actors: a relation (`part-of`, `allied-with`…) or a membership. */
export interface NetworkEdge {
  source: string;
  target: string;
  type: string;
}

/** The actor graph, laid out in a box of `width` × `height`. */
export interface NetworkLayout {
  width: number;
  height: number;
  nodes: NetworkNode[];
  edges: NetworkEdge[];
}

type SimNode = SimulationNodeDatum & { id: string; kind: ActorKind; degree: number };

/** Every relation and membership between actors, each tie once per type and direction. */
export function networkEdges(actors: readonly ActorEntry[], has: (id: string) => boolean): NetworkEdge[] {
  const seen = new Set<string>();
  const edges: NetworkEdge[] = [];
  const add = (source: string, target: string, type: string) => {
    const key = `${source}\u0000${target}\u0000${type}`;
    if (source === target || seen.has(key) || !has(target)) return;
    seen.add(key);
    edges.push({ source, target, type });
  };
  for (const actor of actors) {
    for (const relation of actor.relations ?? []) add(actor.id, relation.target, relation.type);
    for (const membership of actor.memberships ?? []) add(actor.id, membership.organization, 'member-of');
  }
  return edges;
}

/**
 * Lays out the actors that have ties (relations or memberships) with a force simulation run to rest
 * at build time, so the page is a static SVG. d3-force starts nodes on a fixed spiral and draws its
 * jitter from a seeded source, so the same content gives the same picture.
 */
export function networkLayout(site: SiteContent, size = { width: 960, height: 720 }): NetworkLayout {
  // Both languages' pages draw the same picture: the simulation runs once per build.
  return layouts(site, `${size.width}x${size.height}`, () => simulate(site, size));
}

const layouts = perSite<NetworkLayout>();

function simulate(site: SiteContent, size: { width: number; height: number }): NetworkLayout {
  const actors = site.actors();
  const edges = networkEdges(actors, (id) => site.actor(id) !== undefined);
  const degree = new Map<string, number>();
  for (const edge of edges) {
    degree.set(edge.source, (degree.get(edge.source) ?? 0) + 1);
    degree.set(edge.target, (degree.get(edge.target) ?? 0) + 1);
  }
  const nodes: SimNode[] = actors
    .filter((actor) => degree.has(actor.id))
    .map((actor) => ({ id: actor.id, kind: actor.kind, degree: degree.get(actor.id)! }));
  const links = edges.map((edge) => ({ source: edge.source, target: edge.target }));
  const simulation = forceSimulation(nodes)
    .force(
      'link',
      forceLink<SimNode, { source: string; target: string }>(links)
        .id((node) => node.id)
        .distance(70),
    )
    .force('charge', forceManyBody().strength(-160))
    .force('collide', forceCollide(18))
    .force('center', forceCenter(0, 0))
    .stop();
  simulation.tick(300);
  // Fit the resting positions into the box, keeping a margin for labels.
  const xs = nodes.map((node) => node.x ?? 0);
  const ys = nodes.map((node) => node.y ?? 0);
  const [minX, maxX, minY, maxY] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const margin = 60;
  const scale = Math.min(
    (size.width - 2 * margin) / Math.max(1, maxX - minX),
    (size.height - 2 * margin) / Math.max(1, maxY - minY),
  );
  // Centred in the box along the axis with room to spare.
  const offsetX = (size.width - (maxX - minX) * scale) / 2;
  const offsetY = (size.height - (maxY - minY) * scale) / 2;
  const round = (value: number) => Math.round(value * 10) / 10;
  return {
    ...size,
    edges,
    nodes: nodes.map((node) => ({
      id: node.id,
      kind: node.kind,
      degree: node.degree,
      x: round(offsetX + ((node.x ?? 0) - minX) * scale),
      y: round(offsetY + ((node.y ?? 0) - minY) * scale),
    })),
  };
}
