import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import {
  type Bundle,
  BundleError,
  CONFIG_FILES,
  type LoadedContent,
  loadContent,
  readBundle,
  writeBundle,
} from '@marsad/content';
import { type ApiData, dataFromBundle } from './data.js';

/** Options of {@link loadData}. */
export interface LoadDataOptions {
  /** The bundle folder (`MARSAD_BUNDLE`). */
  bundleDir: string;
  /** The project root or content root a bundle is built from when there is none (`MARSAD_CONTENT`). */
  contentDir: string;
  /** Also read the content folder, with its drafts, for requests that carry the preview token. */
  preview?: boolean;
  /** The time that decides what is public; default: now. */
  now?: Date;
  /** Where progress lines go; default: nowhere. */
  log?: (line: string) => void;
}

/**
 * The closest folder, from `start` upwards, that holds a `marsad.config.*`: the project the server
 * serves by default. `start` itself when there is none.
 */
export function findProjectRoot(start: string): string {
  for (let dir = start; ; dir = dirname(dir)) {
    if (CONFIG_FILES.some((name) => existsSync(join(dir, name)))) return dir;
    if (dirname(dir) === dir) return start;
  }
}

/**
 * Loads what the API serves: the bundle in `bundleDir`, or, when there is none, one built there from
 * `contentDir` first (which fails with a `BundleError` if the content has errors). A bundle whose
 * `nextChange` has passed (an embargo has lifted since it was built) is built again.
 */
export async function loadData(options: LoadDataOptions): Promise<ApiData> {
  const started = performance.now();
  const now = options.now ?? new Date();
  const log = options.log ?? (() => {});
  let content: LoadedContent | undefined;
  const build = async (why: string): Promise<Bundle> => {
    log(`${why}; building it from ${options.contentDir}.`);
    content ??= await loadContent(options.contentDir);
    await writeBundle(content, options.bundleDir, { now });
    return readBundle(options.bundleDir);
  };
  let bundle: Bundle;
  try {
    bundle = await readBundle(options.bundleDir);
  } catch (error) {
    if (!(error instanceof BundleError) || error.problem !== 'corrupt') throw error;
    bundle = await build(error.message.replace(/[.;] build .*$/i, ''));
  }
  const { nextChange } = bundle.manifest;
  if (nextChange !== null && Date.parse(nextChange) <= now.getTime()) {
    bundle.close();
    bundle = await build(
      `${options.bundleDir} was built for ${bundle.manifest.builtFor} and an article has become public since`,
    );
  }
  if (options.preview) content ??= await loadContent(options.contentDir);
  return dataFromBundle(bundle, options.bundleDir, {
    loadedAt: new Date(),
    loadMs: performance.now() - started,
    previewGraph: options.preview ? content?.graph : undefined,
  });
}
