// Every response of every endpoint, successes and errors, is checked against the OpenAPI document the
// server itself publishes: the status must be declared for the operation, the media type too, and the
// body must match the declared schema.
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createFixture,
  type Fixture,
  get,
  HIDDEN,
  PUBLIC_ARTICLE,
  previewHeaders,
  testApp,
} from './fixture.js';

let fixture: Fixture;
let app: ReturnType<typeof testApp>;
// biome-ignore lint/suspicious/noExplicitAny: the OpenAPI document is read as plain JSON
let document: any;
let ajv: Ajv2020;

beforeAll(async () => {
  fixture = await createFixture();
  app = testApp(fixture.bundle);
  document = (await get(app, '/openapi.json')).body;
  ajv = new Ajv2020({ strict: false, allErrors: true });
  addFormats.default(ajv);
  // The whole document is one schema resource, so `#/components/schemas/…` references resolve in it.
  ajv.addSchema(document, 'urn:marsad:openapi');
});
afterAll(() => fixture.cleanup());

/** The document's path template that `path` matches (`/v1/events/{id}` for `/v1/events/x`). */
function templateOf(path: string): string | undefined {
  return Object.keys(document.paths).find((template) => {
    const pattern = new RegExp(`^${template.replace(/[.]/g, '\\.').replace(/\{[^}]+\}/g, '[^/]+')}$`);
    return pattern.test(path);
  });
}

const pointer = (...parts: string[]) =>
  parts.map((part) => part.replaceAll('~', '~0').replaceAll('/', '~1')).join('/');

const requests: [string, Record<string, string>?][] = [
  ['/healthz'],
  ['/v1/events?limit=3&facets=type,subtype,year,actor,place'],
  ['/v1/events?fields=date,title&limit=2'],
  ['/v1/events?from=2023&to=2024-01&actor=harakat-al-nujaba&role=perpetrator&place=iraq&bbox=38,29,49,38'],
  ['/v1/events?limit=500'],
  ['/v1/events.csv?limit=3'],
  ['/v1/events.geojson'],
  ['/v1/events.geojson?bbox=1,2,3'],
  ['/v1/events/attacks-on-coalition-bases'],
  ['/v1/events/brigade-12-strike'],
  ['/v1/events/no-such-event'],
  ['/v1/events/NOPE'],
  ['/v1/actors?facets=kind&limit=5'],
  ['/v1/actors?fields=name,kind'],
  ['/v1/actors?q=%D8%A7%D9%84%D8%AD%D8%B4%D8%AF'],
  ['/v1/actors?colour=red'],
  ['/v1/actors/al-sudani'],
  ['/v1/actors/united-states'],
  ['/v1/actors/popular-mobilization-forces'],
  ['/v1/actors/harakat-al-nujaba/events?role=target'],
  ['/v1/actors/harakat-al-nujaba/articles?lang=en'],
  ['/v1/actors/harakat-al-nujaba/network?depth=2'],
  ['/v1/actors/nobody-here/network'],
  ['/v1/articles?facets=type,year,lang,tag,author'],
  ['/v1/articles?fields=title'],
  ['/v1/articles?lang=en&from=2024'],
  ['/v1/articles', previewHeaders],
  ...HIDDEN.map(({ id }): [string, Record<string, string>] => [`/v1/articles/${id}`, previewHeaders]),
  ...HIDDEN.map(({ id }): [string] => [`/v1/articles/${id}`]),
  [`/v1/articles/${PUBLIC_ARTICLE}`],
  [`/v1/articles/${PUBLIC_ARTICLE}?lang=en`],
  [`/v1/articles/${PUBLIC_ARTICLE}?lang=fr`],
  ['/v1/places?facets=kind&fields=name'],
  ['/v1/places?within=iraq'],
  ['/v1/places/erbil-air-base'],
  ['/v1/places/iraq'],
  ['/v1/timeline?limit=200'],
  ['/v1/timeline?kind=article', previewHeaders],
  ['/v1/timeline?kind=story'],
  ['/v1/search?q=%D9%82%D9%88%D8%A7%D8%AA&limit=5'],
  ['/v1/search?q=Sudani&type=article,actor'],
  ['/v1/search?q=x&limit=99'],
];

describe('every response matches the OpenAPI document', () => {
  it.each(requests)('%s', async (url, headers = {}) => {
    const response = await get(app, url, headers);
    const path = new URL(url, 'http://api').pathname;
    const template = templateOf(path);
    expect(template, `no operation for ${path}`).toBeDefined();
    const operation = document.paths[template!].get;
    const declared = operation.responses[String(response.status)];
    expect(declared, `${response.status} is not declared for GET ${template}`).toBeDefined();
    const mediaType = response.headers.get('Content-Type')!.split(';')[0]!;
    expect(Object.keys(declared.content)).toContain(mediaType);
    const body = /json/.test(mediaType) ? response.body : response.text;
    const validate = ajv.getSchema(
      `urn:marsad:openapi#/${pointer('paths', template!, 'get', 'responses', String(response.status), 'content', mediaType, 'schema')}`,
    )!;
    const valid = validate(body);
    expect(validate.errors ?? [], JSON.stringify(validate.errors?.slice(0, 3))).toEqual([]);
    expect(valid).toBe(true);
  });

  it('covers every operation of the document', () => {
    const covered = new Set(requests.map(([url]) => templateOf(new URL(url, 'http://api').pathname)));
    expect([...covered].sort()).toEqual(Object.keys(document.paths).sort());
  });

  it('would reject a body that breaks the schema', () => {
    const validate = ajv.getSchema(
      `urn:marsad:openapi#/${pointer('paths', '/v1/events/{id}', 'get', 'responses', '200', 'content', 'application/json', 'schema')}`,
    )!;
    expect(validate({ data: { id: 'x' } })).toBe(false);
  });
});
