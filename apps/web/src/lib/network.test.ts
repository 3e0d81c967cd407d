import { beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../test/content-fixture.js';
import { loadSiteContent, type SiteContent } from './content.js';
import { networkEdges, networkLayout } from './network.js';

let site: SiteContent;
beforeAll(async () => {
  site = await loadSiteContent({ root: REPO_ROOT });
});

describe('networkEdges', () => {
  it('takes relations and memberships, each once, to actors that exist', () => {
    const edges = networkEdges(site.actors(), (id) => site.actor(id) !== undefined);
    expect(edges).toContainEqual({
      source: 'harakat-al-nujaba',
      target: 'popular-mobilization-forces',
      type: 'part-of',
    });
    expect(edges).toContainEqual({
      source: 'abu-mahdi-al-muhandis',
      target: 'kataib-hezbollah',
      type: 'member-of',
    });
    const keys = edges.map((edge) => `${edge.source}>${edge.target}>${edge.type}`);
    expect(new Set(keys).size).toBe(keys.length);
  });
});

describe('networkLayout', () => {
  it('places every tied actor inside the box, the same way every build', () => {
    const layout = networkLayout(site, { width: 800, height: 600 });
    const ids = new Set(layout.nodes.map((node) => node.id));
    for (const edge of layout.edges) {
      expect(ids.has(edge.source)).toBe(true);
      expect(ids.has(edge.target)).toBe(true);
    }
    for (const node of layout.nodes) {
      expect(node.x).toBeGreaterThanOrEqual(0);
      expect(node.x).toBeLessThanOrEqual(800);
      expect(node.y).toBeGreaterThanOrEqual(0);
      expect(node.y).toBeLessThanOrEqual(600);
    }
    expect(networkLayout(site, { width: 800, height: 600 })).toEqual(layout);
  });
});
