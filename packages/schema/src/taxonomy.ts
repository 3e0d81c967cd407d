import { expecting } from './messages.js';
import { oneOf } from './primitives/one-of.js';
import { titled } from './titled.js';
import { z } from './zod.js';

/** A sub-type whose ACLED label is its name in words, capitalised: `armed-clash` is "Armed clash". */
const IN_WORDS = null;

interface TypeEntry {
  readonly acled: string;
  /** Each sub-type with its ACLED label, or `IN_WORDS`. */
  readonly subtypes: Readonly<Record<string, string | null>>;
}

// ACLED's six event types and 25 sub-types (ACLED Codebook), kebab-cased, plus `political`
// for the acts analyses turn on (CAMEO roots 01-16), exported to ACLED as Strategic developments / Other.
const taxonomy = {
  battle: {
    acled: 'Battles',
    subtypes: {
      'armed-clash': IN_WORDS,
      'government-regains-territory': IN_WORDS,
      'non-state-actor-overtakes-territory': 'Non-state actor overtakes territory',
    },
  },
  'remote-violence': {
    acled: 'Explosions/Remote violence',
    subtypes: {
      'air-or-drone-strike': 'Air/drone strike',
      'shelling-artillery-missile-attack': 'Shelling/artillery/missile attack',
      'remote-explosive': 'Remote explosive/landmine/IED',
      'suicide-bomb': IN_WORDS,
      grenade: IN_WORDS,
      'chemical-weapon': IN_WORDS,
    },
  },
  'violence-against-civilians': {
    acled: 'Violence against civilians',
    subtypes: {
      attack: IN_WORDS,
      abduction: 'Abduction/forced disappearance',
      'sexual-violence': IN_WORDS,
    },
  },
  protest: {
    acled: 'Protests',
    subtypes: {
      'peaceful-protest': IN_WORDS,
      'protest-with-intervention': IN_WORDS,
      'excessive-force-against-protesters': IN_WORDS,
    },
  },
  riot: {
    acled: 'Riots',
    subtypes: {
      'violent-demonstration': IN_WORDS,
      'mob-violence': IN_WORDS,
    },
  },
  'strategic-development': {
    acled: 'Strategic developments',
    subtypes: {
      agreement: IN_WORDS,
      arrests: IN_WORDS,
      'change-to-group-activity': 'Change to group/activity',
      'disrupted-weapons-use': IN_WORDS,
      'headquarters-or-base-established': IN_WORDS,
      'looting-property-destruction': 'Looting/property destruction',
      'non-violent-transfer-of-territory': 'Non-violent transfer of territory',
      other: IN_WORDS,
    },
  },
  political: {
    acled: 'Strategic developments',
    subtypes: {
      statement: 'Other',
      decision: 'Other',
      'legislative-vote': 'Other',
      designation: 'Other',
      negotiation: 'Other',
      appointment: 'Other',
      election: 'Other',
      visit: 'Other',
      'call-to-action': 'Other',
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
  const label =
    entry.subtypes[subtype] ?? `${subtype[0]!.toUpperCase()}${subtype.slice(1).replaceAll('-', ' ')}`;
  return { event_type: entry.acled, sub_event_type: label };
}

/** The event type enum. */
export const EventType = oneOf('an event type', eventTypes as [EventType, ...EventType[]]).meta(
  titled({
    id: 'EventType',
    description: 'ACLED’s six event types, kebab-cased, plus `political` (CAMEO).',
  }),
);

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
