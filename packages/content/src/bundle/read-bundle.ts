import { readFile, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { ReadingTime } from '@marsad/arabic';
import { ContentGraph } from '../graph/content-graph.js';
import { BundleError, messageOf } from './bundle-error.js';
import { digestOfFile, type FileDigest } from './file-digest.js';
import { StoredGraph } from './graph-database.js';
import { BUNDLE_FILES, type BundleManifest, parseManifest } from './manifest.js';
import { SearchIndex } from './search-index.js';

/** A bundle loaded for serving: its manifest, the public content graph and its search index. */
export interface Bundle {
  manifest: BundleManifest;
  /**
   * The public content only, read from the bundle's graph database as it is asked for (a bounded number
   * of entries is kept). Article bodies are read from the search database when asked for
   * (`version.body`). Both are available until {@link Bundle.close}.
   */
  graph: ContentGraph;
  search: SearchIndex;
  /** The reading time of an article version, counted when the bundle was built. */
  readingTime(articleId: string, lang: string): ReadingTime | undefined;
  /** Closes both databases. */
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

/** Fails unless a file's digest is the one the manifest recorded. */
function compare(path: string, actual: FileDigest, expected: FileDigest): void {
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
 * Checks that a data file is whole and unchanged since the manifest was written: its size first (a
 * half-copied file fails without being read), then its sha256, read in chunks.
 */
async function checkFile(path: string, expected: FileDigest): Promise<void> {
  const { size } = await readChecked(path, () => stat(path));
  compare(path, { bytes: size, sha256: expected.sha256 }, expected);
  compare(path, await digestOfFile(path), expected);
}

/**
 * Loads a bundle written by `writeBundle`: checks its format and that every file is whole (size and
 * sha256 against the manifest), and opens the graph and search databases read-only. Nothing is parsed
 * up front: entries are read when the graph is asked for them.
 *
 * @throws {BundleError} `corrupt` when the folder holds no bundle, one of another format, or a damaged
 *   or incomplete one.
 */
export async function readBundle(dir: string): Promise<Bundle> {
  const folder = resolve(dir);
  const manifest = await readManifest(folder);
  const graphPath = join(folder, BUNDLE_FILES.graph);
  const searchPath = join(folder, BUNDLE_FILES.search);
  await Promise.all([
    checkFile(graphPath, manifest.files.graph),
    checkFile(searchPath, manifest.files.search),
  ]);
  const search = SearchIndex.open(searchPath);
  let stored: StoredGraph;
  try {
    stored = new StoredGraph(graphPath, (id, lang) => search.articleBody(id, lang));
  } catch (error) {
    search.close();
    throw new BundleError(
      'corrupt',
      `${graphPath} cannot be read: ${messageOf(error)}; build the bundle again.`,
      {
        cause: error,
      },
    );
  }
  return {
    manifest,
    graph: new ContentGraph(stored),
    search,
    readingTime: (articleId, lang) => search.readingTime(articleId, lang),
    close: () => {
      stored.close();
      search.close();
    },
  };
}
