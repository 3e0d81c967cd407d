import { type EventTimeline, timelineOf } from '../graph/event-timeline.js';
import { type GraphStore, KINDS } from '../graph/graph-store.js';
import type { EntityKind, EntityValue, Reference } from '../model/entities.js';
import { referencesOf } from '../model/references.js';
import type { Locator } from '../parse/yaml-data.js';
import type { CheckedFile, FileToCheck } from '../source/check-file.js';
import { locatorsFromFile } from '../source/check-file.js';
import type { FailedSource } from '../source/load-sources.js';
import {
  assembleEntries,
  type EntryOrigin,
  kindOf,
  type LocatedSource,
  originKey,
  splitOriginKey,
  type ValidatedContent,
} from '../validate/validate-entries.js';
import type { Referrer } from './validation-state.js';

/** Where {@link StoredEntries} reads files' results and learns which files hold which entries. */
export interface EntryFiles {
  /** Every content file, in path order. */
  files: readonly FileToCheck[];
  /** `originKey` → the files yielding an entry with it, in path order. */
  filesOf: ReadonlyMap<string, readonly string[]>;
  /** The references made to an entry (an `originKey`). */
  referrers(target: string): readonly Referrer[];
  /** A file's results and, when checked in this thread, its entries' locators. */
  read(file: string): { checked: CheckedFile; locators?: readonly Locator[] } | undefined;
}

const NONE: readonly Reference[] = Object.freeze([]);

/** The group key (`kind:id`) of an `originKey`, which may name an article version. */
function groupOf(key: string): string {
  const langAt = key.indexOf(':', key.indexOf(':') + 1);
  return langAt === -1 ? key : key.slice(0, langAt);
}

/**
 * The entries of a content root read on demand from the files that yield them: each entry is assembled
 * from its own sources alone (what `assembleEntries` does for all of them at once gives the same per
 * entry: duplicates and article versions never cross ids). A run after a change builds only the entries
 * its rules ask for.
 */
export class StoredEntries implements GraphStore {
  readonly #source: EntryFiles;
  readonly #fileIndex: Map<string, number>;
  readonly #groups = new Map<string, ValidatedContent>();
  readonly #outgoing = new Map<string, readonly Reference[]>();
  readonly #keysOfKind = new Map<EntityKind, string[]>();
  readonly #locators = new Map<string, (pointer: readonly (string | number)[]) => Locator>();

  constructor(source: EntryFiles) {
    this.#source = source;
    this.#fileIndex = new Map(source.files.map((file, index) => [file.file, index]));
  }

  /** What assembling the entry `kind:id` from its sources gives: the entry, its origins, diagnostics. */
  group(key: string): ValidatedContent {
    let group = this.#groups.get(key);
    if (group) return group;
    const sources: LocatedSource[] = [];
    const failed: FailedSource[] = [];
    for (const file of this.#source.filesOf.get(key) ?? []) {
      const read = this.#source.read(file);
      if (!read) continue;
      read.checked.entries.forEach((entry, position) => {
        if (originKey(kindOf[entry.collection], entry.id) !== key) return;
        const locator = read.locators?.[position] ?? this.#locatorsOf(file)(entry.pointer);
        sources.push({ ...entry, locator });
      });
      for (const entry of read.checked.failed)
        if (originKey(kindOf[entry.collection], entry.id) === key) failed.push(entry);
    }
    group = assembleEntries(sources, failed);
    this.#groups.set(key, group);
    return group;
  }

  /** Where an entry or article version (an `originKey`) was written. */
  origin(key: string): EntryOrigin | undefined {
    return this.group(groupOf(key)).origins.get(key);
  }

  isFailed(kind: EntityKind, id: string): boolean {
    const key = originKey(kind, id);
    return this.group(key).failed.has(key);
  }

  get<K extends EntityKind>(kind: K, id: string): EntityValue[K] | undefined {
    return this.group(originKey(kind, id)).entities[kind][0] as EntityValue[K] | undefined;
  }

  has(kind: EntityKind, id: string): boolean {
    return this.get(kind, id) !== undefined;
  }

  all<K extends EntityKind>(kind: K): EntityValue[K][] {
    const found: EntityValue[K][] = [];
    for (const key of this.#keysOf(kind)) {
      const value = this.get(kind, splitOriginKey(key).id);
      if (value) found.push(value);
    }
    return found;
  }

  count(kind: EntityKind): number {
    return this.all(kind).length;
  }

  referencesFrom(kind: EntityKind, id: string): readonly Reference[] {
    const key = originKey(kind, id);
    let references = this.#outgoing.get(key);
    if (!references) {
      const value = this.get(kind, id);
      references = value ? referencesOf(kind, value) : NONE;
      this.#outgoing.set(key, references);
    }
    return references;
  }

  /**
   * As the graph built at once gives them: by kind of referrer, then in the order the referrers were read.
   * With `field`, only referrers through it are read.
   */
  referencesTo(kind: EntityKind, id: string, field?: string): readonly Reference[] {
    const referrers = new Set(
      this.#source
        .referrers(originKey(kind, id))
        .filter((referrer) => field === undefined || referrer.field === field)
        .map((referrer) => referrer.from),
    );
    const firstFile = (key: string) => this.#fileIndex.get(this.#source.filesOf.get(key)?.[0] ?? '') ?? -1;
    const ordered = [...referrers].sort(
      (a, b) =>
        KINDS.indexOf(splitOriginKey(a).kind) - KINDS.indexOf(splitOriginKey(b).kind) ||
        firstFile(a) - firstFile(b) ||
        (a < b ? -1 : a > b ? 1 : 0),
    );
    return ordered.flatMap((from) => {
      const { kind: fromKind, id: fromId } = splitOriginKey(from);
      return this.referencesFrom(fromKind, fromId).filter(
        (reference) =>
          reference.to.kind === kind &&
          reference.to.id === id &&
          (field === undefined || reference.field === field),
      );
    });
  }

  timeline(): EventTimeline {
    return timelineOf(this.all('event'));
  }

  /** The keys of a kind's entries, in id order. */
  #keysOf(kind: EntityKind): string[] {
    let keys = this.#keysOfKind.get(kind);
    if (!keys) {
      const prefix = `${kind}:`;
      keys = [...this.#source.filesOf.keys()].filter((key) => key.startsWith(prefix)).sort();
      this.#keysOfKind.set(kind, keys);
    }
    return keys;
  }

  #locatorsOf(file: string) {
    let locators = this.#locators.get(file);
    if (!locators) {
      locators = locatorsFromFile(this.#source.files[this.#fileIndex.get(file)!]!);
      this.#locators.set(file, locators);
    }
    return locators;
  }
}
