import type { ActorEntry } from '@marsad/content';
import { type Event, type EventSubtype, isOrganizationKind, type Place } from '@marsad/schema';
import { formatFuzzyDate } from './dates.js';
import { actorKindLabels, eventSubtypeLabels, eventTypeLabels, placeKindLabels } from './labels.js';
import { type Lang, pickLocalized } from './languages.js';

/** A text and the language it is really written in (it may fall back to another language). */
export interface LangText {
  text: string;
  lang: string;
}

const fallbackText = (id: string): LangText => ({ text: id, lang: 'en' });

/** The name or title of an actor, event or place in `lang`, falling back to another language. */
export function entityName(entity: ActorEntry | Place | Event, lang: Lang): LangText {
  const value = 'title' in entity ? entity.title : entity.name;
  return pickLocalized(value, lang) ?? fallbackText(entity.id);
}

/** An entity's summary in `lang` (or another language), if it has one. */
export function entitySummary(entity: ActorEntry | Event, lang: Lang): LangText | undefined {
  return pickLocalized(entity.summary, lang);
}

/** "1954 – 3 January 2020" for persons, "founded 2013" style spans for organisations. */
export function lifeSpan(actor: ActorEntry, lang: Lang): string | undefined {
  const organization = isOrganizationKind(actor.kind);
  const start = organization ? actor.founded : actor.born;
  const end = organization ? actor.dissolved : actor.died;
  if (start === undefined && end === undefined) return undefined;
  const from = start === undefined ? '…' : formatFuzzyDate(start, lang).text;
  return end === undefined ? from : `${from} – ${formatFuzzyDate(end, lang).text}`;
}

/** An actor's kind in words ("جماعة مسلحة", "Armed group"). */
export function actorKindLabel(actor: ActorEntry, lang: Lang): string {
  return actorKindLabels[actor.kind][lang];
}

/** An event's sub-type in words ("ضربة جوية أو بمسيّرة", "Air or drone strike"). */
export function eventKindLabel(event: Event, lang: Lang): string {
  return eventSubtypeLabels[event.subtype as EventSubtype]?.[lang] ?? eventTypeLabels[event.type][lang];
}

/** A place's kind in words ("قاعدة عسكرية", "Military base"). */
export function placeKindLabel(place: Place, lang: Lang): string {
  return placeKindLabels[place.kind][lang];
}
