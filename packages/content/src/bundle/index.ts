export { BundleError, type BundleProblem } from './bundle-error.js';
export { BUNDLE_FILES, BUNDLE_FORMAT, type BundleManifest } from './manifest.js';
export { previewSearchIndex } from './preview-search.js';
export { type Bundle, readBundle } from './read-bundle.js';
export { checkBundleOutput } from './replace-folder.js';
export type { SearchKind } from './search-documents.js';
export { MAX_SEARCH_LIMIT, SearchIndex, type SearchOptions, type SearchResult } from './search-index.js';
export type { Snippet } from './snippet.js';
export {
  type BundlePreparation,
  prepareBundle,
  type WriteBundleOptions,
  writeBundle,
} from './write-bundle.js';
