import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFixture, type Fixture, NOW, PUBLIC_ARTICLE } from '../../test/fixture.js';
import { compareKeys } from '../list/sort-key.js';
import { allRanks, eventDays, eventsAt, publicArticles, rankKey } from './graph-index.js';

let fixture: Fixture;
beforeAll(async () => {
  fixture = await createFixture();
});
afterAll(() => fixture.cleanup());

describe('publicArticles', () => {
  const ids = (at: string | Date) =>
    publicArticles(fixture.content.graph, new Date(at)).map((article) => article.id);

  it('follows the clock forwards and backwards across publication times and embargo ends', () => {
    expect(ids(NOW)).toEqual([PUBLIC_ARTICLE]);
    expect(ids('2025-09-01T06:00:00Z')).toEqual(['erbil-future-piece', PUBLIC_ARTICLE]);
    expect(ids('2025-12-01T06:00:00Z')).toEqual([
      'erbil-future-piece',
      'nujaba-strike-embargoed',
      PUBLIC_ARTICLE,
    ]);
    expect(ids(NOW)).toEqual([PUBLIC_ARTICLE]);
    expect(ids('2024-01-10T06:59:59Z')).toEqual([]);
  });

  it('reuses the list while no article changes publicity', () => {
    const graph = fixture.content.graph;
    expect(publicArticles(graph, new Date('2025-06-02T00:00:00Z'))).toBe(publicArticles(graph, NOW));
  });
});

describe('ranks of the graph’s timeline', () => {
  it('read every event, its day bounds and its sort key in date order', () => {
    const graph = fixture.content.graph;
    const index = graph.timeline();
    const events = eventsAt(graph, allRanks(graph));
    expect(events.map((event) => event.id).sort()).toEqual(
      graph
        .all('event')
        .map((event) => event.id)
        .sort(),
    );
    const keys = events.map((_event, rank) => rankKey(index, rank));
    expect(keys).toEqual([...keys].sort(compareKeys));
    for (const kind of ['actor', 'place'] as const) {
      for (const { id } of graph.all(kind)) {
        const ranks = index.ranksOf(kind, id);
        expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
      }
    }
    const nujaba = index.ranksOf('actor', 'harakat-al-nujaba').map((rank) => index.ids[rank]);
    expect(nujaba).toContain('brigade-12-strike');
    events.forEach((event, rank) => {
      expect(index.rankOf(event.id)).toBe(rank);
      expect(eventDays(index, event.id)).toEqual({
        earliest: index.earliest[rank],
        latest: index.latest[rank],
      });
      expect(rankKey(index, rank)).toEqual([index.earliest[rank], index.latest[rank], event.id]);
    });
    expect(index.ranksOf('place', 'anbar')).toEqual([]); // events are at Ain al-Asad, within Anbar
  });
});
