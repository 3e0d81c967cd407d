import { createHash, randomBytes } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { digestOfFile } from './file-digest.js';

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

let scratch: string;

beforeAll(async () => {
  scratch = await mkdtemp(join(tmpdir(), 'marsad-file-digest-'));
});

afterAll(async () => {
  await rm(scratch, { recursive: true, force: true });
});

async function fileOf(name: string, bytes: Uint8Array): Promise<string> {
  const path = join(scratch, name);
  await writeFile(path, bytes);
  return path;
}

describe('digestOfFile', () => {
  // Over two chunks and not a whole number of them: both buffers are reused and the last read is short.
  const bytes = randomBytes(2 * (1 << 20) + 12_345);

  it('gives the size and sha256 of the whole file, read in chunks', async () => {
    const digest = await digestOfFile(await fileOf('large', bytes));
    expect(digest).toEqual({ bytes: bytes.length, sha256: sha256(bytes) });
  });

  it('notices a byte changed in any chunk', async () => {
    const whole = sha256(bytes);
    for (const at of [0, (1 << 20) + 1, bytes.length - 1]) {
      const changed = Buffer.from(bytes);
      changed[at] = (changed[at]! + 1) % 256;
      const digest = await digestOfFile(await fileOf(`changed-${at}`, changed));
      expect(digest.bytes).toBe(bytes.length);
      expect(digest.sha256).not.toBe(whole);
    }
  });

  it('digests an empty file', async () => {
    const empty = new Uint8Array();
    expect(await digestOfFile(await fileOf('empty', empty))).toEqual({ bytes: 0, sha256: sha256(empty) });
  });

  it('fails with the system error for a missing file', async () => {
    await expect(digestOfFile(join(scratch, 'missing'))).rejects.toMatchObject({ code: 'ENOENT' });
  });
});
