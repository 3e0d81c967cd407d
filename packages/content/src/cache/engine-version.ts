import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The packages whose code decides what a content file yields: the engine and what it validates with. */
const ENGINE_PACKAGES = ['@marsad/schema', '@marsad/arabic'] as const;

const isCode = (name: string) => /\.(c|m)?(js|ts)$/.test(name) && !/\.(d\.c?ts|test\.ts)$/.test(name);

/**
 * Feeds a package's name, version and every code file of `folder` (sorted, so the digest is stable) to
 * `hash`: `dist` when the engine runs built, `src` when it runs as written (a `source` condition).
 */
async function hashPackage(root: string, folder: string, hash: ReturnType<typeof createHash>): Promise<void> {
  const manifest = JSON.parse(await readFile(join(root, 'package.json'), 'utf8')) as Record<string, unknown>;
  hash.update(`${String(manifest.name)}@${String(manifest.version)}\n`);
  const names = await readdir(join(root, folder), { recursive: true }).catch(() => [] as string[]);
  for (const name of names.filter(isCode).sort()) {
    hash.update(`${name}\n`);
    hash.update(await readFile(join(root, folder, name)).catch(() => ''));
  }
}

/** The root of the engine package holding `file`, when `file` sits in one (not in a one-file bundle). */
async function contentPackageRoot(file: string): Promise<string | undefined> {
  for (let dir = dirname(file); dirname(dir) !== dir; dir = dirname(dir)) {
    const manifest = await readFile(join(dir, 'package.json'), 'utf8').catch(() => undefined);
    if (manifest !== undefined) return JSON.parse(manifest).name === '@marsad/content' ? dir : undefined;
  }
  return undefined;
}

let version: Promise<string> | undefined;

/**
 * What a cache entry was computed with: the running module itself, and each engine package's version and
 * code (built, or as written when run from the sources), so a release and a local edit to the engine both invalidate what an older
 * engine cached. Inside a one-file bundle, the bundle is the engine: hashing it is enough.
 */
export function engineVersion(): Promise<string> {
  version ??= (async () => {
    const here = fileURLToPath(import.meta.url);
    const hash = createHash('sha1');
    hash.update(await readFile(here));
    const root = await contentPackageRoot(here);
    if (root) {
      const folder = here.endsWith('.ts') ? 'src' : 'dist';
      await hashPackage(root, folder, hash);
      const require = createRequire(here);
      for (const name of ENGINE_PACKAGES) {
        await hashPackage(dirname(require.resolve(`${name}/package.json`)), folder, hash);
      }
    }
    return hash.digest('hex');
  })();
  return version;
}
