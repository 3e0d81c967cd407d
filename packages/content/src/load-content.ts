import type { SiteConfig } from '@marsad/schema';
import { defaultCacheDir } from './cache/cache-dir.js';
import { ContentCache } from './cache/content-cache.js';
import { engineVersion } from './cache/engine-version.js';
import { resolveProject } from './config/resolve-project.js';
import { compareDiagnostics, type Diagnostic } from './diagnostics/diagnostic.js';
import { ContentGraph } from './graph/content-graph.js';
import { integrityRules, type Rule } from './rules/index.js';
import { runRules } from './rules/run-rules.js';
import { checkSources } from './source/check-sources.js';
import type { LoadOptions } from './source/load-sources.js';
import { assembleEntries, originKey } from './validate/validate-entries.js';

/** Options of {@link loadContent}. */
export interface LoadContentOptions extends LoadOptions {
  /** The integrity rules to run; default: all of them. */
  rules?: readonly Rule[];
  /**
   * Keep each file's results (parse, schema check, diagnostics) by content digest and engine version,
   * and reuse them on the next run for files whose content is unchanged: `true` for the default folder
   * (see `defaultCacheDir`), `{ dir }` for another. Default: no cache.
   */
  cache?: boolean | { dir: string };
  /**
   * Read and check files over worker threads when at least this many must be read (default 500);
   * `Infinity` for none. The outcome is the same either way.
   */
  workerMinFiles?: number;
  /** Worker threads to start then; default one per core beyond two (none on a 2-core machine). */
  workers?: number;
}

/** The outcome of {@link loadContent}: the linked valid content and every problem found. */
export interface LoadedContent {
  /** Only entries that passed validation; references to failed entries are left dangling. */
  graph: ContentGraph;
  /** Every diagnostic of the run, ordered by file, line and column. */
  diagnostics: Diagnostic[];
  /** Content files read. */
  fileCount: number;
  /** Of those, files whose results came from the cache (their content unchanged since it was filled). */
  cachedFileCount: number;
  /** Absolute path of the content root that was read. */
  contentRoot: string;
  /** The project's site config, when a valid `marsad.config.*` was found. */
  config?: SiteConfig;
}

async function openCache(contentRoot: string, cache: true | { dir: string }): Promise<ContentCache> {
  const dir = cache === true ? await defaultCacheDir(contentRoot) : cache.dir;
  return ContentCache.open(dir, await engineVersion());
}

/**
 * Reads a content root (articles/, actors/, events/, places/, authors/), or the one a project's
 * `marsad.config.*` names, validates every entry
 * against `@marsad/schema`, links them into a {@link ContentGraph} and runs the integrity rules.
 * Never throws on content: problems come back as diagnostics. Throws `ContentRootError` only when
 * the root itself is missing or unreadable.
 */
export async function loadContent(path: string, options: LoadContentOptions = {}): Promise<LoadedContent> {
  const project = await resolveProject(path);
  const cache = options.cache ? await openCache(project.contentRoot, options.cache) : undefined;
  const { cache: _cacheOption, ...checkOptions } = options;
  const sources = await checkSources(project.contentRoot, { ...checkOptions, ...(cache && { cache }) });
  const validated = assembleEntries(sources.entries, sources.failed);
  const graph = new ContentGraph(validated.entities);
  const findings = runRules(
    options.rules ?? integrityRules,
    graph,
    validated.origins,
    (kind, id) => validated.failed.has(originKey(kind, id)),
    { ...(cache && { memos: cache }) },
  );
  const ruleDiagnostics = findings.flatMap((finding) => finding.diagnostics);
  await cache?.save();
  const diagnostics = [
    ...project.diagnostics,
    ...sources.diagnostics,
    ...validated.diagnostics,
    ...ruleDiagnostics,
  ].sort(compareDiagnostics);
  return {
    graph,
    diagnostics,
    fileCount: sources.fileCount,
    cachedFileCount: sources.cachedFileCount,
    contentRoot: project.contentRoot,
    ...(project.config && { config: project.config }),
  };
}
