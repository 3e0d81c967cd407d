import { randomBytes } from 'node:crypto';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import type { MemoizedReports, RuleMemoStore } from '../rules/run-rules.js';
import type { CheckedFile } from '../source/check-file.js';
import type { FileStamp } from '../source/discover.js';
import { lazyMarkdown, type StoredMarkdown, storedMarkdown } from './stored-body.js';

/** What the cache keeps for one content file. */
export interface CacheRecord {
  /** Digest of the file's bytes: what the results were computed from. */
  hash: string;
  /** The file's `stat` when it was last read or hashed. */
  stamp: FileStamp;
  /** When that happened (ms since the epoch). */
  seenAt: number;
  checked: CheckedFile;
  /** Per-entry rule reports made from this content, by rule and entry (see `RuleContext.memo`). */
  reports?: Record<string, MemoizedReports>;
}

/** Records are spread over this many files, so a run that changes one file rewrites a small part. */
const SHARDS = 32;

/**
 * A file written within this long before it was read may be written again with the same `stat` (coarse
 * timestamps, two writes in one tick): its stamp is not trusted, its content is hashed (racy git).
 */
const RACY_MS = 2000;

/** A record as written: Markdown bodies as bytes (see `stored-body.ts`). */
type StoredRecord = Omit<CacheRecord, 'checked'> & {
  checked: Omit<CheckedFile, 'entries'> & {
    entries: (Omit<CheckedFile['entries'][number], 'markdown'> & { markdown?: StoredMarkdown })[];
  };
};

interface ShardFile {
  engine: string;
  records: Map<string, StoredRecord>;
}

/** FNV-1a of the path: asked for every file and every memoised rule report, so no digest object each time. */
function shardOf(file: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < file.length; index++) {
    hash ^= file.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0) % SHARDS;
}

/** Applies `convert` to the Markdown of each entry of a record, leaving the rest shared. */
function withMarkdown<From extends { checked: { entries: { markdown?: M }[] } }, M, N>(
  record: From,
  convert: (markdown: M) => N,
) {
  const entries = record.checked.entries.map((entry) =>
    entry.markdown ? { ...entry, markdown: convert(entry.markdown) } : entry,
  );
  return { ...record, checked: { ...record.checked, entries } };
}

const sameStamp = (a: FileStamp, b: FileStamp) =>
  a.size === b.size && a.mtimeMs === b.mtimeMs && a.ctimeMs === b.ctimeMs && a.ino === b.ino;

async function readShard(path: string, engine: string): Promise<Map<string, CacheRecord>> {
  try {
    const shard = deserialize(await readFile(path)) as ShardFile;
    // Another engine's results, or a file that is not a shard: start over (it is rewritten on save).
    if (shard?.engine === engine && shard.records instanceof Map) {
      const records = new Map<string, CacheRecord>();
      for (const [file, stored] of shard.records)
        records.set(file, withMarkdown(stored, lazyMarkdown) as CacheRecord);
      return records;
    }
  } catch {
    // Missing, truncated or corrupt: the same.
  }
  return new Map();
}

/**
 * Per-file results of earlier runs, keyed by the file's path and checked against its content digest and
 * the engine version. Each shard is replaced whole by rename, so a reader sees an old or a new shard,
 * never a torn one, and concurrent runs at worst redo each other's work.
 */
export class ContentCache implements RuleMemoStore {
  private readonly dirty = new Set<number>();

  private constructor(
    /** The folder holding the shards. */
    readonly dir: string,
    private readonly engine: string,
    private readonly shards: Map<string, CacheRecord>[],
  ) {}

  /** Opens the cache in `dir` (which need not exist) for results of the engine `engine`. */
  static async open(dir: string, engine: string): Promise<ContentCache> {
    const shards = await Promise.all(
      Array.from({ length: SHARDS }, (_, index) => readShard(join(dir, `shard-${index}.bin`), engine)),
    );
    return new ContentCache(dir, engine, shards);
  }

  /** The record of `file` when its `stat` says it was not touched since it was read (no reading needed). */
  untouched(file: string, stamp: FileStamp): CacheRecord | undefined {
    const record = this.get(file);
    return record && sameStamp(record.stamp, stamp) && stamp.mtimeMs < record.seenAt - RACY_MS
      ? record
      : undefined;
  }

  /** The record of `file`, whatever its state on disk. */
  get(file: string): CacheRecord | undefined {
    return this.shards[shardOf(file)]!.get(file);
  }

  set(file: string, record: CacheRecord): void {
    const shard = shardOf(file);
    this.shards[shard]!.set(file, record);
    this.dirty.add(shard);
  }

  reports(file: string, key: string): MemoizedReports | undefined {
    return this.get(file)?.reports?.[key];
  }

  /** Keeps rule reports with the current record of `file` (none when the file has no record). */
  keepReports(file: string, key: string, memoized: MemoizedReports): void {
    const record = this.get(file);
    if (!record) return;
    record.reports ??= {};
    record.reports[key] = memoized;
    this.dirty.add(shardOf(file));
  }

  /** Forgets the files that are gone. */
  keepOnly(files: ReadonlySet<string>): void {
    this.shards.forEach((records, shard) => {
      for (const file of records.keys()) {
        if (files.has(file)) continue;
        records.delete(file);
        this.dirty.add(shard);
      }
    });
  }

  /**
   * Writes the shards that changed. A cache that cannot be written (read-only folder, full disk) is
   * skipped: it only costs the next run time.
   */
  async save(): Promise<void> {
    if (this.dirty.size === 0) return;
    try {
      await mkdir(this.dir, { recursive: true });
      // One shard after another: one serialised shard in memory at a time, not the whole cache.
      for (const shard of this.dirty) {
        const path = join(this.dir, `shard-${shard}.bin`);
        const temp = `${path}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
        const records = new Map<string, StoredRecord>();
        for (const [file, record] of this.shards[shard]!)
          records.set(file, withMarkdown(record, storedMarkdown) as StoredRecord);
        const data: ShardFile = { engine: this.engine, records };
        try {
          await writeFile(temp, serialize(data));
          await rename(temp, path);
        } finally {
          await rm(temp, { force: true });
        }
      }
      this.dirty.clear();
    } catch {
      // See above: never an error for the run.
    }
  }
}
