import {
  type Actor,
  type Article,
  type ArticleStatus,
  type Author,
  compareFuzzyDates,
  type Designation,
  type Event,
  fuzzyDateBounds,
  type Membership,
  type ParticipantRole,
  type Place,
  type Relation,
} from '@marsad/schema';
import type { ActorEntry, ArticleEntry, EntityKind, EntityValue, Reference } from '../model/entities.js';
import type { EventTimeline } from './event-timeline.js';
import { type GraphEntries, type GraphStore, MemoryStore } from './graph-store.js';
import { isPublic } from './is-public.js';

export type { EventTimeline } from './event-timeline.js';
export type { GraphStore } from './graph-store.js';

/** Day bounds (`YYYY-MM-DD`, inclusive) that an entry's date must overlap to be listed. */
export interface DateWindow {
  from?: string;
  to?: string;
}

/** An event with the role an actor plays in it. */
export interface ActorEvent {
  event: Event;
  role: ParticipantRole;
}

/** Options of {@link ContentGraph.articles}. */
export interface ArticleQuery {
  /** Only articles that have a version in this language. */
  lang?: string;
  status?: ArticleStatus;
  /** Only articles public at this time (published, past any embargo). */
  publicAt?: Date;
}

function overlaps(date: string, window: DateWindow): boolean {
  const { earliest, latest } = fuzzyDateBounds(date);
  if (window.to !== undefined && earliest !== null && earliest > window.to) return false;
  if (window.from !== undefined && latest !== null && latest < window.from) return false;
  return true;
}

const byDate = (a: Event, b: Event) => compareFuzzyDates(a.date, b.date) || (a.id < b.id ? -1 : 1);

/**
 * The linked content: every valid entry by kind and id, and every reference between them with its
 * inverse, so "the events of an actor" or "the articles about an event" are lookups, never scans of
 * the files. Built from validated entries (held in memory) or over a bundle's {@link GraphStore} (read
 * on demand); it never changes afterwards.
 */
export class ContentGraph {
  readonly #store: GraphStore;

  constructor(source: GraphEntries | GraphStore) {
    this.#store = isStore(source) ? source : new MemoryStore(source);
  }

  /** All entries of a kind, in id order. */
  all<K extends EntityKind>(kind: K): EntityValue[K][] {
    return this.#store.all(kind);
  }

  /** Number of entries of a kind. */
  count(kind: EntityKind): number {
    return this.#store.count(kind);
  }

  /** The entry of `kind` with `id`, if it exists and is valid. */
  get<K extends EntityKind>(kind: K, id: string): EntityValue[K] | undefined {
    return this.#store.get(kind, id);
  }

  has(kind: EntityKind, id: string): boolean {
    return this.#store.has(kind, id);
  }

  actor(id: string): ActorEntry | undefined {
    return this.get('actor', id);
  }
  event(id: string): Event | undefined {
    return this.get('event', id);
  }
  place(id: string): Place | undefined {
    return this.get('place', id);
  }
  author(id: string): Author | undefined {
    return this.get('author', id);
  }
  article(id: string): ArticleEntry | undefined {
    return this.get('article', id);
  }

  /** The references an entry makes, in the order written. */
  referencesFrom(kind: EntityKind, id: string): readonly Reference[] {
    return this.#store.referencesFrom(kind, id);
  }

  /** The references made to an entry, optionally only from one field (`participants`, `mention`…). */
  referencesTo(kind: EntityKind, id: string, field?: string): Reference[] {
    const all = this.#store.referencesTo(kind, id, field);
    return field === undefined ? [...all] : all.filter((reference) => reference.field === field);
  }

  /** Every event in date order (earliest possible day, latest, id), with each actor's and place's events as ranks. */
  timeline(): EventTimeline {
    return this.#store.timeline();
  }

  /** The events an actor takes part in, by date, optionally within a date window and in one role. */
  eventsOf(actorId: string, options: DateWindow & { role?: ParticipantRole } = {}): ActorEvent[] {
    const found: ActorEvent[] = [];
    for (const reference of this.referencesTo('actor', actorId, 'participants')) {
      const event = this.event(reference.from.id)!;
      const role = event.participants![reference.path[1] as number]!.role;
      if (options.role !== undefined && role !== options.role) continue;
      if (!overlaps(event.date, options)) continue;
      found.push({ event, role });
    }
    return found.sort((a, b) => byDate(a.event, b.event));
  }

