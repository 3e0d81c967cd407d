import { createHash, type Hash } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import packageJson from '../../package.json' with { type: 'json' };
import type { LoadedContent } from '../load-content.js';
import { BundleError } from './bundle-error.js';
import { digestOfFile } from './file-digest.js';
import { writeGraphDatabase } from './graph-database.js';
import { BUNDLE_FILES, BUNDLE_FORMAT, type BundleManifest } from './manifest.js';
import { type EntityLists, nextPublicChange, publicEntities } from './public-content.js';
import { replaceFolder } from './replace-folder.js';
import { searchDocuments } from './search-documents.js';
import { SearchThread, writeSearchIndex } from './search-writer.js';

/** Options of {@link writeBundle}. */
export interface WriteBundleOptions {
  /**
   * The time the bundle is for: articles public at this moment go in. Pass a fixed time to get the
   * same bytes from the same content.
   */
  now: Date;
  /** Work started before the content was loaded ({@link prepareBundle}); used up by this build. */
  preparation?: BundlePreparation;
}

/**
 * Work on a bundle that can start before its content is validated: a thread reads the articles' bodies
 * and makes their search texts while the validation keeps this thread busy. Hand it to
 * {@link writeBundle}, or {@link BundlePreparation.close} it when no bundle is written.
 */
export class BundlePreparation {
  #thread: SearchThread | undefined;
  /**
   * How many article bodies were made ready, once the preparation has stopped: when every body is
   * ready, or when the bundle began to be written (0 when it was closed before it said).
   */
  readonly prepared: Promise<number>;

  /**
   * @param path the project, as `loadContent` takes it.
   * @internal Made by {@link prepareBundle}.
   */
  constructor(path: string) {
    this.#thread = SearchThread.start(path);
    this.prepared = this.#thread?.prepared ?? Promise.resolve(0);
  }

  /**
   * The thread, once: a preparation serves one bundle (`writeBundle` takes it).
   * @internal
   */
  take(): SearchThread | undefined {
    const thread = this.#thread;
    this.#thread = undefined;
    return thread;
  }

  /** Stops the work, if no bundle took it. */
  async close(): Promise<void> {
    await this.take()?.stop();
  }
}

/**
 * Starts preparing the bundle of the project at `path` (see {@link BundlePreparation}). Worth it only
 * when the content is loaded next in the same process: on two cores a build then takes the time of the
 * validation and of writing the databases' rows, instead of also that of converting and indexing every
 * article body.
 */
export function prepareBundle(path: string): BundlePreparation {
  return new BundlePreparation(path);
}

/** The hash of what readers get: the time it was selected for, every entry as stored, every body in order. */
function startContentHash(builtFor: string): Hash {
  return createHash('sha256').update(`marsad-bundle/${BUNDLE_FORMAT}\n${builtFor}\n`);
}

function finishContentHash(hash: Hash, entities: EntityLists): string {
  for (const article of entities.article) {
    for (const lang of Object.keys(article.versions).sort()) {
      hash.update(`\n${JSON.stringify([article.id, lang])}\n`).update(article.versions[lang]!.body);
    }
  }
  return hash.digest('hex');
}

function counts(entities: EntityLists): BundleManifest['counts'] {
  return {
    articles: entities.article.length,
    articleVersions: entities.article.reduce((sum, article) => sum + Object.keys(article.versions).length, 0),
    actors: entities.actor.length,
    events: entities.event.length,
    places: entities.place.length,
    authors: entities.author.length,
  };
}

/**
 * Writes the bundle the site and the API read: the public content at `options.now` (published
 * articles past any embargo, all actors, events, places and authors) as `graph.sqlite` (entries as rows, inverse edges and the event timeline indexed), the Arabic-aware
 * search database `search.sqlite` (which also holds the article bodies), and `manifest.json` with counts,
 * hashes and the next time the public content changes.
 *
 * The folder is written next to `outDir` and renamed into place when complete; the same content and
 * `now` give byte-identical files.
 *
 * @throws {BundleError} `content` when the content has errors (nothing is written), `output` when
 *   `outDir` is a file or a folder of other files or cannot be written.
 */
export async function writeBundle(
  content: LoadedContent,
  outDir: string,
  options: WriteBundleOptions,
): Promise<BundleManifest> {
  try {
    return await writePreparedBundle(content, outDir, options);
  } finally {
    await options.preparation?.close();
  }
}

async function writePreparedBundle(
  content: LoadedContent,
  outDir: string,
  options: WriteBundleOptions,
): Promise<BundleManifest> {
  const errors = content.diagnostics.filter((diagnostic) => diagnostic.severity === 'error').length;
  if (errors > 0) {
    throw new BundleError(
      'content',
      `The content has ${errors} error${errors === 1 ? '' : 's'}; fix ${errors === 1 ? 'it' : 'them'} (marsad validate lists them) and build again.`,
    );
  }
  if (Number.isNaN(options.now.getTime()))
    throw new RangeError('writeBundle: options.now is an invalid date.');
  const builtFor = options.now.toISOString();
  const entities = publicEntities(content.graph, options.now);
  return replaceFolder(outDir, async (folder) => {
    const graphPath = join(folder, BUNDLE_FILES.graph);
    const searchPath = join(folder, BUNDLE_FILES.search);
    const hash = startContentHash(builtFor);
    // The search database is deflated and written on a second thread, and this one writes the graph
    // database whenever that thread has enough rows to work on: on two cores, both at once.
    const search = await writeSearchIndex(
      searchPath,
      searchDocuments(entities),
      writeGraphDatabase(graphPath, entities, hash),
      options.preparation?.take() ?? SearchThread.start(),
    );
    const manifest: BundleManifest = {
      format: BUNDLE_FORMAT,
      engine: packageJson.version,
      contentHash: finishContentHash(hash, entities),
      builtFor,
      nextChange: nextPublicChange(content.graph, options.now),
      counts: counts(entities),
      languages: [...new Set(entities.article.flatMap((article) => Object.keys(article.versions)))].sort(),
      search,
      files: { graph: await digestOfFile(graphPath), search: await digestOfFile(searchPath) },
    };
    await writeFile(join(folder, BUNDLE_FILES.manifest), `${JSON.stringify(manifest, null, 2)}\n`);
    return manifest;
  });
}
