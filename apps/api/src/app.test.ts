import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { get, NOW, PUBLIC_ARTICLE, previewHeaders, serveFixture, testApp } from '../test/fixture.js';
import { createApp } from './app.js';
import type { ApiData } from './data.js';
import { BodyRenderer } from './views/body-renderer.js';

const served = serveFixture();

describe('ETags and conditional requests', () => {
  it('gives a strong ETag derived from the content and the URL, and a 304 when it still matches', async () => {
    const first = await get(served.app, '/v1/events?limit=2');
    const etag = first.headers.get('ETag')!;
    expect(etag).toMatch(/^"[0-9a-f]{16}-[\w-]{16}"$/);
    expect(etag.slice(1, 17)).toBe(served.fixture.content.hash.slice(0, 16));
    const again = await get(served.app, '/v1/events?limit=2', { 'If-None-Match': etag });
    expect(again.status).toBe(304);
    expect(again.text).toBe('');
    expect(again.headers.get('ETag')).toBe(etag);
    expect(again.headers.get('Cache-Control')).toBe('public, max-age=60, stale-while-revalidate=300');
    expect(
      (await get(served.app, '/v1/events?limit=2', { 'If-None-Match': `W/${etag}, "other"` })).status,
    ).toBe(304);
    expect((await get(served.app, '/v1/events?limit=2', { 'If-None-Match': '*' })).status).toBe(304);
    expect((await get(served.app, '/v1/events?limit=3', { 'If-None-Match': etag })).status).toBe(200);
    expect((await get(served.app, '/v1/events?limit=3')).headers.get('ETag')).not.toBe(etag);
  });

  it('changes every tag when the content changes, and tags preview responses apart', async () => {
    const etag = (await get(served.app, '/v1/actors')).headers.get('ETag')!;
    const changed = testApp({ ...served.fixture.content, hash: 'f'.repeat(64) });
    const other = await get(changed, '/v1/actors', { 'If-None-Match': etag });
    expect(other.status).toBe(200);
    const preview = await get(served.app, '/v1/actors', previewHeaders);
    expect(preview.headers.get('ETag')).not.toBe(etag);
    expect(preview.headers.get('Cache-Control')).toBe('private, no-store');
    expect(preview.headers.get('Vary')).toContain('Authorization');
  });

  it('tags only successful responses', async () => {
    const missing = await get(served.app, '/v1/events/no-such-event');
    expect(missing.headers.get('ETag')).toBeNull();
    expect(missing.headers.get('Cache-Control')).toBe('public, max-age=60, stale-while-revalidate=300');
  });
});

describe('compression', () => {
  it('sends brotli or gzip as accepted, with the encoding in the ETag and Vary', async () => {
    const plain = await served.app.request('/v1/events?limit=50');
    const plainText = await plain.text();
    const br = await served.app.request('/v1/events?limit=50', {
      headers: { 'Accept-Encoding': 'gzip, br' },
    });
    expect(br.headers.get('Content-Encoding')).toBe('br');
    expect(br.headers.get('Vary')).toContain('Accept-Encoding');
    const brBytes = Buffer.from(await br.arrayBuffer());
    expect(brBytes.byteLength).toBeLessThan(Buffer.byteLength(plainText) / 3);
    expect(brotliDecompressSync(brBytes).toString()).toBe(plainText);
    expect(br.headers.get('ETag')).toBe(`${plain.headers.get('ETag')!.slice(0, -1)}-br"`);
    const gzip = await served.app.request('/v1/events?limit=50', {
      headers: { 'Accept-Encoding': 'gzip;q=1, br;q=0' },
    });
    expect(gzip.headers.get('Content-Encoding')).toBe('gzip');
    expect(gunzipSync(Buffer.from(await gzip.arrayBuffer())).toString()).toBe(plainText);
    const revalidated = await served.app.request('/v1/events?limit=50', {
      headers: { 'Accept-Encoding': 'br', 'If-None-Match': br.headers.get('ETag')! },
    });
    expect(revalidated.status).toBe(304);
  });

  it('leaves small bodies and unaccepted encodings alone', async () => {
    const small = await served.app.request('/v1/places?limit=1&fields=kind', {
      headers: { 'Accept-Encoding': 'br' },
    });
    expect(small.headers.get('Content-Encoding')).toBeNull();
    const identity = await served.app.request('/v1/events', { headers: { 'Accept-Encoding': 'identity' } });
    expect(identity.headers.get('Content-Encoding')).toBeNull();
  });
});