  /** The persons with a membership in an organisation. */
  membersOf(organizationId: string): { actor: Actor; membership: Membership }[] {
    return this.referencesTo('actor', organizationId, 'memberships').map((reference) => {
      const actor = this.actor(reference.from.id)!;
      return { actor, membership: actor.memberships![reference.path[1] as number]! };
    });
  }

  /** An actor's relations both ways: those it states, and those other actors state towards it. */
  relationsOf(actorId: string): {
    outgoing: { relation: Relation; target: ActorEntry }[];
    incoming: { relation: Relation; source: ActorEntry }[];
  } {
    const outgoing = (this.actor(actorId)?.relations ?? []).flatMap((relation) => {
      const target = this.actor(relation.target);
      return target ? [{ relation, target }] : [];
    });
    const incoming = this.referencesTo('actor', actorId, 'relations').map((reference) => {
      const source = this.actor(reference.from.id)!;
      return { relation: source.relations![reference.path[1] as number]!, source };
    });
    return { outgoing, incoming };
  }

  /** The designations an actor has made of others (a state's terrorist lists). */
  designationsBy(actorId: string): { actor: Actor; designation: Designation }[] {
    return this.referencesTo('actor', actorId, 'designations').map((reference) => {
      const actor = this.actor(reference.from.id)!;
      return { actor, designation: actor.designations![reference.path[1] as number]! };
    });
  }

  /** Events that respond to an event, by date. */
  responsesTo(eventId: string): Event[] {
    return this.referencesTo('event', eventId, 'respondsTo')
      .map((reference) => this.event(reference.from.id)!)
      .sort(byDate);
  }

  /** The member events of a campaign or wave (`partOf` it), by date. */
  partsOf(eventId: string): Event[] {
    return this.referencesTo('event', eventId, 'partOf')
      .map((reference) => this.event(reference.from.id)!)
      .sort(byDate);
  }

  /** Places inside a place; with `deep`, at any depth (Ain al-Asad is within Anbar within Iraq). */
  placesWithin(placeId: string, options: { deep?: boolean } = {}): Place[] {
    const found: Place[] = [];
    const seen = new Set([placeId]);
    const queue = [placeId];
    while (queue.length > 0) {
      for (const reference of this.referencesTo('place', queue.shift()!, 'within')) {
        if (seen.has(reference.from.id)) continue;
        seen.add(reference.from.id);
        found.push(this.place(reference.from.id)!);
        if (options.deep) queue.push(reference.from.id);
      }
    }
    return found;
  }

  /** Events located at a place, or (with `within`) at any place inside it, by date. */
  eventsAt(placeId: string, options: DateWindow & { within?: boolean } = {}): Event[] {
    const places = [
      placeId,
      ...(options.within ? this.placesWithin(placeId, { deep: true }).map((place) => place.id) : []),
    ];
    return places
      .flatMap((id) =>
        this.referencesTo('place', id, 'location').map((reference) => this.event(reference.from.id)!),
      )
      .filter((event) => overlaps(event.date, options))
      .sort(byDate);
  }

  /** Articles that name an entry as a main subject (`about`) or mention it in a body. */
  articlesAbout(
    kind: 'actor' | 'event' | 'place',
    id: string,
    options: { mentions?: boolean; publicAt?: Date } = {},
  ): ArticleEntry[] {
    const fields = options.mentions ? ['about', 'regions', 'mention'] : ['about', 'regions'];
    const ids = new Set(
      this.referencesTo(kind, id)
        .filter((reference) => reference.from.kind === 'article' && fields.includes(reference.field))
        .map((reference) => reference.from.id),
    );
    return this.articles({ publicAt: options.publicAt }).filter((article) => ids.has(article.id));
  }

  /** Articles, newest first (by `published`, drafts last), filtered by language, status and publicity. */
  articles(query: ArticleQuery = {}): ArticleEntry[] {
    return this.all('article')
      .filter((article) => query.lang === undefined || article.versions[query.lang] !== undefined)
      .filter((article) => query.status === undefined || article.meta.status === query.status)
      .filter((article) => query.publicAt === undefined || isPublic(article.meta, query.publicAt))
      .sort((a, b) => newestFirst(a.meta, b.meta) || (a.id < b.id ? -1 : 1));
  }
}

function newestFirst(a: Article, b: Article): number {
  const at = (article: Article) =>
    article.published ? Date.parse(article.published) : Number.NEGATIVE_INFINITY;
  return at(b) - at(a);
}

function isStore(source: GraphEntries | GraphStore): source is GraphStore {
  return typeof (source as GraphStore).referencesTo === 'function';
}
