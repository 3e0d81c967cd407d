import { parseAboutRef } from '@marsad/schema';
import type { EntityKind, EntityValue, Reference } from './entities.js';

type Emit = (to: Reference['to'], path: Reference['path'], field: string) => void;

function listed(ids: readonly string[] | undefined, kind: EntityKind, field: string, emit: Emit): void {
  ids?.forEach((id, index) => {
    emit({ kind, id }, [field, index], field);
  });
}

const walkers: { [K in EntityKind]: (value: EntityValue[K], emit: Emit) => void } = {
  actor(actor, emit) {
    if (actor.country) emit({ kind: 'place', id: actor.country }, ['country'], 'country');
    actor.memberships?.forEach((membership, index) => {
      emit(
        { kind: 'actor', id: membership.organization },
        ['memberships', index, 'organization'],
        'memberships',
      );
    });
    actor.relations?.forEach((relation, index) => {
      emit({ kind: 'actor', id: relation.target }, ['relations', index, 'target'], 'relations');
    });
    actor.designations?.forEach((designation, index) => {
      emit({ kind: 'actor', id: designation.by }, ['designations', index, 'by'], 'designations');
    });
    actor.profile?.mentions.forEach((mention, index) => {
      if (mention.id !== undefined) emit({ kind: mention.kind, id: mention.id }, ['body', index], 'mention');
    });
  },
  event(event, emit) {
    if (event.location) emit({ kind: 'place', id: event.location.place }, ['location', 'place'], 'location');
    event.participants?.forEach((participant, index) => {
      emit({ kind: 'actor', id: participant.actor }, ['participants', index, 'actor'], 'participants');
    });
    if (event.partOf) emit({ kind: 'event', id: event.partOf }, ['partOf'], 'partOf');
    listed(event.respondsTo, 'event', 'respondsTo', emit);
  },
  place(place, emit) {
    if (place.within) emit({ kind: 'place', id: place.within }, ['within'], 'within');
  },
  author() {},
  article(article, emit) {
    listed(article.meta.authors, 'author', 'authors', emit);
    article.meta.about?.forEach((ref, index) => {
      emit(parseAboutRef(ref), ['about', index], 'about');
    });
    listed(article.meta.regions, 'place', 'regions', emit);
    for (const [lang, version] of Object.entries(article.versions)) {
      version.mentions.forEach((mention, index) => {
        if (mention.id !== undefined)
          emit({ kind: mention.kind, id: mention.id }, ['body', lang, index], 'mention');
      });
    }
  },
};

/**
 * Every reference an entry makes, in the order written. This is the one list of reference fields:
 * the reference rules, the graph's inverse edges and the exports all read it.
 */
export function referencesOf<K extends EntityKind>(kind: K, value: EntityValue[K]): Reference[] {
  const from = { kind, id: value.id };
  const references: Reference[] = [];
  walkers[kind](value, (to, path, field) => {
    references.push({ from, to, path, field });
  });
  return references;
}