describe('CORS, methods and errors', () => {
  it('allows any origin to read, and answers preflight requests', async () => {
    const simple = await served.app.request('/v1/actors', {
      headers: { Origin: 'https://newsroom.example' },
    });
    expect(simple.headers.get('Access-Control-Allow-Origin')).toBe('*');
    expect(simple.headers.get('Access-Control-Expose-Headers')).toContain('Link');
    const preflight = await served.app.request('/v1/actors', {
      method: 'OPTIONS',
      headers: {
        Origin: 'https://newsroom.example',
        'Access-Control-Request-Method': 'GET',
        'Access-Control-Request-Headers': 'Authorization',
      },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('Access-Control-Allow-Methods')).toBe('GET,HEAD,OPTIONS');
    expect(preflight.headers.get('Access-Control-Allow-Headers')).toContain('Authorization');
  });

  it('is read-only: other methods are a 405 problem with Allow', async () => {
    const response = await served.app.request('/v1/actors', { method: 'POST', body: '{}' });
    expect(response.status).toBe(405);
    expect(response.headers.get('Allow')).toBe('GET, HEAD, OPTIONS');
    expect(response.headers.get('Content-Type')).toBe('application/problem+json');
    expect(((await response.json()) as { detail: string }).detail).toContain('POST');
  });

  it('answers HEAD like GET without a body', async () => {
    const head = await served.app.request(`/v1/articles/${PUBLIC_ARTICLE}`, { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
    expect(head.headers.get('ETag')).toBe(
      (await get(served.app, `/v1/articles/${PUBLIC_ARTICLE}`)).headers.get('ETag'),
    );
  });

  it('answers unknown paths with a 404 problem that points at the documentation', async () => {
    const { status, body } = await get(served.app, '/v2/events');
    expect(status).toBe(404);
    expect(body).toMatchObject({ status: 404, instance: '/v2/events' });
    expect(body.detail).toContain('/openapi.json');
  });

  it('answers a failure with a 500 problem that shows nothing of it', async () => {
    const broken = {
      ...served.fixture.content,
      get graph(): never {
        throw new Error('secret internal detail');
      },
    } as ApiData;
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
    const { status, text, body } = await get(testApp(broken), '/v1/actors');
    expect(status).toBe(500);
    expect(body.title).toBe('Internal error');
    expect(text).not.toContain('secret');
    expect(logged).toHaveBeenCalledOnce();
    logged.mockRestore();
  });

  it('refuses a preview token short enough to guess', () => {
    expect(() => createApp(served.fixture.content, { previewToken: 'short' })).toThrow(RangeError);
  });
});

describe('documentation', () => {
  it('serves the OpenAPI 3.1 document with the schema package’s entities as components', async () => {
    const { status, body } = await get(served.app, '/openapi.json');
    expect(status).toBe(200);
    expect(body.openapi).toBe('3.1.0');
    expect(Object.keys(body.components.schemas)).toEqual(
      expect.arrayContaining([
        'Event',
        'Actor',
        'Place',
        'Id',
        'FuzzyDate',
        'Localized',
        'Problem',
        'ArticleSummary',
      ]),
    );
    expect(body.components.schemas.Event.properties.id).toEqual({ $ref: '#/components/schemas/Id' });
    expect(Object.keys(body.paths)).toHaveLength(16);
  });

  it('serves an interactive reference at /docs that reads the document', async () => {
    const { status, headers, text } = await get(served.app, '/docs');
    expect(status).toBe(200);
    expect(headers.get('Content-Type')).toContain('text/html');
    expect(text).toContain('/openapi.json');
  });
});

describe('the response cache', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('serves a repeated anonymous read without running its route again, headers and all', async () => {
    const cached = testApp(served.fixture.content);
    const renders = vi.spyOn(BodyRenderer.prototype, 'article');
    const first = await get(cached, `/v1/articles/${PUBLIC_ARTICLE}`);
    const second = await get(cached, `/v1/articles/${PUBLIC_ARTICLE}`);
    expect(renders).toHaveBeenCalledTimes(1);
    expect(second.text).toBe(first.text);
    expect([...second.headers]).toEqual([...first.headers]);
    const revalidated = await get(cached, `/v1/articles/${PUBLIC_ARTICLE}`, {
      'If-None-Match': first.headers.get('ETag')!,
    });
    expect(revalidated.status).toBe(304);
    expect(revalidated.text).toBe('');
    await get(cached, `/v1/articles/${PUBLIC_ARTICLE}`, previewHeaders);
    await get(cached, `/v1/articles/${PUBLIC_ARTICLE}`, previewHeaders);
    expect(renders).toHaveBeenCalledTimes(3);
  });

  it('keeps each encoding apart and can be turned off', async () => {
    const cached = testApp(served.fixture.content);
    const br = await cached.request('/v1/events', { headers: { 'Accept-Encoding': 'br' } });
    const plain = await cached.request('/v1/events');
    expect(br.headers.get('Content-Encoding')).toBe('br');
    expect(plain.headers.get('Content-Encoding')).toBeNull();
    expect(brotliDecompressSync(Buffer.from(await br.arrayBuffer())).toString()).toBe(await plain.text());
    const uncached = testApp(served.fixture.content, { responseCacheBytes: 0 });
    const renders = vi.spyOn(BodyRenderer.prototype, 'article');
    await get(uncached, `/v1/articles/${PUBLIC_ARTICLE}`);
    await get(uncached, `/v1/articles/${PUBLIC_ARTICLE}`);
    expect(renders).toHaveBeenCalledTimes(2);
  });

  it('gives anonymous readers a new response once an embargo has lifted', async () => {
    let clock = NOW;
    const clocked = testApp(served.fixture.content, { now: () => clock });
    expect((await get(clocked, '/v1/articles?tag=embargoed-topic')).body.total).toBe(0);
    clock = new Date('2025-12-02T00:00:00Z');
    expect((await get(clocked, '/v1/articles?tag=embargoed-topic')).body.total).toBe(1);
  });
});
