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
  /** The references made to an entry, by kind of referrer (actor, event, place, author, article), id, order written. */
  referencesTo(kind: EntityKind, id: string): readonly Reference[];
  timeline(): EventTimeline;
}

const key = (kind: EntityKind, id: string) => `${kind}:${id}`;

/** The kinds in the order their references are indexed, which is the order `referencesTo` gives them in. */
export const KINDS: readonly EntityKind[] = ['actor', 'event', 'place', 'author', 'article'];

/** Entries held in memory, with every reference and its inverse indexed once when built. */
export class MemoryStore implements GraphStore {
  readonly #entries: { readonly [K in EntityKind]: ReadonlyMap<string, EntityValue[K]> };
  readonly #outgoing = new Map<string, Reference[]>();
  readonly #incoming = new Map<string, Reference[]>();
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
      for (const value of this.#entries[kind].values()) {
        const references = referencesOf(kind, value as never);
        this.#outgoing.set(key(kind, value.id), references);
        for (const reference of references) {
          const target = key(reference.to.kind, reference.to.id);
          const list = this.#incoming.get(target);
          if (list) list.push(reference);
          else this.#incoming.set(target, [reference]);
        }
      }
    }
  }

  all<K extends EntityKind>(kind: K): EntityValue[K][] {
    return [...this.#entries[kind].values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
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
    return this.#outgoing.get(key(kind, id)) ?? [];
  }

  referencesTo(kind: EntityKind, id: string): readonly Reference[] {
    return this.#incoming.get(key(kind, id)) ?? [];
  }

  timeline(): EventTimeline {
    this.#timeline ??= timelineOf([...this.#entries.event.values()]);
    return this.#timeline;
  }
}
