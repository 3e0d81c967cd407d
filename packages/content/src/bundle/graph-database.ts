import type { Hash } from 'node:crypto';
import type { DatabaseSync, StatementSync } from 'node:sqlite';
import { type EventTimeline, timelineOf } from '../graph/event-timeline.js';
import { type GraphStore, KINDS } from '../graph/graph-store.js';
import type { EntityKind, EntityValue, Reference } from '../model/entities.js';
import { referencesOf } from '../model/references.js';
import { articleFromRow, articleRow, type BodyReader } from './article-row.js';
import { canonicalJson } from './canonical-json.js';
import { openDatabase } from './open-database.js';
import type { EntityLists } from './public-content.js';

// One row per entry, as canonical JSON (an article's versions apart, since lists never read them); every
// reference once, indexed by its target, which is what the graph's inverse edges are; and the events
// in date order with each actor's and place's events as ranks into it. A server reads rows when asked
// and never rebuilds an index from all the entries.
const TABLES = `
CREATE TABLE entries (kind TEXT NOT NULL, id TEXT NOT NULL, data TEXT NOT NULL, versions TEXT);
CREATE TABLE refs (
  to_kind TEXT NOT NULL, to_id TEXT NOT NULL,
  from_kind TEXT NOT NULL, from_id TEXT NOT NULL, field TEXT NOT NULL, path TEXT NOT NULL
);
CREATE TABLE timeline (ids TEXT NOT NULL, earliest TEXT NOT NULL, latest TEXT NOT NULL);
CREATE TABLE timeline_of (kind TEXT NOT NULL, id TEXT NOT NULL, rank INTEGER NOT NULL, PRIMARY KEY (kind, id, rank)) WITHOUT ROWID;
`;

// Created once the rows are in: SQLite then sorts each index once and writes its pages full, where
// indexing row by row in an unsorted order splits pages and needed a VACUUM (a copy of the whole file,
// 1.6 CPU-s on the full corpus) to compact them.
const INDEXES = `
CREATE UNIQUE INDEX entries_key ON entries (kind, id);
CREATE INDEX refs_to ON refs (to_kind, to_id);
`;

/** Entries written between two steps of {@link writeGraphDatabase}: a few milliseconds' work. */
const ENTRIES_PER_STEP = 256;

/**
 * Writes the graph database at `path` (a new file) from public entries in id order, feeding every row's
 * text to `hash` in the order written: the same entries give the same bytes and the same hash. It writes
 * a step at each `next()`, so another task can run between steps (see `writeSearchIndex`); `return()`
 * stops it and closes the file.
 */
export function* writeGraphDatabase(path: string, entities: EntityLists, hash: Hash): Generator<void> {
  const db = openDatabase(path);
  try {
    db.exec('PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF;');
    db.exec(TABLES);
    const insertEntry = db.prepare('INSERT INTO entries (kind, id, data, versions) VALUES (?, ?, ?, ?)');
    const insertRef = db.prepare(
      'INSERT INTO refs (to_kind, to_id, from_kind, from_id, field, path) VALUES (?, ?, ?, ?, ?, ?)',
    );
    db.exec('BEGIN');
    let written = 0;
    for (const kind of KINDS) {
      for (const value of entities[kind] as EntityValue[EntityKind][]) {
        if (++written % ENTRIES_PER_STEP === 0) yield;
        const { data, versions } =
          kind === 'article'
            ? articleRow(value as EntityValue['article'])
            : { data: canonicalJson(value), versions: null };
        insertEntry.run(kind, value.id, data, versions);
        hash.update(`${kind}\n${data}\n${versions ?? ''}\n`);
        for (const { to, from, field, path: at } of referencesOf(kind, value as never)) {
          insertRef.run(to.kind, to.id, from.kind, from.id, field, JSON.stringify(at));
        }
      }
    }
    const timeline = timelineOf(entities.event);
    // Three JSON arrays: a server reads the whole timeline at once, and parsing them is far cheaper than
    // reading 50,000 rows.
    db.prepare('INSERT INTO timeline (ids, earliest, latest) VALUES (?, ?, ?)').run(
      JSON.stringify(timeline.ids),
      JSON.stringify(timeline.earliest),
      JSON.stringify(timeline.latest),
    );
    const insertOf = db.prepare('INSERT INTO timeline_of (kind, id, rank) VALUES (?, ?, ?)');
    for (const kind of ['actor', 'place'] as const) {
      // In key order, as the table is stored: its pages then fill in turn instead of splitting.
      const byId = [...timeline.ranks[kind]].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
      for (const [id, ranks] of byId) for (const rank of ranks) insertOf.run(kind, id, rank);
    }
    db.exec(INDEXES);
    db.exec('COMMIT');
  } finally {
    db.close();
  }
}

/** Entries a stored graph keeps materialised, most recently used first out last. */
const CACHED_ENTRIES = 20_000;

interface EntryRow {
  data: string;
  versions: string | null;
}

interface RefRow {
  from_kind: EntityKind;
  from_id: string;
  field: string;
  path: string;
}

