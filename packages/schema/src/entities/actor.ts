import { compileWhenHot } from '../compile-when-hot.js';
import { checkDateOrder } from '../date-order.js';
import { expecting, listOptions, unknownKeyOr } from '../messages.js';
import { Confidence } from '../primitives/confidence.js';
import { FuzzyDate } from '../primitives/dates.js';
import { ExternalIds } from '../primitives/external-ids.js';
import { Id } from '../primitives/id.js';
import { Localized } from '../primitives/localized.js';
import { oneOf } from '../primitives/one-of.js';
import { Sources } from '../primitives/source.js';
import { titled } from '../titled.js';
import { z } from '../zod.js';
import { Alias } from './alias.js';

/** Kinds of actors (Popolo Person and Organization, split the way analysts talk). */
export const actorKinds = [
  'person',
  'state',
  'government-body',
  'legislature',
  'armed-force',
  'armed-group',
  'alliance',
  'political-party',
  'international-organization',
  'media',
  'company',
  'other',
] as const;

/** The kind of an actor; `alliance` covers coalitions and umbrella fronts. */
export const ActorKind = oneOf('an actor kind', actorKinds).meta(
  titled({
    id: 'ActorKind',
    description:
      'person, state, government-body, legislature, armed-force, armed-group, alliance (coalitions, umbrella fronts), political-party, international-organization, media, company or other.',
  }),
);
export type ActorKind = z.infer<typeof ActorKind>;

/** Whether an actor of this kind is an organisation (everything but `person`). */
export function isOrganizationKind(kind: ActorKind): boolean {
  return kind !== 'person';
}

/** Types of directed relations between actors. */
export const relationTypes = [
  'part-of',
  'allied-with',
  'opposes',
  'sponsored-by',
  'splinter-of',
  'successor-of',
  'commands',
] as const;

/** The type of a relation: `part-of` (Nujaba is Brigade 12 of the PMF), `allied-with`, `opposes`… */
export const RelationType = oneOf('a relation type', relationTypes).meta(
  titled({
    id: 'RelationType',
    description: `${listOptions(relationTypes, '')}.`,
  }),
);
export type RelationType = z.infer<typeof RelationType>;

const period = { from: FuzzyDate.optional(), to: FuzzyDate.optional() };
const claim = { sources: Sources.optional(), confidence: Confidence.optional() };

/** A person's time-bounded role in an organisation (Popolo Membership). */
export const Membership = z
  .strictObject(
    { organization: Id, role: Localized.optional(), ...period, ...claim },
    {
      error: unknownKeyOr(
        'a membership like { organization: iraqi-government, role: { en: Prime Minister }, from: 2022-10-27 }',
      ),
    },
  )
  .superRefine((membership, ctx) => checkDateOrder(ctx, membership, { start: 'from', end: 'to' }))
  .meta(
    titled({
      id: 'Membership',
      description: 'A time-bounded role of a person in an organisation (Popolo Membership).',
      examples: [
        {
          organization: 'iraqi-government',
          role: { ar: 'رئيس الوزراء', en: 'Prime Minister' },
          from: '2022-10-27',
        },
      ],
    }),
  );
export type Membership = z.infer<typeof Membership>;

/** A directed relation from this actor to another. */
export const Relation = z
  .strictObject(
    { type: RelationType, target: Id, ...period, note: Localized.optional(), ...claim },
    { error: unknownKeyOr('a relation like { type: part-of, target: popular-mobilization-forces }') },
  )
  .superRefine((relation, ctx) => checkDateOrder(ctx, relation, { start: 'from', end: 'to' }))
  .meta(
    titled({
      id: 'Relation',
      description: 'A directed, optionally time-bounded relation to another actor.',
      examples: [{ type: 'part-of', target: 'popular-mobilization-forces', note: { en: 'Brigade 12' } }],
    }),
  );
export type Relation = z.infer<typeof Relation>;

/** A listing of the actor by another actor, such as a terrorist designation (Wikidata P3461). */
export const Designation = z
  .strictObject(
    { by: Id, list: Localized, date: FuzzyDate, until: FuzzyDate.optional(), sources: Sources.optional() },
    {
      error: unknownKeyOr(
        'a designation like { by: united-states, list: { en: Foreign Terrorist Organization }, date: 2009-07-02 }',
      ),
    },
  )
  .superRefine((designation, ctx) => checkDateOrder(ctx, designation, { start: 'date', end: 'until' }))
  .meta(
    titled({
      id: 'Designation',
      description: 'A listing of the actor by another actor (a terrorist designation, a sanctions list).',
      examples: [{ by: 'united-states', list: { en: 'Foreign Terrorist Organization' }, date: '2009-07-02' }],
    }),
  );
export type Designation = z.infer<typeof Designation>;

const personOnly = ['born', 'died'] as const;
const organizationOnly = ['founded', 'dissolved'] as const;

/** A person or an organisation that acts in events (Popolo, Wikidata). */
export const Actor = compileWhenHot(
  z
    .strictObject(
      {
        id: Id,
        kind: ActorKind,
        name: Localized,
        aliases: z.array(Alias, { error: expecting('a list of aliases') }).optional(),
        summary: Localized.optional(),
        born: FuzzyDate.optional(),
        died: FuzzyDate.optional(),
        founded: FuzzyDate.optional(),
        dissolved: FuzzyDate.optional(),
        country: Id.optional(),
        memberships: z.array(Membership, { error: expecting('a list of memberships') }).optional(),
        relations: z.array(Relation, { error: expecting('a list of relations') }).optional(),
        designations: z.array(Designation, { error: expecting('a list of designations') }).optional(),
        ids: ExternalIds.optional(),
      },
      { error: unknownKeyOr('an actor with at least id, kind and name') },
    )
    .superRefine((actor, ctx) => {
      const [misplaced, instead] =
        actor.kind === 'person' ? [organizationOnly, personOnly] : [personOnly, organizationOnly];
      misplaced.forEach((field, index) => {
        if (actor[field] === undefined) return;
        ctx.addIssue({
          code: 'custom',
          path: [field],
          input: actor[field],
          message: `\`${field}\` is for ${actor.kind === 'person' ? 'organisations' : 'persons'}; use \`${instead[index]}\` for a ${actor.kind}`,
        });
      });
      checkDateOrder(ctx, actor, { start: 'born', end: 'died' });
      checkDateOrder(ctx, actor, { start: 'founded', end: 'dissolved' });
    }),
  titled({
    id: 'Actor',
    description:
      'A person, state, armed group or other body that acts in events, with aliases, time-bounded memberships and relations, and designations.',
    examples: [
      {
        id: 'al-sudani',
        kind: 'person',
        name: { ar: 'محمد شياع السوداني', en: 'Mohammed Shia al-Sudani' },
        memberships: [
          { organization: 'iraqi-government', role: { en: 'Prime Minister' }, from: '2022-10-27' },
        ],
      },
    ],
  }),
);
export type Actor = z.infer<typeof Actor>;
export type ActorInput = z.input<typeof Actor>;
