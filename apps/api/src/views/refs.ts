import { z } from '@hono/zod-openapi';
import type { ContentGraph, EntityKind } from '@marsad/content';
import { Actor, Author, Event, Place } from '@marsad/schema';

/** An actor named by id somewhere in a response. */
export const ActorRef = z
  .object(Actor.shape)
  .pick({ id: true, kind: true, name: true })
  .meta({ id: 'ActorRef', title: 'Actor reference', description: 'The id, kind and name of an actor.' });

/** A place named by id somewhere in a response. */
export const PlaceRef = z
  .object(Place.shape)
  .pick({ id: true, kind: true, name: true, coordinates: true })
  .meta({
    id: 'PlaceRef',
    title: 'Place reference',
    description: 'The id, kind, name and point of a place.',
  });

/** An event named by id somewhere in a response. */
export const EventRef = z
  .object(Event.shape)
  .pick({ id: true, title: true, date: true, type: true, subtype: true })
  .meta({
    id: 'EventRef',
    title: 'Event reference',
    description: 'The id, title, date and type of an event.',
  });

/** An author named by id somewhere in a response. */
export const AuthorRef = z
  .object(Author.shape)
  .pick({ id: true, name: true, title: true })
  .meta({ id: 'AuthorRef', title: 'Author reference', description: 'The id, name and title of an author.' });

/** The names of the entries a response refers to by id, so a client needs no second request to show them. */
export const Refs = z
  .object({
    actors: z.record(z.string(), ActorRef),
    places: z.record(z.string(), PlaceRef),
    events: z.record(z.string(), EventRef),
    authors: z.record(z.string(), AuthorRef),
  })
  .meta({
    id: 'Refs',
    title: 'Referenced entries',
    description: 'Every actor, place, event and author the response names by id, keyed by id.',
  });
export type Refs = z.infer<typeof Refs>;

/** Collects the entries a response refers to; ids that name no entry are left out. */
export class RefCollector {
  readonly #graph: ContentGraph;
  readonly #refs: Refs = { actors: {}, places: {}, events: {}, authors: {} };

  constructor(graph: ContentGraph) {
    this.#graph = graph;
  }

  /** Adds the entry `kind:id`; articles are never added (they have visibility rules of their own). */
  add(kind: EntityKind, id: string): this {
    const graph = this.#graph;
    const refs = this.#refs;
    if (kind === 'actor' && !(id in refs.actors)) {
      const actor = graph.actor(id);
      if (actor) refs.actors[id] = { id, kind: actor.kind, name: actor.name };
    } else if (kind === 'place' && !(id in refs.places)) {
      const place = graph.place(id);
      if (place)
        refs.places[id] = {
          id,
          kind: place.kind,
          name: place.name,
          ...(place.coordinates && { coordinates: place.coordinates }),
        };
    } else if (kind === 'event' && !(id in refs.events)) {
      const event = graph.event(id);
      if (event)
        refs.events[id] = {
          id,
          title: event.title,
          date: event.date,
          type: event.type,
          subtype: event.subtype,
        };
    } else if (kind === 'author' && !(id in refs.authors)) {
      const author = graph.author(id);
      if (author) refs.authors[id] = { id, name: author.name, ...(author.title && { title: author.title }) };
    }
    return this;
  }

  /** Adds every entry that `kind:id` refers to (its participants, places, memberships, mentions…). */
  addReferencesOf(kind: EntityKind, id: string): this {
    for (const reference of this.#graph.referencesFrom(kind, id))
      this.add(reference.to.kind, reference.to.id);
    return this;
  }

  get refs(): Refs {
    return this.#refs;
  }
}
