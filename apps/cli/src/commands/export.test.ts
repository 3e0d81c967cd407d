import { mkdir, readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { type LoadedContent, loadContent } from '@marsad/content';
import { toAcled } from '@marsad/schema';
import { check as checkGeojson } from '@placemarkio/check-geojson';
import { parse as parseCsv } from 'csv-parse/sync';
import jsonld from 'jsonld';
import { beforeAll, describe, expect, it } from 'vitest';
import * as z from 'zod';
import { runCaptured } from '../../test/run-captured.js';
import { REPO_ROOT, useSampleCopy } from '../../test/sample-project.js';

const NOW = '2024-06-01T00:00:00Z';
const DRAFT = 'pmf-after-the-coalition';
const BASE = 'https://marsad.example';

const run = (args: string[], cwd = REPO_ROOT) => runCaptured(args, cwd);

/** The sample content, read by the engine directly: what every export is checked against. */
let sample: LoadedContent;
beforeAll(async () => {
  sample = await loadContent(REPO_ROOT);
});

const located = () =>
  sample.graph
    .all('event')
    .filter(
      (event) =>
        event.location &&
        (event.location.coordinates ?? sample.graph.place(event.location.place)?.coordinates),
    );

describe('marsad export --format acled-csv', () => {
  it('writes every event as an RFC 4180 row with ACLED columns, labels and precisions', async () => {
    const { code, stdout, stderr } = await run(['export', '--format', 'acled-csv']);
    expect([code, stderr]).toEqual([0, '']);
    expect(stdout.endsWith('\r\n')).toBe(true);
    const rows: Record<string, string>[] = parseCsv(stdout, { columns: true });
    expect(rows).toHaveLength(sample.graph.count('event'));
    const byId = new Map(rows.map((row) => [row.marsad_id, row]));
    const strike = sample.graph.event('baghdad-airport-strike')!;
    const airport = sample.graph.place(strike.location!.place)!;
    expect(byId.get(strike.id)).toMatchObject({
      event_date: strike.date,
      year: strike.date.slice(0, 4),
      time_precision: '1',
      ...toAcled(strike.type, strike.subtype),
      actor1: sample.graph.actor('us-armed-forces')!.name.en,
      longitude: String(airport.coordinates![0]),
      latitude: String(airport.coordinates![1]),
      geo_precision: '1',
      fatalities: String(strike.fatalities!.best),
    });
    // A campaign over months is known to the month at best; a place given as "near" is ACLED's 2.
    expect(byId.get('attacks-on-coalition-bases')?.time_precision).toBe('3');
    const near = sample.graph.all('event').find((event) => event.location?.precision === 'near')!;
    expect(byId.get(near.id)?.geo_precision).toBe('2');
    // Date order, as the API lists them.
    const days = rows.map((row) => row.event_date!);
    expect(days).toEqual([...days].sort());
  });
});

describe('marsad export --format geojson', () => {
  it('writes the located events as valid GeoJSON points in [lon, lat] order and reports the others', async () => {
    const { code, stdout, stderr } = await run(['export', '--format', 'geojson']);
    expect(code).toBe(0);
    const collection = checkGeojson(stdout);
    if (collection.type !== 'FeatureCollection')
      throw new Error(`a ${collection.type}, not a FeatureCollection`);
    expect(collection.features.map((feature) => feature.id).sort()).toEqual(
      located()
        .map((event) => event.id)
        .sort(),
    );
    const airport = collection.features.find((feature) => feature.id === 'baghdad-airport-strike')!;
    expect(airport.geometry).toEqual({
      type: 'Point',
      coordinates: sample.graph.place('baghdad-airport')!.coordinates,
    });
    const unlocated = sample.graph.count('event') - located().length;
    expect(unlocated).toBeGreaterThan(0);
    expect(stderr).toMatch(new RegExp(`^marsad export: ${unlocated} events have no known point`));
    expect(stderr).toContain('kataib-hezbollah-members-sanctioned');
  });
});

/** Popolo's shapes (http://www.popoloproject.com/specs/): no npm package ships its JSON Schemas. */
const popoloDate = z.string().regex(/^\d{4}(-\d{2}){0,2}$/);
const otherName = z.strictObject({
  name: z.string().min(1),
  note: z.string().optional(),
  start_date: popoloDate.optional(),
  end_date: popoloDate.optional(),
});
const agent = {
  id: z.string(),
  name: z.string().min(1),
  other_names: z.array(otherName).optional(),
  identifiers: z.array(z.strictObject({ identifier: z.string(), scheme: z.string() })).optional(),
  links: z.array(z.strictObject({ url: z.url(), note: z.string() })).optional(),
};
const Popolo = z.strictObject({
  persons: z.array(
    z.strictObject({
      ...agent,
      summary: z.string().optional(),
      birth_date: popoloDate.optional(),
      death_date: popoloDate.optional(),
    }),
  ),
  organizations: z.array(
    z.strictObject({
      ...agent,
      classification: z.string(),
      parent_id: z.string().optional(),
      founding_date: popoloDate.optional(),
      dissolution_date: popoloDate.optional(),
    }),
  ),
  memberships: z.array(
    z.strictObject({
      id: z.string(),
      person_id: z.string().optional(),
      member: z.strictObject({ '@type': z.literal('Organization'), id: z.string() }).optional(),
      organization_id: z.string(),
      role: z.string().optional(),
      start_date: popoloDate.optional(),
      end_date: popoloDate.optional(),
    }),
  ),
});

describe('marsad export --format popolo', () => {
  it('writes persons, organizations and memberships with Popolo dates, identifiers and other names', async () => {
    const { code, stdout } = await run(['export', '--format', 'popolo']);
    expect(code).toBe(0);
    const popolo = Popolo.parse(JSON.parse(stdout));
    const actors = sample.graph.all('actor');
    const persons = actors.filter((actor) => actor.kind === 'person');
    expect(popolo.persons.map((person) => person.id)).toEqual(persons.map((person) => person.id));
    expect(popolo.organizations).toHaveLength(actors.length - persons.length);
    const memberships = actors.flatMap((actor) => actor.memberships ?? []);
    expect(popolo.memberships).toHaveLength(memberships.length);

    const muhandis = popolo.persons.find((person) => person.id === 'abu-mahdi-al-muhandis')!;
    expect(muhandis.name).toBe('أبو مهدي المهندس');
    const us = popolo.organizations.find((organization) => organization.id === 'united-states')!;
    expect(us.identifiers).toContainEqual({
      scheme: 'wikidata',
      identifier: sample.graph.actor('united-states')!.ids!.wikidata,
    });
    expect(muhandis.other_names).toContainEqual({ name: 'Abu Mahdi al-Muhandis', note: 'name (en)' });
    expect(muhandis.other_names).toContainEqual({ name: 'أبو مهدي', note: 'kunya (ar)' });
    expect(muhandis.other_names).toContainEqual({ name: 'جمال جعفر إبراهيم', note: 'birth name (ar)' });
    expect([muhandis.birth_date, muhandis.death_date]).toEqual(['1954', '2020-01-03']);
    // from: 2014~ → 2014: Popolo dates carry the precision, not the EDTF qualifier.
    expect(
      popolo.memberships.find(
        (m) => m.person_id === muhandis.id && m.organization_id === 'popular-mobilization-forces',
      ),
    ).toMatchObject({ start_date: '2014', end_date: '2020-01-03' });
    const nujaba = popolo.organizations.find((organization) => organization.id === 'harakat-al-nujaba')!;
    expect(nujaba).toMatchObject({ classification: 'armed-group', parent_id: 'popular-mobilization-forces' });
  });
});

/**
 * A minimal stand-in for the schema.org context (no npm package ships it, and tests use no network):
 * every term in the schema.org vocabulary, links as IRIs. Expansion then checks the document is
 * well-formed JSON-LD and gives each node its full type and id.
 */
const SCHEMA_ORG_CONTEXT = {
  '@context': {
    '@vocab': 'https://schema.org/',
    url: { '@type': '@id' },
    sameAs: { '@type': '@id' },
    mainEntityOfPage: { '@type': '@id' },
    eventAttendanceMode: { '@type': '@id' },
  },
};

async function expand(text: string) {
  const documentLoader = async (url: string) => {
    if (url.replace(/\/$/, '') !== 'https://schema.org') throw new Error(`no network in tests: ${url}`);
    return { contextUrl: undefined, documentUrl: url, document: SCHEMA_ORG_CONTEXT };
  };
  const expanded: unknown = await jsonld.expand(JSON.parse(text), { documentLoader } as never);
  return expanded as ({ '@id'?: string } & Record<string, unknown[]>)[];
}

const S = 'https://schema.org/';

describe('marsad export --format jsonld', () => {
  it('writes one schema.org @graph with site URLs as ids, names in every language and sameAs Wikidata', async () => {
    const { code, stdout } = await run(['export', '--format', 'jsonld', '--now', NOW]);
    expect(code).toBe(0);
    const nodes = await expand(stdout);
    const node = (id: string) => nodes.find((n) => n['@id'] === id);

    const muhandis = node(`${BASE}/actors/abu-mahdi-al-muhandis/`)!;
    expect(muhandis['@type']).toEqual([`${S}Person`]);
    expect(muhandis[`${S}name`]).toEqual(
      expect.arrayContaining([{ '@value': 'أبو مهدي المهندس', '@language': 'ar' }]),
    );
    const us = node(`${BASE}/actors/united-states/`)!;
    expect(us['@type']).toEqual([`${S}GovernmentOrganization`]);
    expect(us[`${S}sameAs`]).toEqual([
      { '@id': `https://www.wikidata.org/wiki/${sample.graph.actor('united-states')!.ids!.wikidata}` },
    ]);

    const strike = node(`${BASE}/events/baghdad-airport-strike/`)!;
    expect(strike['@type']).toEqual([`${S}Event`]);
    expect(strike[`${S}startDate`]).toEqual([{ '@value': '2020-01-03' }]);
    const place = node(`${BASE}/places/baghdad-airport/`)!;
    const [lon, lat] = sample.graph.place('baghdad-airport')!.coordinates!;
    expect(place[`${S}geo`]?.[0]).toMatchObject({
      [`${S}longitude`]: [{ '@value': lon }],
      [`${S}latitude`]: [{ '@value': lat }],
    });

    const article = node(`${BASE}/en/articles/coalition-withdrawal/`)!;
    expect(article['@type']).toEqual([`${S}AnalysisNewsArticle`]);
    expect(article[`${S}translationOfWork`]).toEqual([{ '@id': `${BASE}/articles/coalition-withdrawal/` }]);
    expect(nodes.some((n) => n['@id']?.includes(DRAFT))).toBe(false);
  });
});

describe('marsad export --format json and jsonl', () => {
  it('writes every entity, article bodies as Markdown, and never a draft unless asked', async () => {
    const { code, stdout } = await run(['export', '--format', 'json', '--now', NOW]);
    expect(code).toBe(0);
    const document = JSON.parse(stdout);
    expect(Object.keys(document)).toEqual(['actors', 'events', 'places', 'authors', 'articles']);
    expect(document.events).toEqual(sample.graph.all('event'));
    expect(document.actors).toHaveLength(sample.graph.count('actor'));
    const article = document.articles.find((a: { id: string }) => a.id === 'coalition-withdrawal');
    const ar = sample.graph.article('coalition-withdrawal')!.versions.ar!;
    expect(article.versions).toContainEqual({
      lang: 'ar',
      file: ar.file,
      frontmatter: ar.frontmatter,
      body: ar.body,
    });
    expect(stdout).not.toContain(DRAFT);

    const all = await run(['export', '--format', 'json', '--now', NOW, '--include-drafts']);
    expect(JSON.parse(all.stdout).articles.map((a: { id: string }) => a.id)).toContain(DRAFT);
  });

  it('writes one entity per line, tagged with its collection, kind by kind in id order', async () => {
    const { code, stdout } = await run(['export', '--format', 'jsonl', '--now', NOW]);
    expect(code).toBe(0);
    const lines = stdout
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line));
    const counts = ['actor', 'event', 'place', 'author'].map((kind) => sample.graph.count(kind as 'actor'));
    expect(lines).toHaveLength(counts.reduce((a, b) => a + b, 0) + 1);
    expect(lines[0]).toMatchObject({ entity: 'actor', id: sample.graph.all('actor')[0]!.id });
    expect(lines.at(-1)).toMatchObject({ entity: 'article', id: 'coalition-withdrawal' });
    // The entity's own fields stay as they are: an actor's kind is its kind.
    expect(lines[0].kind).toBe(sample.graph.all('actor')[0]!.kind);
    const order = ['actor', 'event', 'place', 'author', 'article'];
    const kinds = lines.map((line) => line.entity);
    expect(kinds).toEqual([...kinds].sort((a, b) => order.indexOf(a) - order.indexOf(b)));
  });
});

