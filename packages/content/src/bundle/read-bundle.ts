import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { ReadingTime } from '@marsad/arabic';
import { ContentGraph } from '../graph/content-graph.js';
import { BundleError, messageOf } from './bundle-error.js';
import { digestOf, type FileDigest } from './file-digest.js';
import { type ParsedGraph, parseGraphJson, readingTimeOf } from './graph-file.js';
import { BUNDLE_FILES, type BundleManifest, parseManifest } from './manifest.js';
import { SearchIndex } from './search-index.js';

/** A bundle loaded for serving: its manifest, the public content graph and its search index. */
export interface Bundle {
  manifest: BundleManifest;
  /**
   * The public content only. Article bodies are read from the search database when asked for
   * (`version.body`), so they are available until {@link Bundle.close}.
   */
  graph: ContentGraph;
  search: SearchIndex;
  /** The reading time of an article version, counted when the bundle was built. */
  readingTime(articleId: string, lang: string): ReadingTime | undefined;
  /** Closes the search database. */
  close(): void;
}

const isMissing = (error: unknown) => (error as NodeJS.ErrnoException | undefined)?.code === 'ENOENT';

async function readManifest(dir: string): Promise<BundleManifest> {
  const path = join(dir, BUNDLE_FILES.manifest);
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if (!isMissing(error)) throw error;
    throw new BundleError(
      'corrupt',
      `${dir} holds no bundle (no ${BUNDLE_FILES.manifest}); build one with marsad build.`,
      { cause: error },
    );
  }
  return parseManifest(text, path);
}

/** Fails unless a file is whole and unchanged since the manifest was written. */
async function checkFile(path: string, data: Uint8Array, expected: FileDigest): Promise<void> {
  const actual = await digestOf(data);
  const what =
    actual.bytes !== expected.bytes
      ? `has ${actual.bytes} bytes where the manifest says ${expected.bytes}`
      : actual.sha256 !== expected.sha256
        ? 'does not match the sha256 in the manifest'
        : undefined;
  if (what) {
    throw new BundleError(
      'corrupt',
      `${path} ${what}: the bundle is damaged or half-copied; build it again.`,
    );
  }
}

async function readChecked<T>(path: string, read: () => Promise<T>): Promise<T> {
  try {
    return await read();
  } catch (error) {
    if (!isMissing(error)) throw error;
    throw new BundleError('corrupt', `${path} is missing: the bundle is incomplete; build it again.`, {
      cause: error,
    });
  }
}

/**
 * Loads a bundle written by `writeBundle`: checks its format and that every file is whole (size and
 * sha256 against the manifest), rebuilds the content graph from graph.json and opens the search
 * database read-only.
 *
 * @throws {BundleError} `corrupt` when the folder holds no bundle, one of another format, or a damaged
 *   or incomplete one.
 */
export async function readBundle(dir: string): Promise<Bundle> {
  const folder = resolve(dir);
  const manifest = await readManifest(folder);
  const graphPath = join(folder, BUNDLE_FILES.graph);
  const searchPath = join(folder, BUNDLE_FILES.search);
  const graphBytes = await readChecked(graphPath, () => readFile(graphPath));
  // Both files are hashed off the main thread while it parses graph.json; nothing is handed out before
  // the hashes are confirmed.
  const checked = Promise.all([
    checkFile(graphPath, graphBytes, manifest.files.graph),
    readChecked(searchPath, () => readFile(searchPath)).then((data) =>
      checkFile(searchPath, data, manifest.files.search),
    ),
  ]);
  // Its failure is reported where it is awaited; should parsing fail first, it must not go unhandled.
  checked.catch(() => {});
  let search: SearchIndex | undefined;
  let parsed: ParsedGraph;
  let graph: ContentGraph;
  try {
    parsed = parseGraphJson(graphBytes.toString('utf8'), (id, lang) => search?.articleBody(id, lang));
    graph = new ContentGraph(parsed.entities);
  } catch (error) {
    await checked;
    throw new BundleError(
      'corrupt',
      `${graphPath} cannot be read: ${messageOf(error)}; build the bundle again.`,
      {
        cause: error,
      },
    );
  }
  await checked;
  search = SearchIndex.open(searchPath);
  return {
    manifest,
    graph,
    search,
    readingTime: (articleId, lang) => readingTimeOf(parsed, articleId, lang),
    close: () => search.close(),
  };
}
