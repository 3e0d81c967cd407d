import { randomBytes } from 'node:crypto';
import { mkdirSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { DatabaseSync, StatementSync } from 'node:sqlite';
import { deserialize, serialize } from 'node:v8';
import { openDatabase } from '../bundle/open-database.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { RuleFinding } from '../rules/run-rules.js';
import type { CheckedFile } from '../source/check-file.js';
import type { FileStamp } from '../source/discover.js';

/** A reference between entries, by `originKey`s, with the field it is written in. */
export interface Link {
  from: string;
  to: string;
  field: string;
}

/** A reference to an entry, from the entry `from` written in `file`. */
export interface Referrer {
  from: string;
  field: string;
  file: string;
}

/** A rule's shared value (see `Rule.shared`) and its digest. */
export interface SharedValue {
  digest: string;
  value: unknown;
}

/** What the state knows of a content file without reading its results. */
export interface KnownFile {
  /** Digest of the bytes the results were computed from; absent when they could not be read. */
  hash: string | undefined;
  stamp: FileStamp;
  /** When the file was last read (ms since the epoch). */
  seenAt: number;
  /** `originKey`s of the entries it yields, failed ones included. */
  keys: readonly string[];
}

/** One file's results as kept. */
export interface FileRecord extends KnownFile {
  file: string;
  /** The references its entries make. */
  links: readonly Link[];
  checked: CheckedFile;
}

/** The diagnostics of a run that are not recomputed when nothing they depend on changed. */
export interface StoredDiagnostics {
  /** Files' own problems (parse, shape of the file), by file. */
  files: Map<string, Diagnostic[]>;
  /** Entries' problems (schema, duplicate ids, article versions), by `originKey`. */
  entries: Map<string, Diagnostic[]>;
  findings: readonly RuleFinding[];
}

const SCHEMA = `
CREATE TABLE meta(key TEXT PRIMARY KEY, value);
CREATE TABLE files(file TEXT PRIMARY KEY, links TEXT, checked BLOB);
CREATE TABLE findings(rule TEXT, subject TEXT, diagnostics BLOB, PRIMARY KEY(rule, subject));
CREATE TABLE entry_diagnostics(key TEXT PRIMARY KEY, diagnostics BLOB);
CREATE TABLE file_diagnostics(file TEXT PRIMARY KEY, diagnostics BLOB);
CREATE TABLE links(target TEXT, source TEXT, field TEXT, file TEXT);
CREATE TABLE shared(rule TEXT PRIMARY KEY, digest TEXT, value BLOB);
`;

/** A file's references as stored: JSON, so SQLite can index them all at once (see `write`). */
const encodeLinks = (links: readonly Link[]) =>
  JSON.stringify(links.map(({ from, to, field }) => [from, to, field]));

const decodeLinks = (text: string): Link[] =>
  (JSON.parse(text) as [string, string, string][]).map(([from, to, field]) => ({ from, to, field }));

type Row = Record<string, unknown>;

/**
 * The file index as stored: columns rather than one object per file, so that writing and reading it
 * (at every run) is a few strings and one array of numbers, not tens of thousands of objects.
 */
interface StoredIndex {
  files: string;
  hashes: string;
  keys: string;
  /** size, mtimeMs, ctimeMs, ino, seenAt of each file in turn. */
  numbers: Float64Array;
}

const NUMBERS = 5;

function encodeIndex(files: ReadonlyMap<string, KnownFile>): StoredIndex {
  const numbers = new Float64Array(files.size * NUMBERS);
  let at = 0;
  for (const { stamp, seenAt } of files.values()) {
    numbers.set([stamp.size, stamp.mtimeMs, stamp.ctimeMs, stamp.ino, seenAt], at);
    at += NUMBERS;
  }
  const known = [...files.values()];
  return {
    files: [...files.keys()].join('\n'),
    hashes: known.map((file) => file.hash ?? '').join('\n'),
    keys: known.map((file) => file.keys.join('\t')).join('\n'),
    numbers,
  };
}

function decodeIndex(stored: StoredIndex): Map<string, KnownFile> {
  const known = new Map<string, KnownFile>();
  if (stored.files === '') return known;
  const files = stored.files.split('\n');
  const hashes = stored.hashes.split('\n');
  const keys = stored.keys.split('\n');
  const { numbers } = stored;
  if (
    hashes.length !== files.length ||
    keys.length !== files.length ||
    numbers.length !== files.length * NUMBERS
  )
    throw new Error('A torn file index');
  files.forEach((file, index) => {
    const at = index * NUMBERS;
    known.set(file, {
      hash: hashes[index] || undefined,
      stamp: {
        size: numbers[at]!,
        mtimeMs: numbers[at + 1]!,
        ctimeMs: numbers[at + 2]!,
        ino: numbers[at + 3]!,
      },
      seenAt: numbers[at + 4]!,
      keys: keys[index] ? keys[index].split('\t') : [],
    });
  });
  return known;
}

/**
 * The outcome of the last run over a content root, in one SQLite file: every file's results (by path, with
 * its `stat` and digest), the entries it yields and the references they make, the references made to each
 * entry, every diagnostic by what it is about, and the rules' shared values. A run after a change reads only the files and
 * entries the change reaches; the full state is written in one go after a run that checked everything.
 * `fingerprint` names what the results were computed with (engine, rules, options): another one starts over.
 */
export class ValidationState {
  private readonly statements = new Map<string, StatementSync>();
  /** Being written from nothing: there is nothing to delete. */
  private fresh = false;
  /** The file index changed since it was read. */
  private indexChanged = false;

  private constructor(
    private readonly db: DatabaseSync,
    /** Every known file, by path relative to the content root: kept as one value, read at every run. */
    private readonly files: Map<string, KnownFile>,
  ) {}

  /** Every known file, by path relative to the content root. */
  get known(): ReadonlyMap<string, KnownFile> {
    return this.files;
  }

  /** The state in `dir` when it holds results computed with `fingerprint`; nothing otherwise. */
  static open(dir: string, fingerprint: string): ValidationState | undefined {
    let db: DatabaseSync | undefined;
    try {
      db = openDatabase(join(dir, 'state.sqlite'), { timeout: 5000 });
      const meta = new Map(
        (db.prepare('SELECT key, value FROM meta').all() as Row[]).map((row) => [String(row.key), row.value]),
      );
      if (meta.get('fingerprint') !== fingerprint) {
        db.close();
        return undefined;
      }
      const known = decodeIndex(deserialize(meta.get('files') as Uint8Array) as StoredIndex);
      return new ValidationState(db, known);
    } catch {
      // Missing, not a database, from an older layout, locked too long: as if there were none.
      db?.close();
      return undefined;
    }
  }

  /**
   * Replaces the state in `dir` with the outcome of a run that checked everything. Written to a new file
   * and renamed over the old one, so a reader sees the old or the new state, never a torn one.
   */
  static write(
    dir: string,
    fingerprint: string,
    files: Iterable<FileRecord>,
    entryDiagnostics: ReadonlyMap<string, readonly Diagnostic[]>,
    findings: readonly RuleFinding[],
    shared: ReadonlyMap<string, SharedValue>,
  ): void {
    mkdirSync(dir, { recursive: true });
    const path = join(dir, 'state.sqlite');
    const temp = `${path}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
    try {
      const db = openDatabase(temp);
      try {
        // A new file renamed into place when complete: a crash leaves only a stray temporary file.
        db.exec('PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF;');
        db.exec(SCHEMA);
        db.exec('BEGIN');
        const state = new ValidationState(db, new Map());
        state.fresh = true;
        state.setMeta('fingerprint', fingerprint);
        for (const [rule, value] of shared) state.setShared(rule, value);
        for (const record of files) state.putFile(record);
        // Every reference as a row, indexed by target once filled: SQLite does it faster than row by row.
        db.exec(
          'INSERT INTO links SELECT j.value->>1, j.value->>0, j.value->>2, f.file FROM files f, json_each(f.links) j',
        );
        db.exec('CREATE INDEX links_by_target ON links(target)');
        for (const [key, list] of entryDiagnostics) state.setEntryDiagnostics(key, list);
        state.addFindings(findings);
        state.saveIndex();
        db.exec('COMMIT');
      } finally {
        db.close();
      }
      renameSync(temp, path);
    } finally {
      rmSync(temp, { force: true });
    }
  }

  /** The shared value of rule `ruleId` in the last run. */
  shared(ruleId: string): SharedValue | undefined {
    const row = this.statement('SELECT digest, value FROM shared WHERE rule = ?').get(ruleId) as
      | Row
      | undefined;
    return row && { digest: String(row.digest), value: deserialize(row.value as Uint8Array) };
  }

  setShared(ruleId: string, { digest, value }: SharedValue): void {
    this.statement('INSERT OR REPLACE INTO shared VALUES (?, ?, ?)').run(ruleId, digest, serialize(value));
  }

  /** The references the entries of `file` made in the last run. */
  links(file: string): Link[] {
    const row = this.statement('SELECT links FROM files WHERE file = ?').get(file) as Row | undefined;
    return row ? decodeLinks(String(row.links)) : [];
  }

  /** The references made to the entry `target` (an `originKey`), as the state holds them. */
  referrers(target: string): Referrer[] {
    return (
      this.statement('SELECT source, field, file FROM links WHERE target = ?').all(target) as Row[]
    ).map((row) => ({ from: String(row.source), field: String(row.field), file: String(row.file) }));
  }

  /** Replaces the reference rows of `file` (found by the targets it referred to) with `links`. */
  private replaceLinks(file: string, links: readonly Link[]): void {
    const targets = new Set(this.links(file).map((link) => link.to));
    for (const target of targets)
      this.statement('DELETE FROM links WHERE target = ? AND file = ?').run(target, file);
    const insert = this.statement('INSERT INTO links VALUES (?, ?, ?, ?)');
    for (const { from, to, field } of links) insert.run(to, from, field, file);
  }

  /** The results of `file` as the last run left them. */
  checked(file: string): CheckedFile | undefined {
    const row = this.statement('SELECT checked FROM files WHERE file = ?').get(file) as Row | undefined;
    return row && (deserialize(row.checked as Uint8Array) as CheckedFile);
  }

  /** Subjects some of `ruleIds` reported on. */
  reportedSubjects(ruleIds: readonly string[]): Set<string> {
    const subjects = new Set<string>();
    const query = this.statement('SELECT subject FROM findings WHERE rule = ?');
    for (const rule of ruleIds) for (const row of query.all(rule) as Row[]) subjects.add(String(row.subject));
    return subjects;
  }

  /** Every diagnostic kept: files', entries' and the rules' findings. */
  diagnostics(): StoredDiagnostics {
    const byKey = (sql: string) =>
      new Map(
        (this.statement(sql).all() as Row[]).map((row) => [
          String(row.key),
          deserialize(row.diagnostics as Uint8Array) as Diagnostic[],
        ]),
      );
    return {
      files: byKey('SELECT file AS key, diagnostics FROM file_diagnostics'),
      entries: byKey('SELECT key, diagnostics FROM entry_diagnostics'),
      findings: (this.statement('SELECT rule, subject, diagnostics FROM findings').all() as Row[]).map(
        (row) => ({
          ruleId: String(row.rule),
          subject: String(row.subject),
          diagnostics: deserialize(row.diagnostics as Uint8Array) as Diagnostic[],
        }),
      ),
    };
  }

  /** Runs `change` in one transaction: the state moves from one run's outcome to the next, or not at all. */
  update(change: () => void): void {
    this.db.exec('BEGIN IMMEDIATE');
    try {
      change();
      this.saveIndex();
      this.db.exec('COMMIT');
    } catch (error) {
      this.db.exec('ROLLBACK');
      throw error;
    }
  }

  setMeta(key: string, value: string | Uint8Array): void {
    this.statement('INSERT OR REPLACE INTO meta(key, value) VALUES (?, ?)').run(key, value);
  }

  putFile(record: FileRecord): void {
    const { file, hash, stamp, seenAt, keys, links, checked } = record;
    if (!this.fresh) this.replaceLinks(file, links);
    this.statement('INSERT OR REPLACE INTO files VALUES (?, ?, ?)').run(
      file,
      encodeLinks(links),
      serialize(checked),
    );
    this.files.set(file, { hash, stamp, seenAt, keys });
    this.indexChanged = true;
    this.setDiagnostics('file_diagnostics', 'file', file, checked.diagnostics);
  }

  /** Records that `file`, unchanged in content, now has `stamp`. */
  touchFile(file: string, stamp: FileStamp, seenAt: number): void {
    const known = this.files.get(file);
    if (known) this.files.set(file, { ...known, stamp, seenAt });
    this.indexChanged = true;
  }

  removeFile(file: string): void {
    this.replaceLinks(file, []);
    this.statement('DELETE FROM files WHERE file = ?').run(file);
    this.statement('DELETE FROM file_diagnostics WHERE file = ?').run(file);
    this.files.delete(file);
    this.indexChanged = true;
  }

  setEntryDiagnostics(key: string, diagnostics: readonly Diagnostic[]): void {
    this.setDiagnostics('entry_diagnostics', 'key', key, diagnostics);
  }

  /** Forgets what `rule` found about `subject`. */
  clearFindings(rule: string, subject?: string): void {
    if (subject === undefined) this.statement('DELETE FROM findings WHERE rule = ?').run(rule);
    else this.statement('DELETE FROM findings WHERE rule = ? AND subject = ?').run(rule, subject);
  }

  addFindings(findings: readonly RuleFinding[]): void {
    const insert = this.statement('INSERT OR REPLACE INTO findings VALUES (?, ?, ?)');
    for (const { ruleId, subject, diagnostics } of findings)
      insert.run(ruleId, subject, serialize(diagnostics));
  }

  /** Writes the file index, which the methods above change in memory. */
  private saveIndex(): void {
    if (this.indexChanged) this.setMeta('files', serialize(encodeIndex(this.files)));
    this.indexChanged = false;
  }

  close(): void {
    this.db.close();
  }

  private setDiagnostics(table: string, column: string, key: string, diagnostics: readonly Diagnostic[]) {
    if (diagnostics.length > 0)
      this.statement(`INSERT OR REPLACE INTO ${table} VALUES (?, ?)`).run(key, serialize(diagnostics));
    else if (!this.fresh) this.statement(`DELETE FROM ${table} WHERE ${column} = ?`).run(key);
  }

  /** A prepared statement, kept: the same few are run for every file and finding. */
  private statement(sql: string): StatementSync {
    let statement = this.statements.get(sql);
    if (!statement) {
      statement = this.db.prepare(sql);
      this.statements.set(sql, statement);
    }
    return statement;
  }
}
