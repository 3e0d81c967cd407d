import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { run } from './run.js';

/** The `packages/schema` folder. */
export const packageDir = fileURLToPath(new URL('../../', import.meta.url));

const require = createRequire(import.meta.url);

/** The folder of a package installed in the workspace's node_modules (such as `zod`). */
export function installedPackageDir(name: string): string {
  return dirname(require.resolve(`${name}/package.json`));
}

/** The workspace's TypeScript compiler entry point, run with `node`. */
export const tscPath = require.resolve('typescript/bin/tsc');

/**
 * Builds the package when `dist/` or the JSON Schemas are missing. CI builds before it tests, so
 * this only costs time on a fresh checkout where someone runs the tests first.
 */
export async function ensureBuilt(): Promise<void> {
  const built = ['dist/index.js', 'dist/index.cjs', 'dist/index.d.ts', 'json-schema/actor.json'].every(
    (file) => existsSync(join(packageDir, file)),
  );
  if (!built) await run('npm', ['run', 'build'], packageDir);
}

/** A tarball written by `npm pack`, with the paths it holds. */
export interface PackedTarball {
  path: string;
  files: string[];
}

/** Packs the package in `dir` into `destination` with `npm pack`, without the network. */
export async function pack(dir: string, destination: string): Promise<PackedTarball> {
  const stdout = await run(
    'npm',
    ['pack', dir, '--pack-destination', destination, '--json', '--offline'],
    destination,
  );
  const [report] = JSON.parse(stdout) as [{ filename: string; files: { path: string }[] }];
  return { path: join(destination, report.filename), files: report.files.map((file) => file.path) };
}