/**
 * A graph store over a bundle's graph database, read-only: an entry is parsed when first asked for and
 * kept in a bounded cache; the inverse edges and the event timeline are read from the indexes written
 * at build time. Opening it reads nothing but the database header.
 */
export class StoredGraph implements GraphStore {
  readonly #db: DatabaseSync;
  readonly #readBody: BodyReader;
  readonly #entry: StatementSync;
  readonly #all: StatementSync;
  readonly #refs: StatementSync;
  readonly #count: StatementSync;
  readonly #cache = new Map<string, EntityValue[EntityKind]>();
  readonly #ids = new Map<EntityKind, Set<string>>();
  #timeline: EventTimeline | undefined;

  constructor(path: string, readBody: BodyReader) {
    this.#db = openDatabase(path, { readOnly: true });
    this.#readBody = readBody;
    this.#entry = this.#db.prepare('SELECT data, versions FROM entries WHERE kind = ? AND id = ?');
    this.#all = this.#db.prepare('SELECT data, versions FROM entries WHERE kind = ? ORDER BY id');
    this.#refs = this.#db.prepare(
      'SELECT from_kind, from_id, field, path FROM refs WHERE to_kind = ? AND to_id = ? ORDER BY rowid',
    );
    this.#count = this.#db.prepare('SELECT count(*) AS n FROM entries WHERE kind = ?');
  }

  #parse<K extends EntityKind>(kind: K, row: EntryRow): EntityValue[K] {
    return (
      kind === 'article'
        ? articleFromRow(row.data, row.versions ?? '{}', this.#readBody)
        : JSON.parse(row.data)
    ) as EntityValue[K];
  }

  all<K extends EntityKind>(kind: K): EntityValue[K][] {
    return (this.#all.all(kind) as unknown as EntryRow[]).map((row) => this.#parse(kind, row));
  }

  get<K extends EntityKind>(kind: K, id: string): EntityValue[K] | undefined {
    const key = `${kind}:${id}`;
    const cached = this.#cache.get(key);
    if (cached !== undefined) {
      // A Map iterates in insertion order: re-inserting marks the entry as the most recently used.
      this.#cache.delete(key);
      this.#cache.set(key, cached);
      return cached as EntityValue[K];
    }
    const row = this.#entry.get(kind, id) as EntryRow | undefined;
    if (row === undefined) return undefined;
    const value = this.#parse(kind, row);
    this.#cache.set(key, value);
    if (this.#cache.size > CACHED_ENTRIES) this.#cache.delete(this.#cache.keys().next().value!);
    return value;
  }

  #idsOf(kind: EntityKind): Set<string> {
    let ids = this.#ids.get(kind);
    if (ids === undefined) {
      const rows = this.#db.prepare('SELECT id FROM entries WHERE kind = ?').all(kind) as { id: string }[];
      ids = new Set(rows.map((row) => row.id));
      this.#ids.set(kind, ids);
    }
    return ids;
  }

  has(kind: EntityKind, id: string): boolean {
    return this.#idsOf(kind).has(id);
  }

  count(kind: EntityKind): number {
    // Counted by the index: a health check must not read 50,000 ids.
    return (this.#count.get(kind) as { n: number }).n;
  }

  referencesFrom(kind: EntityKind, id: string): readonly Reference[] {
    const value = this.get(kind, id);
    return value === undefined ? [] : referencesOf(kind, value as never);
  }

  referencesTo(kind: EntityKind, id: string): readonly Reference[] {
    return (this.#refs.all(kind, id) as unknown as RefRow[]).map((row) => ({
      from: { kind: row.from_kind, id: row.from_id },
      to: { kind, id },
      path: JSON.parse(row.path),
      field: row.field,
    }));
  }

  timeline(): EventTimeline {
    if (this.#timeline === undefined) {
      const row = this.#db.prepare('SELECT ids, earliest, latest FROM timeline').get() as {
        ids: string;
        earliest: string;
        latest: string;
      };
      const ids = JSON.parse(row.ids) as string[];
      let rank: Map<string, number> | undefined;
      const ranks = this.#db.prepare('SELECT rank FROM timeline_of WHERE kind = ? AND id = ? ORDER BY rank');
      // Kept once read: every actor's and place's lists together are a few hundred thousand numbers, and
      // a busy actor's thousands of rows would otherwise be read again by every request for it.
      const ranksOf = new Map<string, readonly number[]>();
      this.#timeline = {
        ids,
        earliest: JSON.parse(row.earliest),
        latest: JSON.parse(row.latest),
        rankOf: (eventId) => {
          // Built on the first lookup: a filtered list by actor or place never needs it.
          rank ??= new Map(ids.map((id, index) => [id, index]));
          return rank.get(eventId);
        },
        ranksOf: (kind, id) => {
          const key = `${kind}:${id}`;
          let list = ranksOf.get(key);
          if (list === undefined) {
            list = (ranks.all(kind, id) as { rank: number }[]).map((row) => row.rank);
            ranksOf.set(key, list);
          }
          return list;
        },
      };
    }
    return this.#timeline;
  }

  close(): void {
    if (this.#db.isOpen) this.#db.close();
  }
}
