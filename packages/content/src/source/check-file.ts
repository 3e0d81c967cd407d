import { hash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { createYamlLocator, type Locator } from '../parse/yaml-data.js';
import { type CheckedSource, checkSource } from '../validate/validate-entries.js';
import type { DiscoveredFile } from './discover.js';
import { type FailedSource, parseSourceFile, type SourceFileInfo, unreadSource } from './load-sources.js';
import { decodeText, readBytes } from './read-text.js';

/** What one content file yields on its own: plain data, the same wherever and whenever it is computed. */
export interface CheckedFile {
  entries: CheckedSource[];
  diagnostics: Diagnostic[];
  failed: FailedSource[];
}

/** The parts of a discovered file that reading and checking it needs. */
export type FileToCheck = Pick<DiscoveredFile, 'path' | 'file' | 'collection' | 'format'>;

/** The outcome of {@link readAndCheck}. */
export interface FileWork {
  /** Digest of the file's bytes; absent when they could not be read. */
  hash?: string;
  /** Absent when the bytes hash to the digest the caller already had results for. */
  checked?: CheckedFile;
  /** The entries' locators, when checked in this thread (they cannot be sent between threads). */
  locators?: Locator[];
}

/** The digest that identifies a file's content in the cache. */
export const contentHash = (bytes: Uint8Array) => hash('sha1', bytes, 'base64');

const unread = (info: SourceFileInfo, diagnostic: Diagnostic): CheckedFile => {
  const { diagnostics, failed } = unreadSource(info, diagnostic);
  return { entries: [], diagnostics, failed };
};

/** Parses one file's text and checks each entry against its schema. Pure, like `parseSourceFile`. */
function checkFileText(info: SourceFileInfo, text: string): Required<Omit<FileWork, 'hash'>> {
  const parsed = parseSourceFile(info, text);
  return {
    checked: {
      entries: parsed.entries.map(checkSource),
      diagnostics: parsed.diagnostics,
      failed: parsed.failed,
    },
    locators: parsed.entries.map((entry) => entry.locator),
  };
}

/**
 * Reads, hashes and checks one content file. When the bytes hash to `knownHash`, it stops there: the
 * caller holds that content's results already.
 */
export async function readAndCheck(info: FileToCheck, knownHash?: string): Promise<FileWork> {
  const read = await readBytes(info.path, info.file);
  if (!read.ok) return { checked: unread(info, read.diagnostic) };
  const hash = contentHash(read.bytes);
  if (hash === knownHash) return { hash };
  const text = decodeText(read.bytes, info.file);
  if (!text.ok) return { hash, checked: unread(info, text.diagnostic) };
  return { hash, ...checkFileText(info, text.text) };
}

/** A key for an entry's pointer within its file. */
const pointerKey = (pointer: readonly (string | number)[]) => JSON.stringify(pointer);

/**
 * The locators of a file's entries whose results came from a cache or another thread: on the first
 * position asked for, the file is read and parsed again, once for all its entries (a list or JSONL file
 * may hold hundreds). Only files with something to report pay for it. Should the file have changed
 * since, positions fall back to its start rather than failing.
 */
export function locatorsFromFile(info: FileToCheck): (pointer: readonly (string | number)[]) => Locator {
  let byPointer: Map<string, Locator> | undefined;
  const load = (): Map<string, Locator> => {
    let bytes: Uint8Array;
    try {
      bytes = readFileSync(info.path);
    } catch {
      return new Map();
    }
    const text = decodeText(bytes, info.file);
    const entries = text.ok ? parseSourceFile(info, text.text).entries : [];
    return new Map(entries.map((entry) => [pointerKey(entry.pointer), entry.locator]));
  };
  return (pointer) => {
    let locator: Locator | undefined;
    return {
      locate(path, target) {
        byPointer ??= load();
        locator ??= byPointer.get(pointerKey(pointer)) ?? createYamlLocator('');
        return locator.locate(path, target);
      },
    };
  };
}
