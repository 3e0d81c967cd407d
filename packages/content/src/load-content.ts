import type { SiteConfig } from '@marsad/schema';
import { resolveProject } from './config/resolve-project.js';
import { compareDiagnostics, type Diagnostic } from './diagnostics/diagnostic.js';
import { ContentGraph } from './graph/content-graph.js';
import { integrityRules, type Rule } from './rules/index.js';
import { runRules } from './rules/run-rules.js';
import { type LoadOptions, loadSources } from './source/load-sources.js';
import { validateEntries } from './validate/validate-entries.js';

/** Options of {@link loadContent}. */
export interface LoadContentOptions extends LoadOptions {
  /** The integrity rules to run; default: all of them. */
  rules?: readonly Rule[];
}

/** The outcome of {@link loadContent}: the linked valid content and every problem found. */
export interface LoadedContent {
  /** Only entries that passed validation; references to failed entries are left dangling. */
  graph: ContentGraph;
  /** Every diagnostic of the run, ordered by file, line and column. */
  diagnostics: Diagnostic[];
  /** Content files read. */
  fileCount: number;
  /** Absolute path of the content root that was read. */
  contentRoot: string;
  /** The project's site config, when a valid `marsad.config.*` was found. */
  config?: SiteConfig;
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
  const sources = await loadSources(project.contentRoot, options);
  const validated = validateEntries(sources.entries, sources.failed);
  const graph = new ContentGraph(validated.entities);
  const ruleDiagnostics = runRules(
    options.rules ?? integrityRules,
    graph,
    validated.origins,
    validated.failed,
  );
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
    contentRoot: project.contentRoot,
    ...(project.config && { config: project.config }),
  };
}
