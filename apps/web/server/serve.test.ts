import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createStaticServer } from './serve.js';

let base: string;
let close: () => Promise<void>;

beforeAll(async () => {
  const root = await mkdtemp(join(tmpdir(), 'marsad-serve-'));
  await mkdir(join(root, 'actors', 'x'), { recursive: true });
  await mkdir(join(root, 'en', '404'), { recursive: true });
  await writeFile(join(root, 'index.html'), '<p>home</p>');
  await writeFile(join(root, 'actors', 'x', 'index.html'), '<p>actor x</p>');
  await writeFile(join(root, '404.html'), '<p>غير موجودة</p>');
  await writeFile(join(root, 'en', '404', 'index.html'), '<p>not found</p>');
  await writeFile(join(root, 'rss.xml'), '<rss/>');
  const server = createStaticServer({ root });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  close = () => new Promise((resolve) => server.close(() => resolve()));
});
afterAll(() => close());

describe('createStaticServer', () => {
  it('serves folders by their index.html and files with their type', async () => {
    const page = await fetch(`${base}/actors/x/`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await page.text()).toBe('<p>actor x</p>');
    const feed = await fetch(`${base}/rss.xml`);
    expect(feed.headers.get('content-type')).toBe('application/xml; charset=utf-8');
  });

  it('gzips text for clients that accept it, and only for them', async () => {
    const { request } = await import('node:http');
    const { gunzipSync } = await import('node:zlib');
    const raw = await new Promise<{ encoding?: string; body: Buffer }>((resolve, reject) => {
      request(`${base}/actors/x/`, { headers: { 'accept-encoding': 'gzip' } }, (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () =>
          resolve({ encoding: response.headers['content-encoding'], body: Buffer.concat(chunks) }),
        );
      })
        .on('error', reject)
        .end();
    });
    expect(raw.encoding).toBe('gzip');
    expect(gunzipSync(raw.body).toString()).toBe('<p>actor x</p>');
    const plain = await new Promise<string | undefined>((resolve, reject) => {
      request(`${base}/actors/x/`, (response) => {
        response.resume();
        resolve(response.headers['content-encoding']);
      })
        .on('error', reject)
        .end();
    });
    expect(plain).toBeUndefined();
  });

  it('answers a missing page with the 404 page of its language', async () => {
    const ar = await fetch(`${base}/actors/nobody/`);
    expect(ar.status).toBe(404);
    expect(await ar.text()).toBe('<p>غير موجودة</p>');
    const en = await fetch(`${base}/en/actors/nobody/`);
    expect(en.status).toBe(404);
    expect(await en.text()).toBe('<p>not found</p>');
  });

  it('never serves a file outside its folder', async () => {
    const response = await fetch(`${base}/%2e%2e/%2e%2e/%2e%2e/etc/passwd`);
    expect([403, 404]).toContain(response.status);
    expect(await response.text()).not.toContain('root:');
  });

  it('answers only GET and HEAD', async () => {
    expect((await fetch(`${base}/`, { method: 'HEAD' })).status).toBe(200);
    expect((await fetch(`${base}/`, { method: 'POST' })).status).toBe(405);
  });
});
