import {
  type ActorEntry,
  type ArticleEntry,
  type ContentGraph,
  type RenderedArticle,
  renderArticle,
  renderMarkdown,
  type TocEntry,
} from '@marsad/content';
import { LruCache } from './lru-cache.js';

/** A rendered article version: what the detail route serves besides the Markdown. */
export interface RenderedVersion {
  html: string;
  toc: TocEntry[];
  readingTime: RenderedArticle['readingTime'];
}

/** The API path of an entry a body mentions (authors have no endpoint: their mentions stay text). */
export function entryPath(kind: string, id: string): string | undefined {
  const collection = { actor: 'actors', event: 'events', place: 'places' }[kind];
  return collection === undefined ? undefined : `/v1/${collection}/${id}`;
}

const linksIn = (graph: ContentGraph) => (kind: string, id: string) =>
  graph.has(kind as 'actor', id) ? entryPath(kind, id) : undefined;

/**
 * Renders Markdown bodies (article versions, actor profiles) to sanitised HTML and keeps the results,
 * least recently used out first, up to a total size: rendering runs at about 1 MB/s, far slower than
 * serving. Keys include the content hash, so a new bundle never serves old HTML.
 */
export class BodyRenderer {
  readonly #cache: LruCache<string, RenderedVersion>;

  /** @param maxChars Rendered HTML kept, in UTF-16 code units. */
  constructor(maxChars = 32 * 1024 * 1024) {
    this.#cache = new LruCache({ maxWeight: maxChars, weigh: (version) => version.html.length });
  }

  #cached(key: string, render: () => RenderedVersion): RenderedVersion {
    const cached = this.#cache.get(key);
    if (cached) return cached;
    const rendered = render();
    this.#cache.set(key, rendered);
    return rendered;
  }

  /** The `lang` version of `article`, which must have it, from the content whose hash is `hash`. */
  article(graph: ContentGraph, article: ArticleEntry, lang: string, hash: string): RenderedVersion {
    return this.#cached(`${hash}\u0000article\u0000${article.id}\u0000${lang}`, () => {
      const rendered = renderArticle(article, { lang, linkFor: linksIn(graph) });
      if (rendered === undefined) throw new RangeError(`Article ${article.id} has no ${lang} version.`);
      return { html: rendered.html, toc: rendered.toc, readingTime: rendered.readingTime };
    });
  }

  /** The HTML of an actor's Markdown profile, which it must have. */
  profile(graph: ContentGraph, actor: ActorEntry, hash: string): string {
    const body = actor.profile!.body;
    return this.#cached(`${hash}\u0000actor\u0000${actor.id}`, () => {
      const { html, toc } = renderMarkdown(body, { linkFor: linksIn(graph) });
      return { html, toc, readingTime: { words: 0, minutes: 0 } };
    }).html;
  }
}
