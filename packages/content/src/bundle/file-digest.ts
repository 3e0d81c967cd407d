import { webcrypto } from 'node:crypto';

/** A file's size and sha256, as the manifest records them. */
export interface FileDigest {
  bytes: number;
  sha256: string;
}

/**
 * The digest of a file's bytes. Web Crypto hashes on libuv's thread pool, so hashing a bundle's large
 * files overlaps with parsing on the main thread instead of adding to it.
 */
export async function digestOf(data: Uint8Array): Promise<FileDigest> {
  const hash = Buffer.from(await webcrypto.subtle.digest('SHA-256', data));
  return { bytes: data.length, sha256: hash.toString('hex') };
}