describe('marsad export --out and bad input', () => {
  const copy = useSampleCopy();

  it('writes the file whole, leaving no temporary file beside it', async () => {
    const out = join(copy.root, 'exports');
    await mkdir(out);
    const { code, stdout } = await run(
      ['export', '--format', 'acled-csv', '--out', 'exports/events.csv'],
      copy.root,
    );
    expect([code, stdout]).toEqual([0, '']);
    expect(parseCsv(await readFile(join(out, 'events.csv'), 'utf8'))).toHaveLength(
      sample.graph.count('event') + 1,
    );
    expect(await readdir(out)).toEqual(['events.csv']);
  });

  it('refuses a missing or unknown format with the list of formats (exit 2)', async () => {
    for (const args of [['export'], ['export', '--format', 'kml']]) {
      const { code, stderr } = await run(args);
      expect(code).toBe(2);
      expect(stderr.split('\n')[0]).toMatch(/json, jsonl, acled-csv, geojson, popolo, jsonld\.$/);
    }
    expect((await run(['export', '--format', 'json', '--now', 'tomorrow'])).code).toBe(2);
  });

  it('fails in one line with exit 2 on a missing path, an output folder or a missing output folder', async () => {
    const cases = [
      ['export', 'no-such-folder', '--format', 'json'],
      ['export', '--format', 'json', '--out', 'content'],
      ['export', '--format', 'json', '--out', 'missing/out.json'],
    ];
    for (const args of cases) {
      const { code, stdout, stderr } = await run(args, copy.root);
      expect([code, stdout]).toEqual([2, '']);
      expect(stderr).toMatch(/^marsad export: [^\n]+\n$/);
    }
  });

  it('writes nothing when the content has errors (exit 1)', async () => {
    await copy.replace('events/brigade-12-strike.yaml', 'date: 2024-01-04', 'date: 2024-02-30');
    const { code, stdout, stderr } = await run(
      ['export', '--format', 'json', '--out', 'broken.json'],
      copy.root,
    );
    expect([code, stdout]).toEqual([1, '']);
    expect(stderr).toContain('2024-02-30 is not a calendar date');
    expect(stderr).toContain('nothing was exported');
    expect(await readdir(copy.root)).not.toContain('broken.json');
  });

  it('has help with examples', async () => {
    const { code, stdout } = await run(['export', '--help']);
    expect(code).toBe(0);
    expect(stdout).toContain('$ marsad export --format acled-csv --out events.csv');
  });
});
