// A short, bounded load on loopback: every request must be answered, and only the requests that
// should fail may fail.
import autocannon from 'autocannon';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningServer, startServer } from '../src/serve.js';
import { createFixture, type Fixture } from './fixture.js';

let fixture: Fixture;
let server: RunningServer;
beforeAll(async () => {
  fixture = await createFixture();
  server = await startServer(fixture.bundle, { port: 0 });
});
afterAll(async () => {
  await server?.close();
  await fixture.cleanup();
});

/** Requests per run; each test's timeout bounds its time (autocannon's `amount` overrides `duration`). */
const AMOUNT = 600;

function run(paths: string[], headers: Record<string, string> = {}) {
  return autocannon({
    url: server.url,
    connections: 8,
    amount: AMOUNT,
    timeout: 10,
    headers,
    requests: paths.map((path) => ({ method: 'GET', path })),
  });
}

describe('under load', () => {
  it('answers every request to every kind of endpoint with a 2xx', async () => {
    const result = await run([
      '/v1/events?actor=harakat-al-nujaba&from=2023-10&to=2024-01',
      '/v1/events?facets=type,year,actor&limit=200',
      '/v1/events.csv',
      '/v1/actors/harakat-al-nujaba/network?depth=2',
      '/v1/articles/coalition-withdrawal?lang=en',
      '/v1/places/iraq',
      '/v1/timeline',
      `/v1/search?q=${encodeURIComponent('الامريكيه')}`,
    ]);
    expect(result.errors).toBe(0);
    expect(result.timeouts).toBe(0);
    expect(result.non2xx).toBe(0);
    expect(result['2xx']).toBe(AMOUNT);
  }, 60_000);

  it('answers bad requests with their 4xx and nothing else', async () => {
    const result = await run(
      ['/v1/events/NOT-AN-ID', '/v1/articles/pmf-after-the-coalition', '/v1/events?limit=999'],
      {
        'accept-encoding': 'br',
      },
    );
    expect(result.errors).toBe(0);
    expect(result.timeouts).toBe(0);
    expect(result['4xx']).toBe(AMOUNT);
    expect(result['2xx']).toBe(0);
  }, 60_000);
});
