import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFixture, type Fixture, PUBLIC_ARTICLE } from '../../test/fixture.js';
import { BodyRenderer, entryPath } from './body-renderer.js';

let fixture: Fixture;
beforeAll(async () => {
  fixture = await createFixture();
});
afterAll(() => fixture.cleanup());

describe('BodyRenderer', () => {
  it('renders an article version once per content hash', () => {
    const renderer = new BodyRenderer();
    const { graph } = fixture.content;
    const article = graph.article(PUBLIC_ARTICLE)!;
    const first = renderer.article(graph, article, 'ar', 'hash-1');
    expect(renderer.article(graph, article, 'ar', 'hash-1')).toBe(first);
    const again = renderer.article(graph, article, 'ar', 'hash-2');
    expect(again).not.toBe(first);
    expect(again.html).toBe(first.html);
    expect(renderer.article(graph, article, 'en', 'hash-1').html).not.toBe(first.html);
  });

  it('forgets renderings beyond its size bound instead of growing', () => {
    const { graph } = fixture.content;
    const article = graph.article(PUBLIC_ARTICLE)!;
    const size = new BodyRenderer().article(graph, article, 'ar', 'x').html.length;
    const renderer = new BodyRenderer(size + 10);
    const first = renderer.article(graph, article, 'ar', 'a');
    renderer.article(graph, article, 'ar', 'b');
    expect(renderer.article(graph, article, 'ar', 'a')).not.toBe(first);
  });

  it('links mentions to API paths, and leaves authors (which have none) as text', () => {
    expect(entryPath('actor', 'al-sudani')).toBe('/v1/actors/al-sudani');
    expect(entryPath('place', 'baghdad')).toBe('/v1/places/baghdad');
    expect(entryPath('author', 'iraq-desk')).toBeUndefined();
  });
});
