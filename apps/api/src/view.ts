import { type ArticleEntry, type ContentGraph, isPublic } from '@marsad/content';
import type { ApiData, SearchBackend } from './data.js';
import { articlesNewestFirst, publicArticles, publicSince } from './views/graph-index.js';

/** Who is asking, and when: decides which articles exist for the request. */
export interface Access {
  /** The request carried the preview token: drafts, articles in review and embargoed ones are shown. */
  preview: boolean;
  now: Date;
}

/**
 * The {@link View.version} of anonymous requests at `now`. A bundle's public articles do not change
 * after the time it was built for, so its version is fixed then without reading any article; a content
 * folder's changes with the last publication time or embargo end before `now`.
 */
export function anonymousVersion(data: ApiData, now: Date): string {
  if (data.builtFor !== undefined && now.getTime() >= Date.parse(data.builtFor)) {
    return `${data.hash}:${data.builtFor}`;
  }
  return `${data.hash}:${publicSince(data.graph, now)}`;
}

/**
 * The content as one request may see it. Every route reads articles through this class and only
 * through it, so an article that is not public (draft, review, embargoed, not yet published) is
 * missing from every response, list, facet, count and search result of anonymous requests.
 */
export class View {
  readonly graph: ContentGraph;

  constructor(
    readonly data: ApiData,
    readonly access: Access,
  ) {
    this.graph = access.preview ? (data.previewGraph ?? data.graph) : data.graph;
  }

  /** Full-text search over what this request may see; absent when the content has no search index. */
  get search(): SearchBackend | undefined {
    return this.access.preview ? (this.data.previewSearch ?? this.data.search) : this.data.search;
  }

  /** Whether this request may see `article`. */
  isVisible(article: ArticleEntry): boolean {
    return this.access.preview || isPublic(article.meta, this.access.now);
  }

  /** The article with `id`, if it exists and this request may see it. */
  article(id: string): ArticleEntry | undefined {
    const article = this.graph.article(id);
    return article !== undefined && this.isVisible(article) ? article : undefined;
  }

  /**
   * What this request's responses depend on besides the URL: the content, whether preview is on, and
   * (for anonymous requests) when the set of public articles last changed. ETags and caches key on it.
   */
  get version(): string {
    return this.access.preview ? `${this.data.hash}:preview` : anonymousVersion(this.data, this.access.now);
  }

  /** The articles this request may see, newest first. */
  articles(): ArticleEntry[] {
    return this.access.preview
      ? articlesNewestFirst(this.graph)
      : publicArticles(this.graph, this.access.now);
  }

  /**
   * The visible articles about an actor, event or place (main subject, region or mention in a body),
   * newest first; for a place, also those about the places within it.
   */
  articlesAbout(kind: 'actor' | 'event' | 'place', id: string): ArticleEntry[] {
    const ids = new Set<string>();
    const subjects =
      kind === 'place' ? [id, ...this.graph.placesWithin(id, { deep: true }).map((p) => p.id)] : [id];
    for (const subject of subjects) {
      for (const reference of this.graph.referencesTo(kind, subject)) {
        if (reference.from.kind === 'article') ids.add(reference.from.id);
      }
    }
    return this.articles().filter((article) => ids.has(article.id));
  }
}
