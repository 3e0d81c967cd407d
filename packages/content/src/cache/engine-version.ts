import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The packages whose code decides what a content file yields: the engine and what it validates with. */
const ENGINE_PACKAGES = ['@marsad/schema', '@marsad/arabic'] as const;

/** Folders of a package that hold code it may run (built or, under a `source` condition, as written). */
const CODE_FOLDERS = ['dist', 'src'];

const isCode = (name: string) => /\.(c|m)?(js|ts)$/.test(name) && !/\.(d\.c?ts|test\.ts)$/.test(name);

async function packageRootOf(file: string): Promise<string> {
  let dir = dirname(file);
  while (dirname(dir) !== dir) {
    const found = await readFile(join(dir, 'package.json')).then(
      () => true,
      () => false,
    );
    if (found) return dir;
    dir = dirname(dir);
  }
  return dirname(file);
}

/** Feeds a package's name, version and every code file (sorted, so the digest is stable) to `hash`. */
async function hashPackage(root: string, hash: ReturnType<typeof createHash>): Promise<void> {
  const manifest = JSON.parse(await readFile(join(root, 'package.json'), 'utf8')) as Record<string, unknown>;
  hash.update(`${String(manifest.name)}@${String(manifest.version)}\n`);
  for (const folder of CODE_FOLDERS) {
    const names = await readdir(join(root, folder), { recursive: true }).catch(() => [] as string[]);
    for (const name of names.filter(isCode).sort()) {
      hash.update(`${folder}/${name}\n`);
      hash.update(await readFile(join(root, folder, name)).catch(() => ''));
    }
  }
}

let version: Promise<string> | undefined;

/**
 * What a cache entry was computed with: each engine package's version and a digest of its code, so a
 * release and a local edit to the engine (built or not) both invalidate what an older engine cached.
 */
export function engineVersion(): Promise<string> {
  version ??= (async () => {
    const here = fileURLToPath(import.meta.url);
    const hash = createHash('sha1');
    const require = createRequire(here);
    const roots = [await packageRootOf(here)];
    for (const name of ENGINE_PACKAGES) roots.push(dirname(require.resolve(`${name}/package.json`)));
    for (const root of roots) await hashPackage(root, hash);
    return hash.digest('hex');
  })();
  return version;
}
