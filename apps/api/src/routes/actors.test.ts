import { describe, expect, it } from 'vitest';
import { expectBadParameter, get, type Item, ids, serveFixture } from '../../test/fixture.js';

const served = serveFixture();

describe('GET /v1/actors', () => {
  it('lists actors in id order, paged', async () => {
    const first = await get(served.app, '/v1/actors?limit=5');
    expect(first.status).toBe(200);
    expect(first.body.total).toBe(served.fixture.content.graph.count('actor'));
    const second = await get(served.app, `/v1/actors?limit=5&cursor=${first.body.next}`);
    const both = [...ids(first.body), ...ids(second.body)];
    expect(both).toEqual([...both].sort());
    expect(new Set(both).size).toBe(10);
  });

  it('filters by kind and by name, alias or id, Arabic-normalised', async () => {
    const persons = (await get(served.app, '/v1/actors?kind=person&limit=200')).body.data as {
      kind: string;
    }[];
    expect(persons.length).toBeGreaterThan(0);
    expect(persons.every((actor) => actor.kind === 'person')).toBe(true);
    expect(ids((await get(served.app, `/v1/actors?q=${encodeURIComponent('المهندس')}`)).body)).toContain(
      'abu-mahdi-al-muhandis',
    );
    // Written without the hamza of الأمريكية: the fold still finds the US forces.
    expect(ids((await get(served.app, `/v1/actors?q=${encodeURIComponent('الامريكيه')}`)).body)).toContain(
      'us-armed-forces',
    );
    expect(ids((await get(served.app, '/v1/actors?q=SUDANI')).body)).toEqual(['al-sudani']);
  });

  it('counts kinds and trims fields', async () => {
    const { body } = await get(served.app, '/v1/actors?facets=kind&fields=name&limit=2');
    const total = body.facets.kind.reduce((sum: number, facet: { count: number }) => sum + facet.count, 0);
    expect(total).toBe(body.total);
    for (const item of body.data) expect(Object.keys(item).sort()).toEqual(['id', 'name']);
  });

  it.each([
    ['/v1/actors?kind=wizard', 'kind'],
    [`/v1/actors?q=${'a'.repeat(201)}`, 'q'],
    ['/v1/actors?q=', 'q'],
    ['/v1/actors?facets=type', 'facets'],
    ['/v1/actors?cursor=WzEsMl0', 'cursor'],
    ['/v1/actors?name=x', 'name'],
  ])('%s is a 400 naming %s', (url, parameter) => expectBadParameter(served.app, url, parameter));
});

describe('GET /v1/actors/{id}', () => {
  it('gives memberships, members, relations both ways and designations, with names in refs', async () => {
    const sudani = (await get(served.app, '/v1/actors/al-sudani')).body;
    expect(sudani.data.memberships[0].organization).toBe('iraqi-government');
    expect(sudani.refs.actors['iraqi-government'].name.en).toBe('Government of Iraq');
    expect(sudani.data).not.toHaveProperty('profile');
    expect(sudani.profile.markdown).toContain(':actor[');
    expect(sudani.profile.html).toContain('href="/v1/places/baghdad"');
    expect(sudani.profile.html).not.toContain('<script');

    const government = (await get(served.app, '/v1/actors/iraqi-government')).body;
    expect(government.members.map((member: { actor: string }) => member.actor)).toContain('al-sudani');
    expect(government.refs.actors['al-sudani'].kind).toBe('person');

    const pmf = (await get(served.app, '/v1/actors/popular-mobilization-forces')).body;
    const incoming = pmf.relations.incoming.find(
      (edge: { actor: string }) => edge.actor === 'harakat-al-nujaba',
    );
    expect(incoming.relation).toMatchObject({ type: 'part-of', target: 'popular-mobilization-forces' });
    expect(pmf.refs.actors['harakat-al-nujaba']).toBeDefined();

    const us = (await get(served.app, '/v1/actors/united-states')).body;
    const designated = us.designationsMade.map((made: { actor: string }) => made.actor);
    expect(designated).toEqual(expect.arrayContaining(['harakat-al-nujaba', 'irgc', 'akram-al-kaabi']));
    expect(us.profile).toBeNull();
  });

  it('is a 404 for an unknown actor and a 400 for an invalid id', async () => {
    expect((await get(served.app, '/v1/actors/nobody-here')).status).toBe(404);
    expect((await get(served.app, '/v1/actors/x')).body.parameter).toBe('id');
  });
});

