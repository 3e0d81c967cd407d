import { chmod, mkdir, mkdtemp, readdir, rename, rm, stat } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { BundleError, messageOf } from './bundle-error.js';
import { BUNDLE_FILES } from './manifest.js';

const statOrUndefined = (path: string) => stat(path).catch(() => undefined);

/**
 * Fails with a {@link BundleError} (`output`) when `outDir` cannot take a bundle: it is a file, or a
 * folder holding anything but an earlier bundle (someone's files, which replacing would delete). A
 * missing or empty folder is fine. `writeBundle` checks this itself; calling it first lets a caller
 * refuse before spending time on validation.
 */
export async function checkBundleOutput(outDir: string): Promise<void> {
  const target = resolve(outDir);
  const info = await statOrUndefined(target);
  if (info === undefined) return;
  if (!info.isDirectory()) {
    throw new BundleError('output', `The output path ${target} is a file; give a folder for the bundle.`);
  }
  const names = await readdir(target);
  if (names.length > 0 && !names.includes(BUNDLE_FILES.manifest)) {
    throw new BundleError(
      'output',
      `The output folder ${target} holds other files, not a bundle; give an empty or new folder.`,
    );
  }
}

/**
 * Fills a new temporary folder next to `outDir` with `write`, then puts it in `outDir`'s place with
 * renames, so `outDir` holds the old bundle or the new one, never half of one. On failure the temporary
 * folder is removed and `outDir` is left as it was. `outDir` may be missing, empty, or an earlier
 * bundle; a file or a folder of other files is refused with a {@link BundleError}.
 */
export async function replaceFolder<T>(outDir: string, write: (folder: string) => Promise<T>): Promise<T> {
  const target = resolve(outDir);
  await checkBundleOutput(target);
  let temporary: string;
  try {
    await mkdir(dirname(target), { recursive: true });
    temporary = await mkdtemp(join(dirname(target), `.${basename(target)}.partial-`));
    // mkdtemp makes a private folder; a bundle is read by servers that may run as another user.
    await chmod(temporary, 0o755);
  } catch (error) {
    throw new BundleError('output', `Cannot create the output folder ${target}: ${messageOf(error)}`, {
      cause: error,
    });
  }
  try {
    const result = await write(temporary);
    await swapIn(temporary, target);
    return result;
  } catch (error) {
    await rm(temporary, { recursive: true, force: true });
    throw error;
  }
}

/** Renames `source` to `target`, moving an existing `target` aside first and deleting it afterwards. */
async function swapIn(source: string, target: string): Promise<void> {
  const previous = `${source}.previous`;
  const hadTarget = (await statOrUndefined(target)) !== undefined;
  try {
    if (hadTarget) await rename(target, previous);
    try {
      await rename(source, target);
    } catch (error) {
      if (hadTarget) await rename(previous, target);
      throw error;
    }
  } catch (error) {
    throw new BundleError('output', `Cannot move the bundle into ${target}: ${messageOf(error)}`, {
      cause: error,
    });
  }
  await rm(previous, { recursive: true, force: true });
}
