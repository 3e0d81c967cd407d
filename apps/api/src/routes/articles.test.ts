import { describe, expect, it } from 'vitest';
import {
  expectBadParameter,
  get,
  ids,
  PUBLIC_ARTICLE,
  previewHeaders,
  serveFixture,
} from '../../test/fixture.js';

const served = serveFixture();

/** Lists with the preview token, where the fixture's five articles all exist. */
const preview = async (url: string) => ids((await get(served.app, url, previewHeaders)).body);

describe('GET /v1/articles', () => {
  it('lists public articles newest first with the original’s title and every language', async () => {
    const { status, body } = await get(served.app, '/v1/articles');
    expect(status).toBe(200);
    expect(body.data).toHaveLength(1);
    expect(body.data[0]).toMatchObject({
      id: PUBLIC_ARTICLE,
      lang: 'ar',
      original: 'ar',
      languages: ['ar', 'en'],
      type: 'analysis',
      status: 'published',
      published: '2024-01-10T10:00:00+03:00',
      authors: ['iraq-desk'],
    });
    expect(body.data[0].title).toMatch(/التحالف/);
    expect(await preview('/v1/articles')).toEqual([
      'erbil-future-piece',
      'nujaba-strike-embargoed',
      PUBLIC_ARTICLE,
      'anbar-review-piece',
      'pmf-after-the-coalition',
    ]);
  });

  it('gives titles in the language asked for and keeps only articles in it', async () => {
    const { body } = await get(served.app, '/v1/articles?lang=en');
    expect(body.data[0]).toMatchObject({ lang: 'en', original: 'ar' });
    expect(body.data[0].title).toMatch(/coalition/i);
    expect(await preview('/v1/articles?lang=ar')).toEqual([PUBLIC_ARTICLE, 'pmf-after-the-coalition']);
  });

  it('filters by type, tag, author, subject and publication period', async () => {
    expect(await preview('/v1/articles?type=commentary')).toEqual(['erbil-future-piece']);
    expect(await preview('/v1/articles?tag=foreign-forces')).toEqual([
      PUBLIC_ARTICLE,
      'pmf-after-the-coalition',
    ]);
    expect(await preview('/v1/articles?author=security-studies-unit')).toEqual([
      'anbar-review-piece',
      'pmf-after-the-coalition',
    ]);
    expect(await preview('/v1/articles?actor=harakat-al-nujaba')).toEqual(
      expect.arrayContaining(['nujaba-strike-embargoed', PUBLIC_ARTICLE, 'pmf-after-the-coalition']),
    );
    const aboutStrike = await preview('/v1/articles?event=brigade-12-strike');
    expect(aboutStrike).toEqual(expect.arrayContaining(['nujaba-strike-embargoed', PUBLIC_ARTICLE]));
    expect(aboutStrike).not.toContain('erbil-future-piece');
    const anbar = await preview('/v1/articles?place=anbar');
    expect(anbar).toContain('anbar-review-piece');
    expect(anbar).not.toContain('erbil-future-piece');
    // Erbil lies within its governorate: an article about the city is found from the governorate too.
    expect(await preview('/v1/articles?place=erbil-governorate')).toContain('erbil-future-piece');
    expect(await preview('/v1/articles?place=gaza')).not.toContain('erbil-future-piece');
    expect(await preview('/v1/articles?from=2025-05&to=2025-08')).toEqual(['nujaba-strike-embargoed']);
    expect(await preview('/v1/articles?from=2024&to=2024')).toEqual([PUBLIC_ARTICLE]);
  });

  it('pages newest first with a cursor, and counts facets over the whole list', async () => {
    const first = (await get(served.app, '/v1/articles?limit=2&facets=type,lang,year', previewHeaders)).body;
    expect(first.data).toHaveLength(2);
    expect(first.total).toBe(5);
    const rest = await preview(`/v1/articles?limit=200&cursor=${first.next}`);
    expect([...ids(first), ...rest]).toEqual(await preview('/v1/articles'));
    const types = Object.fromEntries(
      first.facets.type.map((f: { value: string; count: number }) => [f.value, f.count]),
    );
    expect(types).toEqual({ analysis: 2, 'situation-assessment': 1, brief: 1, commentary: 1 });
    expect(first.facets.lang).toEqual([
      { value: 'en', count: 4 },
      { value: 'ar', count: 2 },
    ]);
    expect(first.facets.year).toEqual([
      { value: '2025', count: 2 },
      { value: '2024', count: 1 },
    ]);
  });

  it('trims to the fields asked for', async () => {
    const { body } = await get(served.app, '/v1/articles?fields=title,published');
    expect(Object.keys(body.data[0]).sort()).toEqual(['id', 'published', 'title']);
  });

  it.each([
    ['/v1/articles?lang=english!', 'lang'],
    ['/v1/articles?type=essay', 'type'],
    ['/v1/articles?tag=Not A Tag', 'tag'],
    ['/v1/articles?author=A', 'author'],
    ['/v1/articles?from=2024-13', 'from'],
    ['/v1/articles?facets=actor', 'facets'],
    ['/v1/articles?fields=body', 'fields'],
    ['/v1/articles?status=draft', 'status'],
    ['/v1/articles?cursor=WyJ4IiwieSJd', 'cursor'],
  ])('%s is a 400 naming %s', (url, parameter) => expectBadParameter(served.app, url, parameter));
});

