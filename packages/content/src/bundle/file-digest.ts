import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';

/** A file's size and sha256, as the manifest records them. */
export interface FileDigest {
  bytes: number;
  sha256: string;
}

/** The digest of bytes in memory. */
export function digestOf(data: Uint8Array): FileDigest {
  return { bytes: data.length, sha256: createHash('sha256').update(data).digest('hex') };
}

/** The digest of a file, streamed so a large search database is never held in memory. */
export async function digestFile(path: string): Promise<FileDigest> {
  const hash = createHash('sha256');
  let bytes = 0;
  for await (const chunk of createReadStream(path)) {
    hash.update(chunk as Buffer);
    bytes += (chunk as Buffer).length;
  }
  return { bytes, sha256: hash.digest('hex') };
}
