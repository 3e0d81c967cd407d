import { randomBytes } from 'node:crypto';
import { rename, rm, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/** Why an output file could not be written: the CLI reports it in one line and exits 2. */
export class OutputError extends Error {
  override readonly name = 'OutputError';
}

/** Throws an {@link OutputError} unless `path` can be written as a file: its folder exists, it is not a folder. */
export async function checkOutputFile(path: string): Promise<void> {
  const folder = dirname(path);
  const parent = await stat(folder).catch(() => undefined);
  if (!parent?.isDirectory()) throw new OutputError(`cannot write ${path}: ${folder} is not a folder.`);
  const target = await stat(path).catch(() => undefined);
  if (target?.isDirectory()) throw new OutputError(`cannot write ${path}: it is a folder.`);
}

/**
 * Writes `data` to `path` whole or not at all: into a hidden temporary file beside it, renamed over
 * `path` when complete, so an interrupted or failed write never leaves a partial file for a reader.
 * `data` may be pieces of text, written as they come, so a large file is never held whole in memory.
 * `exclusive` refuses to replace an existing file.
 */
export async function writeFileAtomic(
  path: string,
  data: string | Uint8Array | Iterable<string> | AsyncIterable<string>,
  options: { exclusive?: boolean } = {},
): Promise<void> {
  await checkOutputFile(path);
  if (options.exclusive && (await stat(path).catch(() => undefined))) {
    throw new OutputError(`${path} already exists; it was left as it is.`);
  }
  const temporary = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    await writeFile(temporary, data, { flag: 'wx' });
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}
