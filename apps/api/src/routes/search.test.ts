import { describe, expect, it } from 'vitest';
import {
  expectBadParameter,
  get,
  HIDDEN,
  PUBLIC_ARTICLE,
  previewHeaders,
  serveFixture,
  testApp,
} from '../../test/fixture.js';

const served = serveFixture('bundle');

type Hit = {
  kind: string;
  id: string;
  snippetHtml: string;
  snippet: { text: string; highlights: number[][] };
};
const search = async (query: string) =>
  (await get(served.app, `/v1/search?${new URLSearchParams({ q: query, limit: '50' })}`)).body.data as Hit[];

describe('GET /v1/search', () => {
  it('finds الأمريكية written as الامريكيه and القوات written as قوات, with highlighted snippets', async () => {
    const american = await search('الامريكيه');
    expect(american.map((hit) => hit.id)).toContain('us-armed-forces');
    const forces = await search('قوات');
    expect(forces.length).toBeGreaterThan(0);
    const highlighted = forces.find((hit) => hit.snippet.highlights.length > 0)!;
    const [start, end] = highlighted.snippet.highlights[0]!;
    expect(highlighted.snippet.text.slice(start, end)).toMatch(/قوات/);
    expect(highlighted.snippetHtml).toContain('<mark>');
  });

  it('ranks, filters by kind and language, and pages with a cursor', async () => {
    const articles = (await get(served.app, '/v1/search?q=Sudani&type=article')).body.data as Hit[];
    expect(articles.map((hit) => hit.id)).toEqual([PUBLIC_ARTICLE]);
    const english = (await get(served.app, '/v1/search?q=Sudani&type=article&lang=en')).body.data as {
      lang: string;
    }[];
    expect(english.every((hit) => hit.lang === 'en')).toBe(true);
    const all = await search('العراق');
    const first = await get(served.app, `/v1/search?q=${encodeURIComponent('العراق')}&limit=2`);
    expect(first.body.data.map((hit: Hit) => hit.id)).toEqual(all.slice(0, 2).map((hit) => hit.id));
    expect(first.headers.get('Link')).toContain('rel="next"');
    const second = await get(
      served.app,
      `/v1/search?q=${encodeURIComponent('العراق')}&limit=2&cursor=${first.body.next}`,
    );
    expect(second.body.data.map((hit: Hit) => hit.id)).toEqual(all.slice(2, 4).map((hit) => hit.id));
    const scores = all.map((hit) => (hit as unknown as { score: number }).score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });

  it('treats search syntax as text', async () => {
    const { status, body } = await get(served.app, `/v1/search?q=${encodeURIComponent('"NEAR(x y) OR * -')}`);
    expect(status).toBe(200);
    expect(body.data).toEqual([]);
    expect(body.next).toBeNull();
  });

  it.each([
    ['/v1/search', 'q'],
    [`/v1/search?q=${'و'.repeat(201)}`, 'q'],
    ['/v1/search?q=x&type=author', 'type'],
    ['/v1/search?q=x&limit=51', 'limit'],
    ['/v1/search?q=x&cursor=Wy0xXQ', 'cursor'],
    ['/v1/search?q=x&cursor=WzEuNV0', 'cursor'],
    ['/v1/search?q=x&page=2', 'page'],
  ])('%s is a 400 naming %s', (url, parameter) => expectBadParameter(served.app, url, parameter));

  it.each(HIDDEN.map((hidden) => [hidden.why, hidden.id, hidden.words[0]]))(
    '%s: found by its own words with the preview token, no hit and no count for anonymous readers',
    async (_why, id, word) => {
      const url = `/v1/search?${new URLSearchParams({ q: word })}`;
      const editor = await get(served.app, url, previewHeaders);
      expect(editor.status).toBe(200);
      expect(editor.headers.get('Cache-Control')).toBe('private, no-store');
      const hit = (editor.body.data as Hit[]).find((found) => found.id === id)!;
      expect(hit.kind).toBe('article');
      expect(hit.snippetHtml).toContain('<mark>');
      const anonymous = await get(served.app, url);
      expect(anonymous.status).toBe(200);
      expect(anonymous.body).toEqual({ data: [], next: null });
      expect(anonymous.headers.get('Link')).toBeNull();
      expect(anonymous.text).not.toContain(id);
    },
  );

  it('filters and pages a preview search like a public one', async () => {
    const url = `/v1/search?${new URLSearchParams({ q: 'Anbar', type: 'article', lang: 'en', limit: '1' })}`;
    const first = await get(served.app, url, previewHeaders);
    expect(first.body.data).toHaveLength(1);
    expect(first.body.data[0]).toMatchObject({ kind: 'article', lang: 'en' });
    expect(first.body.next).not.toBeNull();
    const rest = await get(served.app, `${url}&cursor=${first.body.next}`, previewHeaders);
    const ids = [...first.body.data, ...rest.body.data].map((hit: Hit) => hit.id);
    expect(ids).toContain('anbar-review-piece');
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('is a 503 problem when the server reads a content folder without a bundle', async () => {
    const { status, headers, body } = await get(testApp(served.fixture.content), '/v1/search?q=x');
    expect(status).toBe(503);
    expect(headers.get('Content-Type')).toBe('application/problem+json');
    expect(body.title).toBe('Search unavailable');
  });
});
