import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The monorepo root. */
export const REPO = fileURLToPath(new URL('../../', import.meta.url));

/**
 * Bundles an ES module, given as source text resolved from the repository root, with the workspace
 * packages taken from their TypeScript sources (the "source" export condition) into one file in
 * `folder`. The runs then time the code as it was when the benchmark started, whatever happens to the
 * workspace's dist folders meanwhile.
 * @param {string} source
 * @param {string} folder
 * @param {string} name file name of the bundle
 * @param {import('esbuild').Plugin[]} [plugins] e.g. `externalDependencies` (bench/lib/import-sources.mjs)
 *   for code whose dependencies cannot be bundled
 */
export async function snapshot(source, folder, name, plugins = []) {
  const { build } = await import('esbuild');
  const outfile = join(folder, name);
  await build({
    stdin: { contents: source, resolveDir: REPO, loader: 'ts', sourcefile: name },
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node22',
    conditions: ['source'],
    logLevel: 'error',
    plugins,
    // Some dependencies are CommonJS and call require(); an ES module has none of its own.
    banner: {
      js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
    },
  });
  return outfile;
}

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
