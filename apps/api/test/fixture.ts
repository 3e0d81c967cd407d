// The sample content plus articles that must never reach anonymous readers, served by the API as a
// content folder and as a bundle. Shared by the route, contract, leak, client and load tests.
import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadContent, readBundle, writeBundle } from '@marsad/content';
import { afterAll, beforeAll, expect } from 'vitest';
import { type AppOptions, createApp } from '../src/app.js';
import { type ApiData, dataFromBundle, dataFromContent } from '../src/data.js';

/** The clock of the tests: after the sample article, before the embargo and the future publication. */
export const NOW = new Date('2025-06-01T00:00:00Z');

/** The editors' preview token of the tests. */
export const PREVIEW_TOKEN = 'test-preview-token-0123456789';

/** The sample's one public article. */
export const PUBLIC_ARTICLE = 'coalition-withdrawal';

/** Articles anonymous readers must never see at {@link NOW}, with words found only in them. */
export const HIDDEN = [
  { id: 'pmf-after-the-coalition', why: 'draft (in the sample)', words: ['تقدير موقف قيد الإعداد'] },
  {
    id: 'nujaba-strike-embargoed',
    why: 'embargoed until 2025-12-01',
    words: ['zanzibarquill', 'embargoed-topic'],
  },
  { id: 'anbar-review-piece', why: 'in review', words: ['quokkaledger', 'review-topic'] },
  {
    id: 'erbil-future-piece',
    why: 'published 2025-09-01, after NOW',
    words: ['marmaladeorbit', 'future-topic'],
  },
] as const;

const hiddenFiles: Record<string, string> = {
  'nujaba-strike-embargoed.en.md': `---
title: Nujaba after the strike zanzibarquill
summary: What the Brigade 12 strike changes for Harakat al-Nujaba zanzibarquill.
type: analysis
status: published
published: 2025-05-01T09:00:00+03:00
embargo: 2025-12-01T09:00:00+03:00
authors: [iraq-desk]
about: [actor:harakat-al-nujaba, event:brigade-12-strike, place:baghdad]
regions: [iraq]
tags: [embargoed-topic]
---

The strike on :event[Brigade 12]{#brigade-12-strike} put :actor[Harakat al-Nujaba]{#harakat-al-nujaba}
and :actor[Kataib Hezbollah]{#kataib-hezbollah} under pressure zanzibarquill.
`,
  'anbar-review-piece.en.md': `---
title: Anbar bases quokkaledger
summary: Why the Anbar desert bases matter quokkaledger.
type: brief
status: review
authors: [security-studies-unit]
about: [place:anbar, actor:us-armed-forces]
regions: [anbar]
tags: [review-topic]
---

:place[Ain al-Asad]{#ain-al-asad} in :place[Anbar]{#anbar} hosts :actor[US forces]{#us-armed-forces} quokkaledger.
`,
  'erbil-future-piece.en.md': `---
title: Erbil airport marmaladeorbit
summary: The attacks on Erbil and what comes next marmaladeorbit.
type: commentary
status: published
published: 2025-09-01T09:00:00+03:00
authors: [iraq-desk]
about: [place:erbil, event:attacks-on-coalition-bases]
regions: [erbil]
tags: [future-topic]
---

:place[Erbil]{#erbil} saw :event[the campaign]{#attacks-on-coalition-bases} reach it marmaladeorbit.
`,
};

/** A fixture on disk: the content folder, a bundle built from it at {@link NOW}, and data for both. */
export interface Fixture {
  root: string;
  /** Served straight from the content folder (no search). */
  content: ApiData;
  /** Served from the bundle, with the content folder for preview requests. */
  bundle: ApiData;
  /** Error diagnostics of the content (expected: none). */
  errors: string[];
  cleanup(): Promise<void>;
}

/** Copies the sample content with the hidden articles into a temporary project and loads it both ways. */
export async function createFixture(): Promise<Fixture> {
  const root = await mkdtemp(join(tmpdir(), 'marsad-api-'));
  const sample = new URL('../../../content/', import.meta.url);
  await cp(sample, join(root, 'content'), { recursive: true });
  for (const [name, text] of Object.entries(hiddenFiles)) {
    await writeFile(join(root, 'content', 'articles', name), text);
  }
  const loaded = await loadContent(join(root, 'content'));
  const errors = loaded.diagnostics
    .filter((diagnostic) => diagnostic.severity === 'error')
    .map((diagnostic) => `${diagnostic.file}:${diagnostic.line} ${diagnostic.ruleId} ${diagnostic.message}`);
  const timing = { loadedAt: NOW, loadMs: 1 };
  const content = dataFromContent(loaded, timing);
  const bundleDir = join(root, '.marsad');
  await writeBundle(loaded, bundleDir, { now: NOW });
  const bundle = dataFromBundle(await readBundle(bundleDir), bundleDir, {
    ...timing,
    previewGraph: loaded.graph,
  });
  return {
    root,
    content,
    bundle,
    errors,
    async cleanup() {
      bundle.close();
      await rm(root, { recursive: true, force: true });
    },
  };
}

/** The app over `data` at {@link NOW}, with the test preview token. */
export function testApp(data: ApiData, options: AppOptions = {}) {
  return createApp(data, { previewToken: PREVIEW_TOKEN, now: () => NOW, ...options });
}

/** The fixture and the test app over its content or its bundle, as the tests of one file share them. */
export interface Served {
  fixture: Fixture;
  app: ReturnType<typeof testApp>;
}

/**
 * Serves the fixture's `content` (or `bundle`) to the tests of the calling file: made before them, removed
 * after them. The fields are set once the file's `beforeAll` has run, so read them within tests.
 */
export function serveFixture(source: 'content' | 'bundle' = 'content'): Served {
  const served = {} as Served;
  beforeAll(async () => {
    served.fixture = await createFixture();
    served.app = testApp(served.fixture[source]);
  });
  afterAll(() => served.fixture.cleanup());
  return served;
}

/** A request's status, headers and body (parsed when JSON). */
export interface Fetched {
  status: number;
  headers: Headers;
  text: string;
  // biome-ignore lint/suspicious/noExplicitAny: tests read response bodies of many shapes
  body: any;
}

/** Requests `path` from `app` and reads the whole response. */
export async function get(
  app: { request: (path: string, init?: RequestInit) => Response | Promise<Response> },
  path: string,
  headers: Record<string, string> = {},
): Promise<Fetched> {
  const response = await app.request(path, { headers });
  const text = await response.text();
  const type = response.headers.get('Content-Type') ?? '';
  return {
    status: response.status,
    headers: response.headers,
    text,
    body: /json/.test(type) && text !== '' ? JSON.parse(text) : undefined,
  };
}

/** The Authorization header of a preview request. */
export const previewHeaders = { Authorization: `Bearer ${PREVIEW_TOKEN}` };

/** An item of a list response: an entry with its id. */
export type Item = { id: string; [key: string]: unknown };

/** The ids of a list response's items, in order. */
export const ids = (body: { data: Item[] }) => body.data.map((item) => item.id);

/** Expects `url` to be refused with a 400 problem that names `parameter`. */
export async function expectBadParameter(app: Parameters<typeof get>[0], url: string, parameter: string) {
  const { status, body } = await get(app, url);
  expect(status).toBe(400);
  expect(body.parameter).toBe(parameter);
}
