import * as z from 'zod';
import { expecting, listOptions } from './messages.js';

interface SubtypeEntry {
  readonly acled: string;
}
interface TypeEntry {
  readonly acled: string;
  readonly subtypes: Readonly<Record<string, SubtypeEntry>>;
}

// ACLED's six event types and 25 sub-types (ACLED Codebook), kebab-cased, plus `political`
// for the acts analyses turn on (CAMEO roots 01-16), exported to ACLED as Strategic developments / Other.
const taxonomy = {
  battle: {
    acled: 'Battles',
    subtypes: {
      'armed-clash': { acled: 'Armed clash' },
      'government-regains-territory': { acled: 'Government regains territory' },
      'non-state-actor-overtakes-territory': { acled: 'Non-state actor overtakes territory' },
    },
  },
  'remote-violence': {
    acled: 'Explosions/Remote violence',
    subtypes: {
      'air-or-drone-strike': { acled: 'Air/drone strike' },
      'shelling-artillery-missile-attack': { acled: 'Shelling/artillery/missile attack' },
      'remote-explosive': { acled: 'Remote explosive/landmine/IED' },
      'suicide-bomb': { acled: 'Suicide bomb' },
      grenade: { acled: 'Grenade' },
      'chemical-weapon': { acled: 'Chemical weapon' },
    },
  },
  'violence-against-civilians': {
    acled: 'Violence against civilians',
    subtypes: {
      attack: { acled: 'Attack' },
      abduction: { acled: 'Abduction/forced disappearance' },
      'sexual-violence': { acled: 'Sexual violence' },
    },
  },
  protest: {
    acled: 'Protests',
    subtypes: {
      'peaceful-protest': { acled: 'Peaceful protest' },
      'protest-with-intervention': { acled: 'Protest with intervention' },
      'excessive-force-against-protesters': { acled: 'Excessive force against protesters' },
    },
  },
  riot: {
    acled: 'Riots',
    subtypes: {
      'violent-demonstration': { acled: 'Violent demonstration' },
      'mob-violence': { acled: 'Mob violence' },
    },
  },
  'strategic-development': {
    acled: 'Strategic developments',
    subtypes: {
      agreement: { acled: 'Agreement' },
      arrests: { acled: 'Arrests' },
      'change-to-group-activity': { acled: 'Change to group/activity' },
      'disrupted-weapons-use': { acled: 'Disrupted weapons use' },
      'headquarters-or-base-established': { acled: 'Headquarters or base established' },
      'looting-property-destruction': { acled: 'Looting/property destruction' },
      'non-violent-transfer-of-territory': { acled: 'Non-violent transfer of territory' },
      other: { acled: 'Other' },
    },
  },
  political: {
    acled: 'Strategic developments',
    subtypes: {
      statement: { acled: 'Other' },
      decision: { acled: 'Other' },
      'legislative-vote': { acled: 'Other' },
      designation: { acled: 'Other' },
      negotiation: { acled: 'Other' },
      appointment: { acled: 'Other' },
      election: { acled: 'Other' },
      visit: { acled: 'Other' },
      'call-to-action': { acled: 'Other' },
    },
  },
} as const satisfies Record<string, TypeEntry>;

type Taxonomy = typeof taxonomy;
/** An event type: ACLED's six, kebab-cased, plus `political`. */
export type EventType = keyof Taxonomy;
/** The sub-types that belong to event type `T`. */
export type EventSubtypeOf<T extends EventType> = keyof Taxonomy[T]['subtypes'] & string;
/** Any event sub-type. */
export type EventSubtype = { [T in EventType]: EventSubtypeOf<T> }[EventType];

/** The event types in taxonomy order. */
export const eventTypes = Object.keys(taxonomy) as EventType[];

/** The sub-types that belong to `type`, in taxonomy order; `[]` for an unknown type. */
export function subtypesOf<T extends EventType>(type: T): EventSubtypeOf<T>[];
export function subtypesOf(type: string): EventSubtype[];
export function subtypesOf(type: string): string[] {
  return isEventType(type) ? Object.keys(taxonomy[type].subtypes) : [];
}

/** Every sub-type of every type, without duplicates, in taxonomy order. */
export const eventSubtypes = [...new Set(eventTypes.flatMap((type) => subtypesOf(type)))] as EventSubtype[];

/** Whether `type` is one of the event types. */
export function isEventType(type: string): type is EventType {
  return Object.hasOwn(taxonomy, type);
}

/** Whether `subtype` belongs to `type`. */
export function isSubtypeOf(type: string, subtype: string): boolean {
  return isEventType(type) && Object.hasOwn(taxonomy[type].subtypes, subtype);
}

/** ACLED's exact `event_type` and `sub_event_type` labels for a Marsad type and sub-type. */
export interface AcledLabels {
  event_type: string;
  sub_event_type: string;
}

/**
 * ACLED's labels for a type and sub-type (`political` maps to `Strategic developments` / `Other`).
 * Returns `undefined` when the pair is not in the taxonomy.
 */
export function toAcled(type: string, subtype: string): AcledLabels | undefined {
  if (!isSubtypeOf(type, subtype)) return undefined;
  const entry: TypeEntry = taxonomy[type as EventType];
  return { event_type: entry.acled, sub_event_type: entry.subtypes[subtype]!.acled };
}

/** The event type enum. */
export const EventType = z
  .enum(eventTypes as [EventType, ...EventType[]], {
    error: expecting(`an event type: ${listOptions(eventTypes)}`),
  })
  .meta({
    id: 'EventType',
    title: 'Event type',
    description: 'ACLED’s six event types, kebab-cased, plus `political` (CAMEO).',
  });

/** The event sub-type enum (membership in the type is checked on the event). */
export const EventSubtype = z
  .enum(eventSubtypes as [EventSubtype, ...EventSubtype[]], {
    error: expecting('an event sub-type of the event’s type (see subtypesOf)'),
  })
  .meta({
    id: 'EventSubtype',
    title: 'Event sub-type',
    description:
      'One of ACLED’s 25 sub-types, kebab-cased, or a `political` sub-type; it must belong to the event’s type.',
  });
