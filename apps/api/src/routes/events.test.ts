import { ACLED_COLUMNS } from '@marsad/content';
import { describe, expect, it } from 'vitest';
import { get, type Item, ids, serveFixture } from '../../test/fixture.js';

const served = serveFixture();

/** Parses RFC 4180 CSV text (quoted fields with commas, quotes and line breaks). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let index = 0; index < text.length; index++) {
    const char = text[index]!;
    if (quoted) {
      if (char === '"' && text[index + 1] === '"') {
        field += '"';
        index++;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      row.push(field);
      field = '';
    } else if (char === '\r' && text[index + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      index++;
    } else field += char;
  }
  return rows;
}

describe('GET /v1/events', () => {
  it('lists every event in date order by earliest possible day', async () => {
    const { status, body } = await get(served.app, '/v1/events?limit=200');
    expect(status).toBe(200);
    expect(body.total).toBe(served.fixture.content.graph.count('event'));
    expect(body.next).toBeNull();
    expect(ids(body)[0]).toBe('baghdad-airport-strike');
    const days = body.data.map((event: { date: string }) => event.date.slice(0, 10));
    expect(days).toEqual([...days].sort());
  });

  it('pages with a keyset cursor and a Link header until every event is read once', async () => {
    const seen: string[] = [];
    let url = '/v1/events?limit=4';
    for (let pages = 0; pages < 10; pages++) {
      const { body, headers } = await get(served.app, url);
      seen.push(...ids(body));
      if (body.next === null) {
        expect(headers.get('Link')).toBeNull();
        break;
      }
      const link = /^<([^>]+)>; rel="next"$/.exec(headers.get('Link') ?? '');
      expect(link?.[1]).toContain(`cursor=${body.next}`);
      url = link![1]!;
    }
    const all = ids((await get(served.app, '/v1/events?limit=200')).body);
    expect(seen).toEqual(all);
  });

  it('compares from and to with the EDTF bounds of each date', async () => {
    const from2024 = ids((await get(served.app, '/v1/events?from=2024&limit=200')).body);
    expect(from2024).toContain('attacks-on-coalition-bases'); // 2023-10-17/2024-01 reaches into 2024
    expect(from2024).toContain('brigade-12-strike');
    expect(from2024).not.toContain('sudani-no-foreign-forces-statement');
    const until = ids((await get(served.app, '/v1/events?from=2023-10&to=2023-10-18&limit=200')).body);
    expect(until).toEqual(
      expect.arrayContaining([
        'attacks-on-coalition-bases',
        'ain-al-asad-drone-attack',
        'harir-drone-attack',
      ]),
    );
    expect(until).not.toContain('brigade-12-strike');
    expect(until).not.toContain('erbil-air-base-drone-attack');
  });

  it('filters by type, sub-type, actor and role, place (with the places inside it), campaign and response', async () => {
    const political = (await get(served.app, '/v1/events?type=political&limit=200')).body.data as {
      type: string;
    }[];
    expect(political.length).toBeGreaterThan(0);
    expect(political.every((event) => event.type === 'political')).toBe(true);
    const strikes = ids((await get(served.app, '/v1/events?subtype=air-or-drone-strike&limit=200')).body);
    expect(strikes).toEqual(expect.arrayContaining(['baghdad-airport-strike', 'brigade-12-strike']));
    const perpetrated = ids(
      (await get(served.app, '/v1/events?actor=harakat-al-nujaba&role=perpetrator')).body,
    );
    expect(perpetrated).toContain('attacks-on-coalition-bases');
    expect(perpetrated).not.toContain('brigade-12-strike'); // Nujaba is the target there
    expect(ids((await get(served.app, '/v1/events?actor=harakat-al-nujaba&role=target')).body)).toContain(
      'brigade-12-strike',
    );
    expect(ids((await get(served.app, '/v1/events?place=anbar')).body)).toEqual(['ain-al-asad-drone-attack']);
    expect(ids((await get(served.app, '/v1/events?place=iraq&limit=200')).body)).toEqual(
      expect.arrayContaining(['baghdad-airport-strike', 'ain-al-asad-drone-attack', 'brigade-12-strike']),
    );
    expect(ids((await get(served.app, '/v1/events?partOf=attacks-on-coalition-bases')).body).sort()).toEqual(
      served.fixture.content.graph
        .partsOf('attacks-on-coalition-bases')
        .map((event) => event.id)
        .sort(),
    );
    expect(ids((await get(served.app, '/v1/events?respondsTo=brigade-12-strike')).body)).toEqual([
      'bilateral-committee-announced',
    ]);
    expect((await get(served.app, '/v1/events?actor=no-such-actor')).body.total).toBe(0);
  });

  it('filters by bounding box and by fatalities', async () => {
    const baghdad = ids((await get(served.app, '/v1/events?bbox=44.0,33.0,44.6,33.6&limit=200')).body);
    expect(baghdad).toEqual(expect.arrayContaining(['baghdad-airport-strike', 'brigade-12-strike']));
    expect(baghdad).not.toContain('ain-al-asad-drone-attack');
    const deadly = (await get(served.app, '/v1/events?minFatalities=5&limit=200')).body.data as {
      id: string;
      fatalities?: { best: number };
    }[];
    expect(deadly.map((event) => event.id)).toContain('baghdad-airport-strike');
    expect(deadly.every((event) => (event.fatalities?.best ?? 0) >= 5)).toBe(true);
  });

  it('counts facets over the whole filtered list, not the page', async () => {
    const all = (await get(served.app, '/v1/events?limit=200')).body.data as {
      type: string;
      participants?: { actor: string }[];
    }[];
    const { body } = await get(served.app, '/v1/events?limit=1&facets=type,year,actor');
    expect(body.data).toHaveLength(1);
    const expectedTypes = new Map<string, number>();
    for (const event of all) expectedTypes.set(event.type, (expectedTypes.get(event.type) ?? 0) + 1);
    expect(
      Object.fromEntries(body.facets.type.map((f: { value: string; count: number }) => [f.value, f.count])),
    ).toEqual(Object.fromEntries(expectedTypes));
    const counts = body.facets.type.map((f: { count: number }) => f.count);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    const nujaba = body.facets.actor.find((f: { value: string }) => f.value === 'harakat-al-nujaba');
    expect(nujaba.count).toBe(
      all.filter((event) => event.participants?.some((p) => p.actor === 'harakat-al-nujaba')).length,
    );
    expect(body.facets.year.map((f: { value: string }) => f.value).sort()).toEqual(['2020', '2023', '2024']);
  });

  it('trims items to the fields asked for, keeping the id', async () => {
    const { body } = await get(served.app, '/v1/events?fields=date,type&limit=3');
    for (const item of body.data) expect(Object.keys(item).sort()).toEqual(['date', 'id', 'type']);
  });

  it.each([
    ['/v1/events?limit=0', 'limit'],
    ['/v1/events?limit=201', 'limit'],
    ['/v1/events?limit=ten', 'limit'],
    ['/v1/events?cursor=bm90LWEtY3Vyc29y', 'cursor'],
    ['/v1/events?cursor=%%%', 'cursor'],
    ['/v1/events?from=2024-02-30', 'from'],
    ['/v1/events?to=24', 'to'],
    ['/v1/events?type=war', 'type'],
    ['/v1/events?type=battle&subtype=statement', 'subtype'],
    ['/v1/events?actor=Al_Sudani', 'actor'],
    ['/v1/events?role=boss', 'role'],
    ['/v1/events?bbox=1,2,3', 'bbox'],
    ['/v1/events?bbox=50,10,40,20', 'bbox'],
    ['/v1/events?bbox=10,-95,20,0', 'bbox'],
    ['/v1/events?minFatalities=-1', 'minFatalities'],
    ['/v1/events?facets=type,colour', 'facets'],
    ['/v1/events?fields=id,secret', 'fields'],
    ['/v1/events?sort=date', 'sort'],
    ['/v1/events?limit=1&limit=2', 'limit'],
  ])('%s is a 400 problem naming %s', async (url, parameter) => {
    const { status, headers, body } = await get(served.app, url);
    expect(status).toBe(400);
    expect(headers.get('Content-Type')).toBe('application/problem+json');
    expect(body.parameter).toBe(parameter);
    expect(body.errors[0].parameter).toBe(parameter);
    expect(body.detail).toContain(parameter);
  });

  it('names the accepted parameters when one is unknown', async () => {
    const { body } = await get(served.app, '/v1/events?sort=date');
    expect(body.type).toBe('urn:marsad:problem:unknown-parameter');
    expect(body.detail).toContain('it takes from, to, type');
  });
});

describe('GET /v1/events.csv', () => {
  it('gives ACLED columns with ACLED labels, names resolved, coordinates and fatalities', async () => {
    const { status, headers, text } = await get(served.app, '/v1/events.csv?limit=5000');
    expect(status).toBe(200);
    expect(headers.get('Content-Type')).toBe('text/csv; charset=utf-8');
    const [header, ...rows] = parseCsv(text);
    expect(header).toEqual([...ACLED_COLUMNS]);
    expect(rows).toHaveLength(served.fixture.content.graph.count('event'));
    const row = Object.fromEntries(header!.map((column, index) => [column, rows[0]![index]]));
    expect(row).toMatchObject({
      event_id_cnty: 'baghdad-airport-strike',
      event_date: '2020-01-03',
      year: '2020',
      time_precision: '1',
      event_type: 'Explosions/Remote violence',
      sub_event_type: 'Air/drone strike',
      actor1: 'United States Armed Forces',
      actor2: 'Qasem Soleimani',
      country: 'Iraq',
      latitude: '33.2625',
      longitude: '44.2346',
      geo_precision: '1',
      fatalities: '10',
      marsad_type: 'remote-violence',
    });
    const campaign = rows.find((cells) => cells[0] === 'attacks-on-coalition-bases')!;
    expect(campaign[header!.indexOf('time_precision')]).toBe('3');
    const vote = rows.find((cells) => cells[0] === 'parliament-vote-foreign-forces')!;
    expect([vote[header!.indexOf('event_type')], vote[header!.indexOf('sub_event_type')]]).toEqual([
      'Strategic developments',
      'Other',
    ]);
  });

  it('takes the list filters and pages through the Link header', async () => {
    const { text, headers } = await get(served.app, '/v1/events.csv?place=anbar');
    expect(
      parseCsv(text)
        .slice(1)
        .map((cells) => cells[0]),
    ).toEqual(['ain-al-asad-drone-attack']);
    expect(headers.get('Link')).toBeNull();
    const first = await get(served.app, '/v1/events.csv?limit=2');
    expect(parseCsv(first.text)).toHaveLength(3);
    expect(first.headers.get('Link')).toMatch(/^<\/v1\/events\.csv\?limit=2&cursor=[\w-]+>; rel="next"$/);
    expect((await get(served.app, '/v1/events.csv?limit=5001')).status).toBe(400);
  });
});

describe('GET /v1/events.geojson', () => {
  it('gives the located events as GeoJSON points', async () => {
    const { status, headers, body } = await get(served.app, '/v1/events.geojson?limit=5000');
    expect(status).toBe(200);
    expect(headers.get('Content-Type')).toBe('application/geo+json');
    expect(body.type).toBe('FeatureCollection');
    expect(body.total).toBe(body.features.length);
    const airport = body.features.find((feature: { id: string }) => feature.id === 'baghdad-airport-strike');
    expect(airport.geometry).toEqual({ type: 'Point', coordinates: [44.2346, 33.2625] });
    expect(airport.properties).toMatchObject({ type: 'remote-violence', place: 'baghdad-airport' });
    for (const feature of body.features) {
      const [lon, lat] = feature.geometry.coordinates;
      expect(Math.abs(lon)).toBeLessThanOrEqual(180);
      expect(Math.abs(lat)).toBeLessThanOrEqual(90);
    }
  });
});

describe('GET /v1/events/{id}', () => {
  it('gives the event, its related events and articles, and the names it refers to', async () => {
    const { status, body } = await get(served.app, '/v1/events/attacks-on-coalition-bases');
    expect(status).toBe(200);
    expect(body.data.id).toBe('attacks-on-coalition-bases');
    expect(body.parts.total).toBe(3);
    expect(body.parts.ids).toEqual([
      'ain-al-asad-drone-attack',
      'harir-drone-attack',
      'erbil-air-base-drone-attack',
    ]);
    expect(body.responses.ids).toEqual(
      expect.arrayContaining(['brigade-12-strike', 'bilateral-committee-announced']),
    );
    expect(body.articles.items.map((article: Item) => article.id)).toEqual(['coalition-withdrawal']);
    expect(body.refs.actors['kataib-hezbollah'].name.en).toBe('Kataib Hezbollah');
    expect(body.refs.places.iraq.kind).toBe('country');
    expect(body.refs.events['brigade-12-strike'].date).toBe('2024-01-04');
  });

  it('is a 404 problem for an unknown id and a 400 for an invalid one', async () => {
    const missing = await get(served.app, '/v1/events/no-such-event');
    expect(missing.status).toBe(404);
    expect(missing.body.detail).toContain('no-such-event');
    const invalid = await get(served.app, '/v1/events/Not_An_Id');
    expect(invalid.status).toBe(400);
    expect(invalid.body).toMatchObject({ parameter: 'id', errors: [{ in: 'path' }] });
    expect((await get(served.app, '/v1/events/brigade-12-strike?lang=en')).body.parameter).toBe('lang');
  });
});
