import { Actor, ActorKind, Designation, Membership, Relation, RelationType } from './entities/actor.js';
import { Alias, AliasKind } from './entities/alias.js';
import {
  AboutRef,
  Article,
  ArticleStatus,
  ArticleTranslation,
  ArticleType,
  Correction,
  Cover,
  Retraction,
  Tag,
} from './entities/article.js';
import { Author } from './entities/author.js';
import {
  Event,
  Fatalities,
  Location,
  LocationPrecision,
  Participant,
  ParticipantRole,
} from './entities/event.js';
import { Place, PlaceKind } from './entities/place.js';
import { SiteConfig } from './entities/site-config.js';
import { Confidence } from './primitives/confidence.js';
import { Coordinates } from './primitives/coordinates.js';
import { DateTime, FuzzyDate, IsoDate } from './primitives/dates.js';
import { ExternalIds } from './primitives/external-ids.js';
import { Id } from './primitives/id.js';
import { LangTag } from './primitives/lang-tag.js';
import { Localized } from './primitives/localized.js';
import { Source } from './primitives/source.js';
import { HttpUrl } from './primitives/url.js';
import { EventSubtype, EventType } from './taxonomy.js';
import { idWords } from './titled.js';
import { z } from './zod.js';

/** The public schemas' types by the file name of their JSON Schema. */
interface PublicSchemas {
  actor: typeof Actor;
  event: typeof Event;
  place: typeof Place;
  author: typeof Author;
  article: typeof Article;
  'article-translation': typeof ArticleTranslation;
  'site-config': typeof SiteConfig;
  id: typeof Id;
  'lang-tag': typeof LangTag;
  localized: typeof Localized;
  'fuzzy-date': typeof FuzzyDate;
  'date-time': typeof DateTime;
  'iso-date': typeof IsoDate;
  'http-url': typeof HttpUrl;
  source: typeof Source;
  'external-ids': typeof ExternalIds;
  confidence: typeof Confidence;
  coordinates: typeof Coordinates;
  alias: typeof Alias;
  'alias-kind': typeof AliasKind;
  'actor-kind': typeof ActorKind;
  membership: typeof Membership;
  relation: typeof Relation;
  'relation-type': typeof RelationType;
  designation: typeof Designation;
  'event-type': typeof EventType;
  'event-subtype': typeof EventSubtype;
  location: typeof Location;
  'location-precision': typeof LocationPrecision;
  participant: typeof Participant;
  'participant-role': typeof ParticipantRole;
  fatalities: typeof Fatalities;
  'place-kind': typeof PlaceKind;
  'article-type': typeof ArticleType;
  'article-status': typeof ArticleStatus;
  'about-ref': typeof AboutRef;
  tag: typeof Tag;
  correction: typeof Correction;
  retraction: typeof Retraction;
  cover: typeof Cover;
}

/**
 * Every public schema by the file name of its JSON Schema (`@marsad/schema/json-schema/<name>.json`):
 * its id, kebab-cased (`LocationPrecision` is `location-precision`). The content entities come first:
 * those are the files editors point their YAML at.
 */
export const publicSchemas = Object.fromEntries(
  [
    Actor,
    Event,
    Place,
    Author,
    Article,
    ArticleTranslation,
    SiteConfig,
    Id,
    LangTag,
    Localized,
    FuzzyDate,
    DateTime,
    IsoDate,
    HttpUrl,
    Source,
    ExternalIds,
    Confidence,
    Coordinates,
    Alias,
    AliasKind,
    ActorKind,
    Membership,
    Relation,
    RelationType,
    Designation,
    EventType,
    EventSubtype,
    Location,
    LocationPrecision,
    Participant,
    ParticipantRole,
    Fatalities,
    PlaceKind,
    ArticleType,
    ArticleStatus,
    AboutRef,
    Tag,
    Correction,
    Retraction,
    Cover,
  ].map((schema) => [idWords(z.globalRegistry.get(schema)!.id!, '-').toLowerCase(), schema]),
) as unknown as PublicSchemas;

export type PublicSchemaName = keyof typeof publicSchemas;

type JsonSchema = Record<string, unknown>;

/**
 * The JSON Schema (draft 2020-12) of a public schema, describing the input an editor writes
 * (a bare year is accepted where a date is). Shared definitions are under `$defs`.
 */
export function toJsonSchema(name: PublicSchemaName): JsonSchema {
  return z.toJSONSchema(publicSchemas[name], {
    target: 'draft-2020-12',
    io: 'input',
    unrepresentable: 'throw',
  }) as JsonSchema;
}

/** The kinds of content files, by the name of their JSON Schema file (`<kind>-file.json`). */
export const contentFileKinds = ['actor', 'event', 'place', 'author', 'article'] as const;
export type ContentFileKind = (typeof contentFileKinds)[number];

/**
 * The JSON Schema of a content file as an editor writes it, for YAML language servers:
 * `id` may be left out (the file name is the id), an events file may hold a list of events
 * (each with its own `id`), and an article's frontmatter is an original or a translation.
 */
export function toContentFileJsonSchema(kind: ContentFileKind): JsonSchema {
  if (kind === 'article') {
    const schema = toJsonSchema('article');
    const defs = {
      ...(schema.$defs as Record<string, JsonSchema>),
      ...(toJsonSchema('article-translation').$defs as object),
    };
    return {
      $schema: schema.$schema,
      anyOf: [{ $ref: '#/$defs/Article' }, { $ref: '#/$defs/ArticleTranslation' }],
      $defs: defs,
    };
  }
  const schema = toJsonSchema(kind);
  const defs = schema.$defs as Record<string, JsonSchema>;
  const entityName = (schema.$ref as string).replace('#/$defs/', '');
  const entity = defs[entityName]!;
  const fileEntity = { ...entity, required: (entity.required as string[]).filter((key) => key !== 'id') };
  const single = { $ref: `#/$defs/${entityName}File` };
  const root =
    kind === 'event'
      ? { anyOf: [single, { type: 'array', minItems: 1, items: { $ref: `#/$defs/${entityName}` } }] }
      : single;
  return { $schema: schema.$schema, ...root, $defs: { ...defs, [`${entityName}File`]: fileEntity } };
}
