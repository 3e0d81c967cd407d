import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFixture, type Fixture, get, NOW, testApp } from '../../test/fixture.js';

let fixture: Fixture;
beforeAll(async () => {
  fixture = await createFixture();
});
afterAll(() => fixture.cleanup());

describe('GET /healthz', () => {
  it('reports the content hash, source, load time, search and counts, and is never cached', async () => {
    const { status, headers, body } = await get(testApp(fixture.bundle), '/healthz');
    expect(status).toBe(200);
    expect(body).toEqual({
      status: 'ok',
      contentHash: fixture.bundle.hash,
      source: 'bundle',
      loadedAt: NOW.toISOString(),
      loadMs: 1,
      search: true,
      counts: { articles: 1, actors: 21, events: 16, places: 17, authors: 2 },
      build: null,
    });
    expect(headers.get('Cache-Control')).toBe('private, no-store');
    expect(headers.get('ETag')).toBeNull();
    const content = (await get(testApp(fixture.content), '/healthz')).body;
    expect(content).toMatchObject({ source: 'content', search: false });
    expect(content.contentHash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('rejects parameters', async () => {
    expect((await get(testApp(fixture.bundle), '/healthz?verbose=1')).body.parameter).toBe('verbose');
  });
});
