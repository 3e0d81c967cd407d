import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { createFixture, type Fixture, PREVIEW_TOKEN } from '../test/fixture.js';
import { type RunningServer, startServer } from './serve.js';
import { View } from './view.js';

let fixture: Fixture;
let server: RunningServer;
beforeAll(async () => {
  fixture = await createFixture();
  server = await startServer(fixture.bundle, { port: 0, previewToken: PREVIEW_TOKEN });
});
afterAll(async () => {
  await server?.close();
  await fixture.cleanup();
});
afterEach(() => {
  vi.restoreAllMocks();
});

const LIST = '/v1/events?actor=harakat-al-nujaba&limit=1';

async function fetchList(headers: Record<string, string> = {}) {
  const response = await fetch(`${server.url}${LIST}`, { headers });
  return { status: response.status, headers: [...response.headers], text: await response.text() };
}

/** Header pairs without those of the connection and the framing (a first answer may be chunked). */
const stable = (headers: [string, string][]) =>
  headers.filter(
    ([name]) => !['date', 'connection', 'keep-alive', 'transfer-encoding', 'content-length'].includes(name),
  );

describe('the server answering from the response cache', () => {
  it('writes a repeated anonymous read from the cache, without the app, with the same headers and body', async () => {
    const first = await fetchList({ 'Accept-Encoding': 'identity' });
    // Every request the app handles builds a View; one answered from the cache does not.
    const views = vi.spyOn(View.prototype, 'articles');
    const versions = vi.spyOn(View.prototype, 'version', 'get');
    const second = await fetchList({ 'Accept-Encoding': 'identity' });
    expect(versions).not.toHaveBeenCalled();
    expect(views).not.toHaveBeenCalled();
    expect(second.status).toBe(200);
    expect(second.text).toBe(first.text);
    expect(stable(second.headers)).toEqual(stable(first.headers));
    expect(new Headers(second.headers).get('Content-Length')).toBe(String(Buffer.byteLength(second.text)));
    expect(JSON.parse(second.text).data).toHaveLength(1);
  });

  it('answers a matching If-None-Match from the cache with a bodiless 304', async () => {
    const first = await fetchList({ 'Accept-Encoding': 'br' });
    const etag = new Headers(first.headers).get('ETag')!;
    expect(etag).toMatch(/-br"$/);
    const versions = vi.spyOn(View.prototype, 'version', 'get');
    const again = await fetch(`${server.url}${LIST}`, {
      headers: { 'Accept-Encoding': 'br', 'If-None-Match': `W/${etag}` },
    });
    expect(versions).not.toHaveBeenCalled();
    expect(again.status).toBe(304);
    expect(again.headers.get('ETag')).toBe(etag);
    expect(again.headers.get('Content-Encoding')).toBeNull();
    expect(await again.text()).toBe('');
  });

  it('sends requests with a token to the app every time', async () => {
    const headers = { Authorization: `Bearer ${PREVIEW_TOKEN}` };
    await fetchList(headers);
    const versions = vi.spyOn(View.prototype, 'version', 'get');
    const preview = await fetchList(headers);
    expect(versions).toHaveBeenCalled();
    expect(new Headers(preview.headers).get('Cache-Control')).toBe('private, no-store');
  });
});
