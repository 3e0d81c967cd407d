import { type Dirent, type Stats, statSync } from 'node:fs';
import { readdir, realpath, stat } from 'node:fs/promises';
import { join, resolve, sep } from 'node:path';
import { compareDiagnostics, createDiagnostic, type Diagnostic } from '../diagnostics/diagnostic.js';

/** The entity collections of a content root, each a folder of the same name. */
export const COLLECTIONS = ['articles', 'actors', 'events', 'places', 'authors'] as const;

/** One of {@link COLLECTIONS}. */
export type Collection = (typeof COLLECTIONS)[number];

/** How a content file is parsed. */
export type SourceFormat = 'markdown' | 'yaml' | 'json' | 'jsonl';

/** A content file found under the root. */
export interface DiscoveredFile {
  /** Absolute path. */
  path: string;
  /** Path relative to the content root, POSIX separators. */
  file: string;
  collection: Collection;
  format: SourceFormat;
  /** Size in bytes. */
  size: number;
  /** What `stat` said when the file was found, so a cache can tell an untouched file without reading it. */
  stamp: FileStamp;
}

/** The `stat` fields that change when a file is written or replaced. */
export interface FileStamp {
  size: number;
  mtimeMs: number;
  ctimeMs: number;
  ino: number;
}

/** Options of {@link discoverFiles}. */
export interface DiscoverOptions {
  /** Files larger than this many bytes get `file/too-large` and are not parsed; default 20 MB. */
  maxFileSize?: number;
}

/** The content files of a root in path order, and the problems met while looking. */
export interface DiscoveryResult {
  files: DiscoveredFile[];
  diagnostics: Diagnostic[];
}

/** The default of {@link DiscoverOptions.maxFileSize}: 20 MB. */
export const DEFAULT_MAX_FILE_SIZE = 20 * 1024 * 1024;

/** Why a content root could not be read at all. */
export type ContentRootProblem = 'not-found' | 'not-a-directory' | 'unreadable';

/**
 * The content root itself is missing or unreadable. This is not a content problem (there is no
 * content to report on), so it is thrown; the CLI maps it to exit code 2.
 */
export class ContentRootError extends Error {
  override readonly name = 'ContentRootError';

  constructor(
    readonly root: string,
    readonly problem: ContentRootProblem,
    options?: { cause?: unknown },
  ) {
    const what = {
      'not-found': 'does not exist',
      'not-a-directory': 'is not a folder',
      unreadable: 'cannot be read',
    };
    super(`The content root ${root} ${what[problem]}.`, options);
  }
}

interface CollectionLayout {
  formats: Readonly<Record<string, SourceFormat>>;
  /** Whether files may sit in subfolders (events are often grouped by year or import). */
  nested: boolean;
}

const DATA_FORMATS = { yaml: 'yaml', yml: 'yaml', json: 'json' } as const;

/** The layout of domain-model.md: which extensions each collection folder takes. */
const LAYOUT: Record<Collection, CollectionLayout> = {
  articles: { formats: { md: 'markdown' }, nested: false },
  actors: { formats: { ...DATA_FORMATS, md: 'markdown' }, nested: false },
  events: { formats: { ...DATA_FORMATS, jsonl: 'jsonl' }, nested: true },
  places: { formats: DATA_FORMATS, nested: false },
  authors: { formats: DATA_FORMATS, nested: false },
};

function isCollection(name: string): name is Collection {
  return (COLLECTIONS as readonly string[]).includes(name);
}

function extensionList(collection: Collection): string {
  const extensions = Object.keys(LAYOUT[collection].formats).map((extension) => `.${extension}`);
  return extensions.length === 1
    ? (extensions[0] ?? '')
    : `${extensions.slice(0, -1).join(', ')} and ${extensions.at(-1)}`;
}

function errorCode(error: unknown): string | undefined {
  return typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : undefined;
}

type EntryKind = 'file' | 'directory' | 'other';

/**
 * A file's `stat`, or nothing when it cannot be had. Synchronous: tens of thousands of small stats cost
 * several times as much as promises on the thread pool, and a walk has nothing else to do meanwhile.
 */
function statOf(path: string): Stats | undefined {
  try {
    return statSync(path, { throwIfNoEntry: false });
  } catch {
    return undefined;
  }
}

/**
 * Finds the content files under `root` per the layout of domain-model.md, sorted by relative path.
 * Dotfiles, dot-folders and README.md files are skipped; other files a collection folder does not
 * take give `file/unknown-type`; symlinks are read only when they stay inside the root
 * (`file/outside-root` otherwise). Throws {@link ContentRootError} only for the root itself.
 */
