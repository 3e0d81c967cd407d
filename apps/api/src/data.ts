import { createHash } from 'node:crypto';
import {
  type Bundle,
  type ContentGraph,
  type LoadedContent,
  previewSearchIndex,
  type SearchIndex,
} from '@marsad/content';

/** Full-text search, ranked, best first (a bundle's search index, or the preview graph's). */
export type SearchBackend = Pick<SearchIndex, 'search'>;

/** Where the served content came from. */
export interface DataOrigin {
  kind: 'bundle' | 'content';
  /** Absolute path of the bundle folder or content root. */
  path: string;
}

/**
 * Everything the API serves, behind one interface so that the routes neither know nor care whether
 * it came from a `marsad build` bundle or straight from a content folder.
 */
export interface ApiData {
  /**
   * The content anonymous readers are served from. It may hold articles that are not public (when
   * read from a content folder): the routes still ask `isPublic` for every article they touch.
   */
  graph: ContentGraph;
  /** The content with drafts and embargoed articles, served to requests that carry the preview token. */
  previewGraph?: ContentGraph;
  /** Full-text search over the public content; absent when the content was not indexed (no bundle). */
  search?: SearchBackend;
  /** Full-text search over {@link ApiData.previewGraph}, drafts included, for preview requests. */
  previewSearch?: SearchBackend;
  /** Identifies this exact content: ETags are derived from it, so a new bundle invalidates every cache. */
  hash: string;
  /** When the content was loaded (ISO 8601). */
  loadedAt: string;
  /** How long loading took, in milliseconds. */
  loadMs: number;
  origin: DataOrigin;
  /**
   * When an article held back from this content becomes public, so it must be rebuilt (a bundle's
   * `nextChange`); `null` when none is waiting or when publicity is decided per request (content folder).
   */
  nextChange: string | null;
  /**
   * For a bundle, the time it was built for: its articles were all public then and stay public, so from
   * then on the set anonymous readers see does not change. Absent for a content folder.
   */
  builtFor?: string;
  /** Releases what the data holds open (the search databases). */
  close(): void;
}

/** A hash of every entry of a graph and of every article body: equal content, equal hash. */
export function hashGraph(graph: ContentGraph): string {
  const hash = createHash('sha256');
  for (const kind of ['actor', 'event', 'place', 'author'] as const) {
    for (const entry of graph.all(kind)) hash.update(JSON.stringify(entry)).update('\n');
  }
  for (const article of graph.all('article')) {
    hash.update(JSON.stringify(article.meta)).update('\n');
    for (const lang of Object.keys(article.versions).sort()) {
      const version = article.versions[lang]!;
      hash
        .update(JSON.stringify([lang, version.frontmatter]))
        .update(version.body)
        .update('\n');
    }
  }
  return hash.digest('hex');
}

/**
 * Serves a content folder read with `loadContent` (no bundle): the same graph for anonymous and preview
 * requests, since `isPublic` decides per request, and no search.
 */
export function dataFromContent(loaded: LoadedContent, timing: LoadTiming): ApiData {
  return {
    graph: loaded.graph,
    previewGraph: loaded.graph,
    hash: hashGraph(loaded.graph),
    loadedAt: timing.loadedAt.toISOString(),
    loadMs: timing.loadMs,
    origin: { kind: 'content', path: loaded.contentRoot },
    nextChange: null,
    close() {},
  };
}

/** Timing and provenance of a load. */
export interface LoadTiming {
  loadedAt: Date;
  loadMs: number;
}

/**
 * Serves a bundle read with `readBundle`: its public graph and search index, its content hash for ETags.
 * `previewGraph`, when given (the content folder it was built from), serves requests with the preview token.
 */
export function dataFromBundle(
  bundle: Bundle,
  origin: string,
  timing: LoadTiming & { previewGraph?: ContentGraph | undefined },
): ApiData {
  const { previewGraph } = timing;
  const previewSearch = previewGraph && lazyPreviewSearch(previewGraph);
  return {
    graph: bundle.graph,
    ...(previewGraph && { previewGraph, previewSearch }),
    search: bundle.search,
    hash: bundle.manifest.contentHash,
    loadedAt: timing.loadedAt.toISOString(),
    loadMs: timing.loadMs,
    origin: { kind: 'bundle', path: origin },
    nextChange: bundle.manifest.nextChange,
    builtFor: bundle.manifest.builtFor,
    close() {
      previewSearch?.close();
      bundle.close();
    },
  };
}

/**
 * The search index of a preview graph, built on the first preview search rather than at load: it holds
 * every article in memory, which a server no editor searches should neither wait for nor keep.
 */
function lazyPreviewSearch(graph: ContentGraph): SearchBackend & { close(): void } {
  let index: SearchIndex | undefined;
  let closed = false;
  return {
    search(query, options) {
      if (closed) throw new Error('The preview search index was closed with the data it belongs to.');
      index ??= previewSearchIndex(graph);
      return index.search(query, options);
    },
    close() {
      closed = true;
      index?.close();
    },
  };
}
