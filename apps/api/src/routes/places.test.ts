import { describe, expect, it } from 'vitest';
import { expectBadParameter, get, type Item, ids, serveFixture } from '../../test/fixture.js';

const served = serveFixture();

describe('GET /v1/places', () => {
  it('lists places in id order, filtered by kind, by the place they lie within and by name', async () => {
    const all = await get(served.app, '/v1/places?limit=200');
    expect(all.body.total).toBe(served.fixture.content.graph.count('place'));
    expect(ids(all.body)).toEqual([...ids(all.body)].sort());
    expect(ids((await get(served.app, '/v1/places?kind=country')).body)).toEqual(['iraq', 'syria']);
    const inKurdistan = ids((await get(served.app, '/v1/places?within=kurdistan-region')).body);
    expect(inKurdistan).toEqual(expect.arrayContaining(['erbil', 'erbil-governorate', 'erbil-air-base']));
    expect(inKurdistan).not.toContain('kurdistan-region');
    expect(inKurdistan).not.toContain('baghdad');
    expect(ids((await get(served.app, `/v1/places?q=${encodeURIComponent('عين الاسد')}`)).body)).toEqual([
      'ain-al-asad',
    ]);
  });

  it('counts kinds, trims fields and pages', async () => {
    const { body } = await get(served.app, '/v1/places?facets=kind&fields=kind&limit=3');
    expect(body.data).toHaveLength(3);
    for (const item of body.data) expect(Object.keys(item).sort()).toEqual(['id', 'kind']);
    const countries = body.facets.kind.find((facet: { value: string }) => facet.value === 'country');
    expect(countries.count).toBe(2);
    const next = await get(served.app, `/v1/places?limit=3&cursor=${body.next}`);
    expect(ids(next.body)[0]! > ids(body).at(-1)!).toBe(true);
  });

  it.each([
    ['/v1/places?kind=planet', 'kind'],
    ['/v1/places?within=Iraq', 'within'],
    ['/v1/places?near=iraq', 'near'],
  ])('%s is a 400 naming %s', (url, parameter) => expectBadParameter(served.app, url, parameter));
});

describe('GET /v1/places/{id}', () => {
  it('gives the place, where it lies, what it contains, events inside it and articles about it', async () => {
    const { status, body } = await get(served.app, '/v1/places/anbar');
    expect(status).toBe(200);
    expect(body.data).toMatchObject({ id: 'anbar', kind: 'province', within: 'iraq' });
    expect(body.within).toEqual(['iraq']);
    expect(body.contains).toEqual(['ain-al-asad']);
    expect(body.events).toEqual({ total: 1, ids: ['ain-al-asad-drone-attack'] });
    expect(body.refs.places['ain-al-asad'].coordinates).toHaveLength(2);
    expect(body.refs.events['ain-al-asad-drone-attack'].type).toBe('remote-violence');
    const erbil = (await get(served.app, '/v1/places/erbil-air-base')).body;
    expect(erbil.within).toEqual(['erbil', 'erbil-governorate', 'kurdistan-region', 'iraq']);
    const iraq = (await get(served.app, '/v1/places/iraq')).body;
    expect(iraq.events.total).toBe((await get(served.app, '/v1/events?place=iraq')).body.total);
    expect(iraq.articles.items.map((article: Item) => article.id)).toEqual(['coalition-withdrawal']);
  });

  it('is a 404 for an unknown place and a 400 for an invalid id', async () => {
    expect((await get(served.app, '/v1/places/atlantis')).status).toBe(404);
    expect((await get(served.app, '/v1/places/-iraq')).body.parameter).toBe('id');
  });
});