export async function discoverFiles(root: string, options: DiscoverOptions = {}): Promise<DiscoveryResult> {
  const rootPath = resolve(root);
  const maxFileSize = options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE;
  let realRoot: string;
  try {
    if (!(await stat(rootPath)).isDirectory()) throw new ContentRootError(rootPath, 'not-a-directory');
    realRoot = await realpath(rootPath);
    await readdir(rootPath);
  } catch (error) {
    if (error instanceof ContentRootError) throw error;
    throw new ContentRootError(rootPath, errorCode(error) === 'ENOENT' ? 'not-found' : 'unreadable', {
      cause: error,
    });
  }

  const files: DiscoveredFile[] = [];
  const diagnostics: Diagnostic[] = [];
  const warn = (file: string, ruleId: string, message: string, severity: 'error' | 'warning' = 'warning') =>
    diagnostics.push(createDiagnostic({ file, ruleId, severity, message }));
  const isInsideRoot = (real: string) => real === realRoot || real.startsWith(realRoot + sep);

  /** What an entry is, following a symlink only when its target stays inside the root. */
  async function kindOf(entry: Dirent, path: string, file: string): Promise<EntryKind | undefined> {
    if (!entry.isSymbolicLink()) return entry.isFile() ? 'file' : entry.isDirectory() ? 'directory' : 'other';
    let target: string;
    try {
      target = await realpath(path);
    } catch (error) {
      warn(
        file,
        'file/unreadable',
        `The symlink ${file} points at nothing (${errorCode(error) ?? 'unknown error'}).`,
      );
      return undefined;
    }
    if (!isInsideRoot(target)) {
      warn(
        file,
        'file/outside-root',
        `${file} is a symlink to a place outside the content root; it is not read.`,
      );
      return undefined;
    }
    const info = await stat(target).catch(() => undefined);
    return info?.isFile() ? 'file' : info?.isDirectory() ? 'directory' : 'other';
  }

  async function addFile(path: string, file: string, name: string, collection: Collection): Promise<void> {
    if (name.toLowerCase() === 'readme.md') return;
    const dot = name.lastIndexOf('.');
    const format = dot > 0 ? LAYOUT[collection].formats[name.slice(dot + 1).toLowerCase()] : undefined;
    if (!format) {
      warn(
        file,
        'file/unknown-type',
        `${collection}/ takes ${extensionList(collection)} files; ${name} is skipped (rename it or move it out of ${collection}/).`,
      );
      return;
    }
    const stats = statOf(path);
    const size = stats?.size ?? 0;
    if (size > maxFileSize) {
      const megabytes = (limit: number) => `${(limit / 1024 / 1024).toFixed(1)} MB`;
      warn(
        file,
        'file/too-large',
        `The file is ${megabytes(size)}, over the ${megabytes(maxFileSize)} limit, and is not read; split it into smaller files.`,
        'error',
      );
      return;
    }
    const stamp = { size, mtimeMs: stats?.mtimeMs ?? 0, ctimeMs: stats?.ctimeMs ?? 0, ino: stats?.ino ?? 0 };
    files.push({ path, file, collection, format, size, stamp });
  }

  /** `ancestors` holds the real paths above `directory`, so a symlink to one of them ends the walk. */
  async function walk(
    directory: string,
    prefix: string,
    collection: Collection | undefined,
    ancestors: ReadonlySet<string>,
  ): Promise<void> {
    const real = await realpath(directory).catch(() => directory);
    if (ancestors.has(real)) {
      warn(
        prefix,
        'file/unreadable',
        `${prefix} is a symlink to a folder above it; it is skipped to avoid a loop.`,
      );
      return;
    }
    const inside = new Set([...ancestors, real]);
    let entries: Dirent[];
    try {
      entries = await readdir(directory, { withFileTypes: true });
    } catch (error) {
      warn(
        prefix,
        'file/unreadable',
        `The folder ${prefix}/ cannot be read (${errorCode(error) ?? 'unknown error'}).`,
        'error',
      );
      return;
    }
    await Promise.all(
      entries.map(async (entry) => {
        if (entry.name.startsWith('.')) return;
        const path = join(directory, entry.name);
        const file = prefix ? `${prefix}/${entry.name}` : entry.name;
        const kind = await kindOf(entry, path, file);
        // At the top only the collection folders are content; config files and the like live there too.
        if (collection === undefined) {
          if (kind === 'directory' && isCollection(entry.name)) await walk(path, file, entry.name, inside);
        } else if (kind === 'directory') {
          if (LAYOUT[collection].nested) await walk(path, file, collection, inside);
          else
            warn(
              file,
              'file/nested',
              `${collection}/ takes files directly, not in subfolders; ${file}/ is skipped (move its files up).`,
            );
        } else if (kind === 'file') {
          await addFile(path, file, entry.name, collection);
        }
      }),
    );
  }

  await walk(rootPath, '', undefined, new Set());
  files.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  diagnostics.sort(compareDiagnostics);
  return { files, diagnostics };
}
