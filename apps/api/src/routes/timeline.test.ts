import { describe, expect, it } from 'vitest';
import { expectBadParameter, get, PUBLIC_ARTICLE, previewHeaders, serveFixture } from '../../test/fixture.js';

const served = serveFixture();

type Entry = { kind: string; id: string; day?: string };

describe('GET /v1/timeline', () => {
  it('merges events and public articles by day, oldest first', async () => {
    const { status, body } = await get(served.app, '/v1/timeline?limit=200');
    expect(status).toBe(200);
    expect(body.total).toBe(served.fixture.content.graph.count('event') + 1);
    const days = body.data.map((entry: Entry) => entry.day ?? '');
    expect(days).toEqual([...days].sort());
    const article = body.data.find((entry: Entry) => entry.kind === 'article');
    expect(article).toMatchObject({ id: PUBLIC_ARTICLE, day: '2024-01-10', lang: 'ar' });
    const index = body.data.indexOf(article);
    expect(body.data[index - 1].id).toBe('bilateral-committee-announced'); // 2024-01-05
  });

  it('filters by actor, place, period and kind, and pages', async () => {
    const nujaba = (await get(served.app, '/v1/timeline?actor=harakat-al-nujaba&limit=200')).body
      .data as Entry[];
    expect(nujaba.map((entry) => entry.id)).toEqual(
      expect.arrayContaining(['attacks-on-coalition-bases', 'brigade-12-strike', PUBLIC_ARTICLE]),
    );
    const anbar = (await get(served.app, '/v1/timeline?place=anbar')).body.data as Entry[];
    expect(anbar.filter((entry) => entry.kind === 'event').map((entry) => entry.id)).toEqual([
      'ain-al-asad-drone-attack',
    ]);
    const january = (await get(served.app, '/v1/timeline?from=2024-01-05&to=2024-01-31&kind=article,event'))
      .body;
    expect(january.data.map((entry: Entry) => entry.id)).toEqual(
      expect.arrayContaining(['bilateral-committee-announced', PUBLIC_ARTICLE]),
    );
    const articles = (await get(served.app, '/v1/timeline?kind=article', previewHeaders)).body
      .data as Entry[];
    expect(articles.map((entry) => entry.id)).toEqual([
      PUBLIC_ARTICLE,
      'nujaba-strike-embargoed',
      'erbil-future-piece',
    ]);
    const page = await get(served.app, '/v1/timeline?limit=5');
    const rest = await get(served.app, `/v1/timeline?limit=200&cursor=${page.body.next}`);
    expect(page.body.data.length + rest.body.data.length).toBe(page.body.total);
    expect(page.headers.get('Link')).toContain('rel="next"');
  });

  it.each([
    ['/v1/timeline?kind=tweet', 'kind'],
    ['/v1/timeline?from=yesterday', 'from'],
    ['/v1/timeline?actor=A', 'actor'],
    ['/v1/timeline?type=event', 'type'],
  ])('%s is a 400 naming %s', (url, parameter) => expectBadParameter(served.app, url, parameter));
});