describe('GET /v1/actors/{id}/events', () => {
  it('gives the actor’s events in date order with its roles', async () => {
    const { body } = await get(served.app, '/v1/actors/harakat-al-nujaba/events?limit=200');
    const byId = new Map(
      body.data.map((item: { event: Item; roles: string[] }) => [item.event.id, item.roles]),
    );
    expect(byId.get('brigade-12-strike')).toEqual(['target']);
    expect(byId.get('attacks-on-coalition-bases')).toEqual(['perpetrator']);
    const victims = await get(served.app, '/v1/actors/harakat-al-nujaba/events?role=target&from=2024');
    expect(victims.body.data.map((item: { event: Item }) => item.event.id)).toEqual(['brigade-12-strike']);
  });

  it('is a 404 for an unknown actor and a 400 for a bad role', async () => {
    expect((await get(served.app, '/v1/actors/nobody-here/events')).status).toBe(404);
    expect((await get(served.app, '/v1/actors/al-sudani/events?role=hero')).body.parameter).toBe('role');
  });
});

describe('GET /v1/actors/{id}/articles', () => {
  it('gives the public articles about or mentioning the actor, in the language asked for', async () => {
    const { body } = await get(served.app, '/v1/actors/al-sudani/articles?lang=en');
    expect(ids(body)).toEqual(['coalition-withdrawal']);
    expect(body.data[0].lang).toBe('en');
    expect(body.data[0].title).toMatch(/coalition/i);
    const graph = served.fixture.content.graph;
    const unmentioned = graph
      .all('actor')
      .find((actor) => !graph.referencesTo('actor', actor.id).some((ref) => ref.from.kind === 'article'))!;
    expect((await get(served.app, `/v1/actors/${unmentioned.id}/articles`)).body.total).toBe(0);
  });

  it('is a 404 for an unknown actor', async () => {
    expect((await get(served.app, '/v1/actors/nobody-here/articles')).status).toBe(404);
  });
});

describe('GET /v1/actors/{id}/network', () => {
  it('gives the actors one link away, and more at depth 2, with every link among them', async () => {
    const one = (await get(served.app, '/v1/actors/harakat-al-nujaba/network')).body;
    const near = one.nodes.map((node: { id: string }) => node.id);
    expect(one.nodes[0]).toMatchObject({ id: 'harakat-al-nujaba', depth: 0 });
    expect(near).toEqual(
      expect.arrayContaining(['popular-mobilization-forces', 'united-states', 'abu-taqwa']),
    );
    expect(one.edges).toContainEqual(
      expect.objectContaining({
        source: 'harakat-al-nujaba',
        target: 'popular-mobilization-forces',
        type: 'part-of',
      }),
    );
    expect(one.edges).toContainEqual(
      expect.objectContaining({ source: 'united-states', target: 'harakat-al-nujaba', type: 'designated' }),
    );
    for (const edge of one.edges) {
      expect(near).toContain(edge.source);
      expect(near).toContain(edge.target);
    }
    const two = (await get(served.app, '/v1/actors/harakat-al-nujaba/network?depth=2')).body;
    expect(two.nodes.length).toBeGreaterThan(one.nodes.length);
    expect(two.nodes.every((node: { depth: number }) => node.depth <= 2)).toBe(true);
    expect(two.truncated).toBe(false);
  });

  it('bounds depth to 1..2', async () => {
    expect((await get(served.app, '/v1/actors/al-sudani/network?depth=3')).body.parameter).toBe('depth');
    expect((await get(served.app, '/v1/actors/al-sudani/network?depth=0')).body.parameter).toBe('depth');
    expect((await get(served.app, '/v1/actors/nobody-here/network')).status).toBe(404);
  });
});
