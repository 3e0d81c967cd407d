import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';

/** A file's size and sha256, as the manifest records them. */
export interface FileDigest {
  bytes: number;
  sha256: string;
}

/**
 * The digest of a file, read in chunks: a server checks its bundle at every start, and holding a
 * database of hundreds of megabytes in memory to hash it would set its peak memory.
 */
export async function digestOfFile(path: string): Promise<FileDigest> {
  const hash = createHash('sha256');
  let bytes = 0;
  for await (const chunk of createReadStream(path, { highWaterMark: 1 << 20 })) {
    hash.update(chunk as Buffer);
    bytes += (chunk as Buffer).length;
  }
  return { bytes, sha256: hash.digest('hex') };
}
