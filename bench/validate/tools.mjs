import { existsSync } from 'node:fs';
import { appendFile, readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The monorepo root. */
export const REPO = fileURLToPath(new URL('../../', import.meta.url));
/** The Astro peer project, whose node_modules the runner installs. */
export const ASTRO_PEER = join(REPO, 'bench/peers/astro');
/** The Astro version the issue measured, pinned in the peer's package.json and lock. */
export const ASTRO_VERSION = '7.3.5';
const CLI = join(REPO, 'apps/cli/bin/marsad.js');

/**
 * One side of the comparison: how to run it on its corpus, which caches make a run cold, and which
 * file the one-file-changed runs edit.
 * @typedef {object} Tool
 * @property {string} name
 * @property {string} description the command as a reader would type it
 * @property {(corpus: string) => { command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv }} invocation
 * @property {(corpus: string) => Promise<void>} clearCache
 * @property {(corpus: string) => string} articlesFolder where the articles of its corpus are
 */

/** The engine's worker thread, which the engine looks for beside its own module (`check-worker` + its extension). */
const WORKER = join(REPO, 'packages/content/dist/check-worker.js');

/**
 * Bundles `entry` and everything it imports into one file in `folder`, with the engine's worker beside
 * it: the runs then time the code as it was built when the benchmark started, even if the workspace's
 * dist folders are rebuilt meanwhile.
 * @param {string} entry
 * @param {string} folder
 */
async function snapshot(entry, folder) {
  const { build } = await import('esbuild');
  await build({
    entryPoints: { 'marsad-snapshot': entry, 'check-worker': WORKER },
    outdir: folder,
    outExtension: { '.js': '.mjs' },
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node22',
    logLevel: 'error',
    // ES builds first: UMD builds (jsonc-parser's) require() their own files by computed paths, which a
    // bundle cannot resolve.
    mainFields: ['module', 'main'],
    // Some dependencies are CommonJS and call require(); an ES module has none of its own.
    banner: {
      js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
    },
  });
  return join(folder, 'marsad-snapshot.mjs');
}

/**
 * `marsad validate` through the CLI when it has been built, else the engine's `loadContent` (the
 * same work without the reporter), each frozen into one bundle in `folder` (see {@link snapshot}).
 * @param {string} folder
 * @returns {Promise<Tool>}
 */
export async function marsadTool(folder) {
  const useCli = existsSync(CLI);
  const bundle = await snapshot(useCli ? CLI : join(REPO, 'bench/validate/run-marsad.mjs'), folder);
  // Its own folder, so that clearing it makes a run cold whatever the default would be.
  const cache = join(folder, 'cache');
  return {
    name: 'marsad',
    description: useCli
      ? 'marsad validate <corpus> --format json --cache-dir <dir> (apps/cli/bin/marsad.js, bundled when the run starts)'
      : 'node bench/validate/run-marsad.mjs <corpus> <cache dir> (loadContent from packages/content/dist, bundled when the run starts)',
    invocation: (corpus) => ({
      command: process.execPath,
      args: useCli
        ? [bundle, 'validate', corpus, '--format', 'json', '--cache-dir', cache]
        : [bundle, corpus, cache],
      cwd: REPO,
      env: process.env,
    }),
    clearCache: () => rm(cache, { recursive: true, force: true }),
    articlesFolder: (corpus) => join(corpus, 'articles'),
  };
}

/**
 * `astro sync` in the peer project over the Astro-format corpus. Cold means no data store: Astro
 * keeps it in `node_modules/.astro` (and types in `.astro`), and skips unchanged entries when it is there.
 * @returns {Promise<Tool>}
 */
export async function astroTool() {
  return {
    name: 'astro',
    description: `astro@${ASTRO_VERSION} sync (bench/peers/astro, corpus as content collections)`,
    invocation: (corpus) => ({
      command: process.execPath,
      args: [join(ASTRO_PEER, 'node_modules/astro/bin/astro.mjs'), 'sync'],
      cwd: ASTRO_PEER,
      env: {
        ...process.env,
        MARSAD_BENCH_CONTENT: join(corpus, 'src/content'),
        ASTRO_TELEMETRY_DISABLED: '1',
      },
    }),
    clearCache: async () => {
      await rm(join(ASTRO_PEER, '.astro'), { recursive: true, force: true });
      await rm(join(ASTRO_PEER, 'node_modules/.astro'), { recursive: true, force: true });
    },
    articlesFolder: (corpus) => join(corpus, 'src/content/articles'),
  };
}

/**
 * The Arabic original both corpora share that the one-file-changed runs edit: the first by name.
 * @param {string} folder an articles folder
 */
export async function articleToChange(folder) {
  const names = (await readdir(folder)).filter((name) => name.endsWith('.ar.md')).sort();
  if (!names[0]) throw new Error(`No Arabic article in ${folder}`);
  return join(folder, names[0]);
}

/**
 * Changes one article the way an editor would, appending a paragraph, so its content (and hash) differ.
 * @param {string} path
 * @param {number} round makes each edit different from the last
 */
export function editArticle(path, round) {
  return appendFile(path, `\nفقرة أضافها المحرر في الجولة ${round} لقياس إعادة التحقق بعد تعديل ملف واحد.\n`);
}
