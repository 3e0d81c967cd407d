// A client generated from the running server's /openapi.json (openapi-typescript types + openapi-fetch)
// must type-check against real uses, reject wrong ones, and read the server over HTTP.
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import openapiTS, { astToString } from 'openapi-typescript';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningServer, startServer } from '../src/serve.js';
import { createFixture, type Fixture, PREVIEW_TOKEN } from './fixture.js';

let fixture: Fixture;
let server: RunningServer;
let dir: string;

// Inside the package, so the client's `openapi-fetch` import resolves like any consumer's would.
const packageDir = new URL('..', import.meta.url).pathname;

const client = `import createClient from 'openapi-fetch';
import type { components, paths } from './api.js';

const api = createClient<paths>({ baseUrl: process.argv[2] });

const events = await api.GET('/v1/events', {
  params: { query: { actor: 'harakat-al-nujaba', role: 'perpetrator', limit: 2, facets: 'type' } },
});
const first: string | undefined = events.data?.data[0]?.id;
const type: components['schemas']['EventType'] | undefined = events.data?.data[0]?.type;
const total: number | undefined = events.data?.total;

const event = await api.GET('/v1/events/{id}', { params: { path: { id: 'brigade-12-strike' } } });
const title: Record<string, string> | undefined = event.data?.data.title;

const missing = await api.GET('/v1/events/{id}', { params: { path: { id: 'NOT-AN-ID' } } });
const parameter: string | undefined = missing.error?.parameter;

const found = await api.GET('/v1/search', { params: { query: { q: 'الامريكيه' } } });
const hits = found.data?.data.map((hit) => \`\${hit.kind}:\${hit.id}\`);

// @ts-expect-error: the events list has no \`sort\` parameter
await api.GET('/v1/events', { params: { query: { sort: 'date' } } });
// @ts-expect-error: an event's date is a string, not a number
const wrong: number | undefined = event.data?.data.date;

console.log(JSON.stringify({
  total,
  first,
  type,
  title: title?.en,
  status: missing.response.status,
  parameter,
  hits,
  wrong: typeof wrong,
}));
`;

beforeAll(async () => {
  fixture = await createFixture();
  server = await startServer(fixture.bundle, { host: '127.0.0.1', port: 0, previewToken: PREVIEW_TOKEN });
  dir = await mkdtemp(join(packageDir, '.client-'));
});
afterAll(async () => {
  await server?.close();
  await rm(dir, { recursive: true, force: true });
  await fixture.cleanup();
});

describe('a typed client generated from /openapi.json', () => {
  it('listens on the loopback interface only', () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
  });

  it('type-checks correct calls and rejects wrong ones, then reads the running server', async () => {
    const document = (await (await fetch(`${server.url}/openapi.json`)).json()) as Parameters<
      typeof openapiTS
    >[0];
    await writeFile(join(dir, 'api.d.ts'), astToString(await openapiTS(document)));
    await writeFile(join(dir, 'client.ts'), client);

    const program = ts.createProgram([join(dir, 'client.ts')], {
      strict: true,
      noEmit: true,
      target: ts.ScriptTarget.ES2022,
      module: ts.ModuleKind.NodeNext,
      moduleResolution: ts.ModuleResolutionKind.NodeNext,
      types: ['node'],
      skipLibCheck: true,
    });
    const problems = ts
      .getPreEmitDiagnostics(program)
      .map((diagnostic) => ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'));
    expect(problems).toEqual([]);

    // Node runs the client as written: its type annotations are stripped, nothing is compiled.
    const { stdout } = await promisify(execFile)(process.execPath, [join(dir, 'client.ts'), server.url], {
      timeout: 30_000,
    });
    const result = JSON.parse(stdout);
    expect(result).toMatchObject({
      total: 1,
      first: 'attacks-on-coalition-bases',
      type: 'remote-violence',
      title: 'US drone strike on the PMF Brigade 12 headquarters in Baghdad kills Abu Taqwa',
      status: 400,
      parameter: 'id',
      wrong: 'string',
    });
    expect(result.hits).toContain('actor:us-armed-forces');
  }, 60_000);
});
