import { mkdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const REPO = fileURLToPath(new URL('../../', import.meta.url));

/**
 * An esbuild plugin that bundles the workspace packages (`@marsad/*`) and leaves every other package
 * external, to be loaded from node_modules: a bundle using it must be written under the repository.
 * @type {import('esbuild').Plugin}
 */
export const externalDependencies = {
  name: 'external-dependencies',
  setup(esbuild) {
    esbuild.onResolve({ filter: /^[^./]/ }, (args) =>
      args.path.startsWith('@marsad/') ? undefined : { path: args.path, external: true },
    );
  },
};

/**
 * Imports modules from the repository's TypeScript sources, bundled with esbuild, so a benchmark
 * measures the code as it stands without a build. Workspace packages (`@marsad/*`) resolve through
 * their "source" export condition and are bundled; other packages stay external and load from
 * node_modules, which is why the bundle is written under it.
 * @param {string} name a label for the temporary bundle file
 * @param {string[]} exports lines like `export { scanMarkdown } from './packages/content/src/parse/scan-markdown.ts';`,
 *   with paths relative to the repository root
 * @returns {Promise<any>} the bundle's module namespace
 */
export async function importFromSources(name, exports) {
  const folder = join(REPO, 'node_modules/.cache/marsad-bench');
  await mkdir(folder, { recursive: true });
  const outfile = join(folder, `${name}-${process.pid}.mjs`);
  await build({
    stdin: { contents: exports.join('\n'), resolveDir: REPO, loader: 'ts' },
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node22',
    conditions: ['source'],
    outfile,
    logLevel: 'error',
    plugins: [externalDependencies],
  });
  try {
    return await import(pathToFileURL(outfile).href);
  } finally {
    await rm(outfile, { force: true });
  }
}
