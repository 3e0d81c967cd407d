import { compileWhenHot } from '../compile-when-hot.js';
import { expecting, listOptions, unknownKeyOr } from '../messages.js';
import { Confidence } from '../primitives/confidence.js';
import { Coordinates } from '../primitives/coordinates.js';
import { FuzzyDate } from '../primitives/dates.js';
import { ExternalIds } from '../primitives/external-ids.js';
import { Id } from '../primitives/id.js';
import { Localized } from '../primitives/localized.js';
import { oneOf } from '../primitives/one-of.js';
import { Sources } from '../primitives/source.js';
import { EventSubtype, EventType, isSubtypeOf, subtypesOf } from '../taxonomy.js';
import { titled } from '../titled.js';
import { provenBy } from '../valid-fast-path.js';
import { z } from '../zod.js';

/** Where an event happened, as precisely as known (UCDP `where_prec`). */
export const locationPrecisions = [
  'exact',
  'near',
  'district',
  'province',
  'country',
  'region',
  'sea-or-air',
] as const;

/** How precisely the location is known (UCDP `where_prec`). */
export const LocationPrecision = oneOf('a location precision', locationPrecisions).meta(
  titled({
    id: 'LocationPrecision',
    description: `How precisely the place is known (UCDP where_prec): ${locationPrecisions.join(', ')}.`,
  }),
);
export type LocationPrecision = z.infer<typeof LocationPrecision>;

/** Roles of actors in events: directed, unlike ACLED's actor1/actor2. */
export const participantRoles = [
  'perpetrator',
  'claimant',
  'target',
  'victim',
  'announcer',
  'participant',
  'mediator',
  'supporter',
] as const;

/** The role of an actor in an event. */
export const ParticipantRole = oneOf('a participant role', participantRoles).meta(
  titled({
    id: 'ParticipantRole',
    description: `${listOptions(participantRoles, '')}.`,
  }),
);
export type ParticipantRole = z.infer<typeof ParticipantRole>;

/** The place of an event and how precisely it is known. */
export const Location = z
  .strictObject(
    { place: Id, precision: LocationPrecision, coordinates: Coordinates.optional() },
    { error: unknownKeyOr('a location like { place: baghdad, precision: exact }') },
  )
  .meta(
    titled({
      id: 'Location',
      description: 'The place of an event, the precision of that place, and optional exact coordinates.',
      examples: [{ place: 'baghdad-airport', precision: 'exact', coordinates: [44.2346, 33.2625] }],
    }),
  );
export type Location = z.infer<typeof Location>;

/** An actor in a role in an event. */
export const Participant = z
  .strictObject(
    { actor: Id, role: ParticipantRole, note: Localized.optional() },
    { error: unknownKeyOr('a participant like { actor: us-armed-forces, role: perpetrator }') },
  )
  .meta(
    titled({
      id: 'Participant',
      description: 'An actor in a directed role in an event.',
      examples: [{ actor: 'us-armed-forces', role: 'perpetrator' }],
    }),
  );
export type Participant = z.infer<typeof Participant>;

function count(what: string) {
  const error = expecting(`${what} (a whole number, 0 or more)`);
  return z.int({ error }).min(0, { error });
}

/** Whether the estimates are in order, low ≤ best ≤ high, where given. */
const estimatesInOrder = ({ best, low, high }: { best: number; low?: number; high?: number }) =>
  (low === undefined || low <= best) && (high === undefined || high >= best);

/** Deaths, as UCDP codes them: a best estimate within optional low and high bounds. */

export const Fatalities = provenBy(
  z
    .strictObject(
      {
        best: count('the best estimate of deaths'),
        low: count('the lowest estimate of deaths').optional(),
        high: count('the highest estimate of deaths').optional(),
        civilians: count('the number of civilians killed').optional(),
        sources: Sources.optional(),
      },
      { error: unknownKeyOr('fatalities like { best: 10, low: 9, high: 12 }') },
    )
    .superRefine((fatalities, ctx) => {
      const { best, low, high } = fatalities;
      if (low !== undefined && low > best)
        ctx.addIssue({
          code: 'custom',
          path: ['low'],
          input: low,
          message: `\`low\` (${low}) is above \`best\` (${best}): expected low ≤ best ≤ high`,
        });
      if (high !== undefined && high < best)
        ctx.addIssue({
          code: 'custom',
          path: ['high'],
          input: high,
          message: `\`high\` (${high}) is below \`best\` (${best}): expected low ≤ best ≤ high`,
        });
    }),
  estimatesInOrder,
).meta(
  titled({
    id: 'Fatalities',
    description: 'Deaths as UCDP codes them: best estimate, with low ≤ best ≤ high.',
    examples: [{ best: 10, low: 9, high: 10 }],
  }),
);
export type Fatalities = z.infer<typeof Fatalities>;

const subtypeFitsType = (event: { type: EventType; subtype: EventSubtype }) =>
  isSubtypeOf(event.type, event.subtype);

/** Something that happened at a time and place, with actors in roles (ACLED, UCDP, CAMEO, schema.org). */
export const Event = compileWhenHot(
  provenBy(
    z
      .strictObject(
        {
          id: Id,
          title: Localized,
          date: FuzzyDate,
          type: EventType,
          subtype: EventSubtype,
          location: Location.optional(),
          participants: z.array(Participant, { error: expecting('a list of participants') }).optional(),
          fatalities: Fatalities.optional(),
          injured: count('the number of injured').optional(),
          partOf: Id.optional(),
          respondsTo: z.array(Id, { error: expecting('a list of event ids') }).optional(),
          summary: Localized.optional(),
          sources: Sources.optional(),
          confidence: Confidence.optional(),
          ids: ExternalIds.optional(),
        },
        { error: unknownKeyOr('an event with at least id, title, date, type and subtype') },
      )
      .superRefine((event, ctx) => {
        if (subtypeFitsType(event)) return;
        ctx.addIssue({
          code: 'invalid_value',
          values: subtypesOf(event.type),
          path: ['subtype'],
          input: event.subtype,
          message: `"${event.subtype}" is not a sub-type of "${event.type}": expected ${listOptions(subtypesOf(event.type))}`,
        });
      }),
    subtypeFitsType,
  ),
  titled({
    id: 'Event',
    description:
      'Something that happened at a time and place, with actors in directed roles, fatalities and sources.',
    examples: [
      {
        id: 'brigade-12-strike',
        title: { en: 'US strike on the Brigade 12 headquarters in Baghdad' },
        date: '2024-01-04',
        type: 'remote-violence',
        subtype: 'air-or-drone-strike',
        location: { place: 'baghdad', precision: 'exact' },
        participants: [
          { actor: 'us-armed-forces', role: 'perpetrator' },
          { actor: 'abu-taqwa', role: 'victim' },
        ],
      },
    ],
  }),
);
export type Event = z.infer<typeof Event>;
export type EventInput = z.input<typeof Event>;
