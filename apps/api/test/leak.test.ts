import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiData } from '../src/data.js';
import {
  createFixture,
  type Fixture,
  get,
  HIDDEN,
  NOW,
  PUBLIC_ARTICLE,
  previewHeaders,
  testApp,
} from './fixture.js';

let fixture: Fixture;
beforeAll(async () => {
  fixture = await createFixture();
});
afterAll(() => fixture.cleanup());

const hiddenIds = HIDDEN.map((article) => article.id);
const secrets = HIDDEN.flatMap((article) => [article.id, ...article.words]);

/** Every endpoint, with the filters that would reach a hidden article if anything let it through. */
const urls = [
  '/healthz',
  '/v1/articles',
  '/v1/articles?facets=type,year,lang,tag,author',
  '/v1/articles?lang=en',
  '/v1/articles?fields=id,title,tags',
  ...['embargoed-topic', 'review-topic', 'future-topic'].map((tag) => `/v1/articles?tag=${tag}`),
  '/v1/articles?actor=harakat-al-nujaba',
  '/v1/articles?actor=us-armed-forces',
  '/v1/articles?event=brigade-12-strike',
  '/v1/articles?event=attacks-on-coalition-bases',
  ...['anbar', 'iraq', 'erbil', 'baghdad'].map((place) => `/v1/articles?place=${place}`),
  '/v1/articles?author=security-studies-unit',
  '/v1/articles?type=brief',
  '/v1/articles?type=commentary',
  '/v1/articles?from=2025',
  ...hiddenIds.flatMap((id) => [
    `/v1/articles/${id}`,
    `/v1/articles/${id}?lang=en`,
    `/v1/articles/${id}?lang=ar`,
  ]),
  ...['harakat-al-nujaba', 'us-armed-forces', 'kataib-hezbollah', 'popular-mobilization-forces'].flatMap(
    (id) => [
      `/v1/actors/${id}`,
      `/v1/actors/${id}/articles`,
      `/v1/actors/${id}/events`,
      `/v1/actors/${id}/network?depth=2`,
    ],
  ),
  '/v1/actors?facets=kind',
  '/v1/events?facets=type,subtype,year,actor,place',
  '/v1/events/brigade-12-strike',
  '/v1/events/attacks-on-coalition-bases',
  '/v1/events.csv',
  '/v1/events.geojson',
  ...['anbar', 'erbil', 'iraq', 'baghdad', 'ain-al-asad'].map((place) => `/v1/places/${place}`),
  '/v1/places?facets=kind',
  '/v1/timeline?limit=200',
  '/v1/timeline?place=anbar',
  '/v1/timeline?place=erbil',
  '/v1/timeline?actor=harakat-al-nujaba',
  '/v1/timeline?kind=article&from=2025',
  ...secrets.map((word) => `/v1/search?q=${encodeURIComponent(word)}`),
  '/v1/search?q=Nujaba',
  '/v1/search?q=Anbar',
  '/v1/search?q=Erbil&type=article',
];

const sources: [string, (fixture: Fixture) => ApiData][] = [
  ['a content folder', (f) => f.content],
  ['a bundle', (f) => f.bundle],
];

describe.each(sources)('anonymous requests to an API serving %s', (_name, dataOf) => {
  it('the fixture holds the hidden articles and no errors', () => {
    expect(fixture.errors).toEqual([]);
    const graph = dataOf(fixture).previewGraph!;
    for (const id of hiddenIds) expect(graph.article(id), id).toBeDefined();
  });

  it.each(urls)('%s names no hidden article', async (url) => {
    const response = await get(testApp(dataOf(fixture)), url);
    expect([200, 404, 503]).toContain(response.status);
    // A 404 for a hidden article repeats the id it was asked for, as for any id; nothing else may show.
    const asked = /^\/v1\/articles\/([a-z0-9-]+)/.exec(url)?.[1];
    for (const secret of secrets) if (secret !== asked) expect(response.text).not.toContain(secret);
  });

  it('answers a hidden article exactly like one that does not exist', async () => {
    const app = testApp(dataOf(fixture));
    const missing = await get(app, '/v1/articles/no-such-article');
    for (const id of hiddenIds) {
      const hidden = await get(app, `/v1/articles/${id}`);
      expect(hidden.status).toBe(404);
      expect(hidden.body.detail).toBe(missing.body.detail.replace('no-such-article', id));
      expect([...hidden.headers.keys()].sort()).toEqual([...missing.headers.keys()].sort());
    }
  });

  it('counts only the public article in totals, facets and the health report', async () => {
    const app = testApp(dataOf(fixture));
    const list = await get(app, '/v1/articles?facets=type,year,lang,tag,author');
    expect(list.body.total).toBe(1);
    expect(list.body.data.map((article: { id: string }) => article.id)).toEqual([PUBLIC_ARTICLE]);
    for (const values of Object.values(list.body.facets) as { count: number }[][]) {
      for (const value of values) expect(value.count).toBe(1);
    }
    expect((await get(app, '/healthz')).body.counts.articles).toBe(1);
    const timeline = await get(app, '/v1/timeline?kind=article');
    expect(timeline.body.total).toBe(1);
  });

  it('shows every hidden article to a request with the preview token, and none with a wrong one', async () => {
    const app = testApp(dataOf(fixture));
    const list = await get(app, '/v1/articles?limit=200', previewHeaders);
    expect(list.status).toBe(200);
    expect(list.headers.get('Cache-Control')).toBe('private, no-store');
    expect(list.body.data.map((article: { id: string }) => article.id).sort()).toEqual(
      [PUBLIC_ARTICLE, ...hiddenIds].sort(),
    );
    for (const id of hiddenIds)
      expect((await get(app, `/v1/articles/${id}`, previewHeaders)).status).toBe(200);
    const wrong = await get(app, '/v1/articles', { Authorization: 'Bearer not-the-token-at-all' });
    expect(wrong.status).toBe(401);
    for (const secret of secrets) expect(wrong.text).not.toContain(secret);
  });
});

describe('publicity is decided when the request is served', () => {
  it('shows an embargoed article from a content folder once its embargo has passed', async () => {
    const before = await get(testApp(fixture.content), '/v1/articles/nujaba-strike-embargoed');
    const after = await get(
      testApp(fixture.content, { now: () => new Date('2025-12-02T00:00:00Z') }),
      '/v1/articles/nujaba-strike-embargoed',
    );
    expect(before.status).toBe(404);
    expect(after.status).toBe(200);
    expect(after.body.data.title).toContain('zanzibarquill');
    expect(NOW.getTime()).toBeLessThan(Date.parse('2025-12-01T06:00:00Z'));
  });
});
