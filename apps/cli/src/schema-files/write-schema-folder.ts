import { mkdir, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { OutputError, writeFileAtomic } from '../output/write-atomic.js';

/**
 * Writes `files` (name → text) into `folder`, each file whole. A folder this call had to create is
 * removed again if a write fails, so a failed run leaves nothing behind; files already there are only
 * ever replaced whole.
 */
export async function writeFolderFiles(
  folder: string,
  files: ReadonlyMap<string, string>,
  shown: string,
): Promise<void> {
  if ((await stat(folder).catch(() => undefined))?.isDirectory() === false) {
    throw new OutputError(`cannot write to ${shown}: it is a file, not a folder.`);
  }
  const created = await mkdir(folder, { recursive: true }).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOTDIR' || error.code === 'EEXIST') {
      throw new OutputError(`cannot create ${shown}: a file is in the way of its path.`);
    }
    throw error;
  });
  try {
    for (const [name, text] of files) await writeFileAtomic(join(folder, name), text);
  } catch (error) {
    if (created !== undefined) await rm(created, { recursive: true, force: true });
    throw error;
  }
}
