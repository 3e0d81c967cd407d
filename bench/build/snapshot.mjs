import { mkdir, mkdtemp } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { externalDependencies } from '../lib/import-sources.mjs';

/** The monorepo root. */
export const REPO = fileURLToPath(new URL('../../', import.meta.url));

/**
 * A new folder for snapshots, under the repository: a snapshot leaves npm packages external (some
 * CommonJS ones load files by relative paths, which a bundle cannot hold), to be found in its node_modules.
 * @param {string} prefix
 */
export async function snapshotFolder(prefix) {
  const cache = join(REPO, 'node_modules/.cache');
  await mkdir(cache, { recursive: true });
  return mkdtemp(join(cache, prefix));
}

/**
 * Bundles an ES module, given as source text resolved from the repository root, with the workspace
 * packages taken from their TypeScript sources (the "source" export condition) into one file in
 * `folder` (one from `snapshotFolder`). The runs then time the code as it was when the benchmark
 * started, whatever happens to the workspace's dist folders meanwhile.
 * @param {string} source
 * @param {string} folder
 * @param {string} name file name of the bundle
 */
export async function snapshot(source, folder, name) {
  const { build } = await import('esbuild');
  const outfile = join(folder, name);
  const options = {
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node22',
    conditions: ['source'],
    logLevel: 'error',
    plugins: [externalDependencies],
    // Some dependencies are CommonJS and call require(); an ES module has none of its own.
    banner: {
      js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
    },
  };
  await build({
    ...options,
    stdin: { contents: source, resolveDir: REPO, loader: 'ts', sourcefile: name },
    outfile,
  });
  // The engine starts its worker threads from files beside its own module, as in its dist folder.
  await build({
    ...options,
    entryPoints: ENGINE_WORKERS,
    outdir: folder,
    outExtension: { '.js': extname(name) },
  });
  return outfile;
}

/** The engine's worker entries (packages/content/tsup.config.ts), by the name it looks for. */
const ENGINE_WORKERS = {
  'check-worker': join(REPO, 'packages/content/src/worker/check-worker.ts'),
  'search-worker': join(REPO, 'packages/content/src/bundle/search-worker.ts'),
};

/** The `marsad` command as bin/marsad.js runs it, from the CLI's sources. */
export const CLI_SOURCE = `
import { runCli } from './apps/cli/src/cli.ts';
process.exitCode = await runCli(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  cwd: process.cwd(),
  env: process.env,
  isTTY: false,
});
`;
