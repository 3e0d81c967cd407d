import type { EntityKind, EntityValue, Reference } from '../model/entities.js';
import { referencesOf } from '../model/references.js';
import { type EventTimeline, timelineOf } from './event-timeline.js';

/** Entries of every kind, in id order: what a {@link MemoryStore} is built from. */
export type GraphEntries = { readonly [K in EntityKind]: readonly EntityValue[K][] };

/**
 * Where a `ContentGraph` reads its entries and edges from: every query of the graph is built on these.
 * {@link MemoryStore} holds validated entries in memory; a bundle's store reads them from its database
 * when asked.
 */
export interface GraphStore {
  /** All entries of a kind, in id order. */
  all<K extends EntityKind>(kind: K): EntityValue[K][];
  get<K extends EntityKind>(kind: K, id: string): EntityValue[K] | undefined;
  has(kind: EntityKind, id: string): boolean;
  count(kind: EntityKind): number;
  /** The references an entry makes, in the order written. */
  referencesFrom(kind: EntityKind, id: string): readonly Reference[];
  /**
   * The references made to an entry, by kind of referrer (actor, event, place, author, article), id, order
   * written; a store may leave out those from other fields than `field` when given.
   */
  referencesTo(kind: EntityKind, id: string, field?: string): readonly Reference[];
  timeline(): EventTimeline;
}

/** The kinds in the order their references are indexed, which is the order `referencesTo` gives them in. */
export const KINDS: readonly EntityKind[] = ['actor', 'event', 'place', 'author', 'article'];

/** A map per kind: lookups by kind and id without building a `kind:id` string each time. */
type ByKind<V> = { readonly [K in EntityKind]: Map<string, V> };

const byKind = <V>(): ByKind<V> => ({
  actor: new Map(),
  event: new Map(),
  place: new Map(),
  author: new Map(),
  article: new Map(),
});

const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

const NO_REFERENCES: readonly Reference[] = Object.freeze([]);

/** Entries held in memory, with every reference and its inverse indexed once when built. */
export class MemoryStore implements GraphStore {
  readonly #entries: { readonly [K in EntityKind]: ReadonlyMap<string, EntityValue[K]> };
  /** Each kind's entries in id order, sorted on the first `all` of the kind (the rules ask many times). */
  readonly #sorted: { [K in EntityKind]?: readonly EntityValue[K][] } = {};
  readonly #outgoing = byKind<Reference[]>();
  readonly #incoming = byKind<Reference[]>();
  #timeline: EventTimeline | undefined;

  constructor(entities: GraphEntries) {
    const index = <K extends EntityKind>(kind: K) =>
      new Map(entities[kind].map((value) => [value.id, value] as const));
    this.#entries = {
      actor: index('actor'),
      event: index('event'),
      place: index('place'),
      author: index('author'),
      article: index('article'),
    };
    for (const kind of KINDS) {
      const outgoing = this.#outgoing[kind];
      for (const value of this.#entries[kind].values()) {
        const references = referencesOf(kind, value as never);
        outgoing.set(value.id, references);
        for (const reference of references) {
          const incoming = this.#incoming[reference.to.kind];
          const list = incoming.get(reference.to.id);
          if (list) list.push(reference);
          else incoming.set(reference.to.id, [reference]);
        }
      }
    }
  }

  all<K extends EntityKind>(kind: K): EntityValue[K][] {
    let sorted = this.#sorted[kind] as EntityValue[K][] | undefined;
    if (!sorted) {
      sorted = [...this.#entries[kind].values()].sort(byId);
      (this.#sorted as Record<K, readonly EntityValue[K][]>)[kind] = sorted;
    }
    // A copy: callers own the array they get, as with a bundle's store.
    return sorted.slice();
  }

  get<K extends EntityKind>(kind: K, id: string): EntityValue[K] | undefined {
    return this.#entries[kind].get(id);
  }

  has(kind: EntityKind, id: string): boolean {
    return this.#entries[kind].has(id);
  }

  count(kind: EntityKind): number {
    return this.#entries[kind].size;
  }

  referencesFrom(kind: EntityKind, id: string): readonly Reference[] {
    return this.#outgoing[kind].get(id) ?? NO_REFERENCES;
  }

  referencesTo(kind: EntityKind, id: string): readonly Reference[] {
    return this.#incoming[kind].get(id) ?? NO_REFERENCES;
  }

  timeline(): EventTimeline {
    this.#timeline ??= timelineOf([...this.#entries.event.values()]);
    return this.#timeline;
  }
}
