import type { ContentGraph } from '../graph/content-graph.js';
import { allEntities } from './public-content.js';
import { searchDocuments } from './search-documents.js';
import { SearchIndex } from './search-index.js';

/**
 * A search index, held in memory, of every entry of `graph` with drafts, articles in review and
 * embargoed ones: what editors search in preview, ranked and highlighted like a bundle's public index.
 * Close it when the graph is no longer served.
 */
export function previewSearchIndex(graph: ContentGraph): SearchIndex {
  return SearchIndex.inMemory(searchDocuments(allEntities(graph)));
}