describe('GET /v1/articles/{id}', () => {
  it('gives the original version with its body as HTML and Markdown, mentions and refs', async () => {
    const { status, body } = await get(served.app, `/v1/articles/${PUBLIC_ARTICLE}`);
    expect(status).toBe(200);
    const { data, refs } = body;
    expect(data).toMatchObject({ id: PUBLIC_ARTICLE, lang: 'ar', original: 'ar', languages: ['ar', 'en'] });
    expect(data.versions.map((version: { lang: string }) => version.lang)).toEqual(['ar', 'en']);
    expect(data.body.markdown).toContain(':actor[');
    expect(data.body.html).toContain('class="mention mention-actor"');
    expect(data.body.html).toContain('href="/v1/actors/al-sudani"');
    expect(data.body.html).not.toMatch(/<script|onerror=/i);
    expect(data.readingTime.minutes).toBeGreaterThan(0);
    expect(data.toc.length).toBeGreaterThan(0);
    const sudani = data.mentions.find((mention: { id: string }) => mention.id === 'al-sudani');
    expect(sudani).toMatchObject({ kind: 'actor' });
    expect(sudani.count).toBeGreaterThanOrEqual(1);
    expect(refs.actors['al-sudani'].name.ar).toBe('محمد شياع السوداني');
    expect(refs.authors['iraq-desk'].name.en).toBe('Iraq Studies Desk');
    expect(refs.events['brigade-12-strike']).toBeDefined();
  });

  it('gives the translation asked for with lang, and the shared metadata of the original', async () => {
    const { body } = await get(served.app, `/v1/articles/${PUBLIC_ARTICLE}?lang=en`);
    expect(body.data).toMatchObject({ lang: 'en', original: 'ar', type: 'analysis', authors: ['iraq-desk'] });
    expect(body.data.body.markdown).toMatch(/Prime Minister/);
    expect(body.data.body.html).toContain('href="/v1/actors/al-sudani"');
    expect(body.data.title).toBe(body.data.versions[1].title);
  });

  it('is a 404 naming the languages when the version does not exist, or the article is unknown', async () => {
    const fr = await get(served.app, `/v1/articles/${PUBLIC_ARTICLE}?lang=fr`);
    expect(fr.status).toBe(404);
    expect(fr.body.detail).toContain('ar, en');
    expect((await get(served.app, '/v1/articles/no-such-article')).status).toBe(404);
    expect((await get(served.app, '/v1/articles/..%2F..%2Fetc')).body.parameter).toBe('id');
  });
});
