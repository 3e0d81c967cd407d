import { readFileSync } from 'node:fs';
import { createDiagnostic, type Diagnostic } from '../diagnostics/diagnostic.js';
import { LineIndex } from './line-index.js';

/** The outcome of reading a content file as text. */
export type TextResult = { ok: true; text: string } | { ok: false; diagnostic: Diagnostic };

/** How far into a file a NUL byte marks it as binary (git's heuristic looks as far). */
const BINARY_SNIFF_BYTES = 8 * 1024;

/** Removes a leading byte order mark: editors do not count it, so columns must not either. */
export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/**
 * Offset of the first byte that does not start a well-formed UTF-8 sequence (overlong forms,
 * surrogates and code points above U+10FFFF included, per the Unicode table 3-7), or -1.
 */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  const isContinuation = (offset: number, low = 0x80, high = 0xbf): boolean => {
    const byte = bytes[offset];
    return byte !== undefined && byte >= low && byte <= high;
  };
  let offset = 0;
  while (offset < bytes.length) {
    const lead = bytes[offset] ?? 0;
    let length = 0;
    if (lead < 0x80) length = 1;
    else if (lead >= 0xc2 && lead <= 0xdf) length = isContinuation(offset + 1) ? 2 : 0;
    else if (lead >= 0xe0 && lead <= 0xef) {
      const [low, high] = lead === 0xe0 ? [0xa0, 0xbf] : lead === 0xed ? [0x80, 0x9f] : [0x80, 0xbf];
      length = isContinuation(offset + 1, low, high) && isContinuation(offset + 2) ? 3 : 0;
    } else if (lead >= 0xf0 && lead <= 0xf4) {
      const [low, high] = lead === 0xf0 ? [0x90, 0xbf] : lead === 0xf4 ? [0x80, 0x8f] : [0x80, 0xbf];
      length =
        isContinuation(offset + 1, low, high) && isContinuation(offset + 2) && isContinuation(offset + 3)
          ? 4
          : 0;
    }
    if (length === 0) return offset;
    offset += length;
  }
  return -1;
}

/** Line and column an editor shows for a byte offset (the bytes before it decoded leniently). */
function positionOfByte(bytes: Uint8Array, offset: number) {
  const before = stripBom(new TextDecoder('utf-8').decode(bytes.subarray(0, offset)));
  return new LineIndex(before).position(before.length);
}

function notText(file: string, bytes: Uint8Array, offset: number, message: string): TextResult {
  return {
    ok: false,
    diagnostic: createDiagnostic({
      file,
      ruleId: 'file/not-text',
      severity: 'error',
      message,
      ...positionOfByte(bytes, offset),
    }),
  };
}

/**
 * Decodes a content file's bytes as UTF-8 text without a BOM. Binary files (a NUL byte early on),
 * UTF-16 files and invalid UTF-8 give `file/not-text` with the byte offset; an empty or
 * whitespace-only file gives `file/empty`.
 */
export function decodeText(bytes: Uint8Array, file: string): TextResult {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return notText(file, bytes, 0, 'The file is UTF-16 encoded; save it as UTF-8.');
  }
  const nul = bytes.subarray(0, BINARY_SNIFF_BYTES).indexOf(0);
  if (nul !== -1) {
    return notText(
      file,
      bytes,
      nul,
      `The file looks binary (a NUL byte at byte ${nul}); content files must be UTF-8 text.`,
    );
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    const invalid = Math.max(0, firstInvalidUtf8(bytes));
    return notText(
      file,
      bytes,
      invalid,
      `The file is not valid UTF-8 (bad byte at byte ${invalid}); save it as UTF-8.`,
    );
  }
  text = stripBom(text);
  if (text.trim() === '') {
    return {
      ok: false,
      diagnostic: createDiagnostic({
        file,
        ruleId: 'file/empty',
        severity: 'error',
        message: 'The file is empty; write its content or delete it.',
      }),
    };
  }
  return { ok: true, text };
}

/** The outcome of reading a content file's bytes. */
export type BytesResult = { ok: true; bytes: Uint8Array } | { ok: false; diagnostic: Diagnostic };

/**
 * Reads a content file's bytes; a read failure gives `file/unreadable`. The read itself is synchronous:
 * content files are small and many, and `fs/promises.readFile` sends each one through the thread pool
 * four times (open, stat, read, close), which on the 24,393 files of the benchmark corpus cost 6–8 s of
 * wall time and 5.3 CPU-s against 0.9–1.3 s and 0.65 CPU-s read synchronously, the thread idle meanwhile.
 */
export async function readBytes(path: string, file: string): Promise<BytesResult> {
  try {
    return { ok: true, bytes: readFileSync(path) };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return {
      ok: false,
      diagnostic: createDiagnostic({
        file,
        ruleId: 'file/unreadable',
        severity: 'error',
        message: `The file cannot be read (${reason}).`,
      }),
    };
  }
}

/** Reads and decodes a content file (see {@link decodeText}); a read failure gives `file/unreadable`. */
export async function readText(path: string, file: string): Promise<TextResult> {
  const read = await readBytes(path, file);
  return read.ok ? decodeText(read.bytes, file) : read;
}
