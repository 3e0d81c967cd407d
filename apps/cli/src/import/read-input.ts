import { type FileHandle, open } from 'node:fs/promises';
import { DEFAULT_MAX_FILE_SIZE, decodeText } from '@marsad/content';
import { byteSize } from '../text/byte-size.js';

/** Why the text to import cannot be read: the CLI prints it in one line and exits 2. */
export class InputError extends Error {
  override readonly name = 'InputError';
}

/** The text to import and what to call it in messages and format detection. */
export interface Input {
  text: string;
  /** The path as given, or `standard input`. */
  name: string;
}

const TOO_LARGE = `is larger than ${byteSize(DEFAULT_MAX_FILE_SIZE)}, the limit for a content file`;

const REASONS: Readonly<Record<string, string>> = {
  ENOENT: 'does not exist',
  EISDIR: 'is a folder; give a file, or - for standard input',
  EACCES: 'cannot be read (permission denied)',
  EPERM: 'cannot be read (permission denied)',
};

function readFailure(name: string, error: unknown): InputError {
  const code = (error as NodeJS.ErrnoException).code ?? '';
  const reason = REASONS[code] ?? `cannot be read (${(error as Error).message})`;
  return new InputError(`${name} ${reason}.`);
}

async function fileBytes(path: string, name: string): Promise<Uint8Array> {
  let file: FileHandle | undefined;
  try {
    file = await open(path, 'r');
    if ((await file.stat()).size > DEFAULT_MAX_FILE_SIZE) throw new InputError(`${name} ${TOO_LARGE}.`);
    return await file.readFile();
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw readFailure(name, error);
  } finally {
    await file?.close();
  }
}

async function streamBytes(stream: AsyncIterable<Uint8Array | string>): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    size += bytes.length;
    if (size > DEFAULT_MAX_FILE_SIZE) throw new InputError(`standard input ${TOO_LARGE}.`);
    chunks.push(bytes);
  }
  return Buffer.concat(chunks);
}

/**
 * Reads what to import: the file at `path` (shown as `name`), or `stdin` when `name` is `-`. Decoded as
 * content files are (UTF-8, a BOM dropped); binary, UTF-16, invalid, empty or oversized input is an
 * {@link InputError}, read before anything is written.
 */
export async function readInput(
  name: string,
  path: string,
  stdin: AsyncIterable<Uint8Array | string> | undefined,
): Promise<Input> {
  const fromStdin = name === '-';
  if (fromStdin && !stdin) throw new InputError('there is no standard input to read from.');
  const shown = fromStdin ? 'standard input' : name;
  const bytes = fromStdin && stdin ? await streamBytes(stdin) : await fileBytes(path, name);
  const decoded = decodeText(bytes, shown);
  if (!decoded.ok) {
    const { ruleId, message } = decoded.diagnostic;
    if (ruleId === 'file/empty') throw new InputError(`${shown} is empty: there is nothing to import.`);
    // decodeText speaks of content files; say the same of the input.
    const reason = message.replace(/^The file /, '').replace('content files must be', 'import reads');
    throw new InputError(`${shown} ${reason}`);
  }
  return { text: decoded.text, name: shown };
}
