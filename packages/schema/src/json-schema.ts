import * as z from 'zod';
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

/**
 * Every public schema by the file name of its JSON Schema (`@marsad/schema/json-schema/<name>.json`).
 * The content entities come first: those are the files editors point their YAML at.
 */
export const publicSchemas = {
  actor: Actor,
  event: Event,
  place: Place,
  author: Author,
  article: Article,
  'article-translation': ArticleTranslation,
  'site-config': SiteConfig,
  id: Id,
  'lang-tag': LangTag,
  localized: Localized,
  'fuzzy-date': FuzzyDate,
  'date-time': DateTime,
  'iso-date': IsoDate,
  'http-url': HttpUrl,
  source: Source,
  'external-ids': ExternalIds,
  confidence: Confidence,
  coordinates: Coordinates,
  alias: Alias,
  'alias-kind': AliasKind,
  'actor-kind': ActorKind,
  membership: Membership,
  relation: Relation,
  'relation-type': RelationType,
  designation: Designation,
  'event-type': EventType,
  'event-subtype': EventSubtype,
  location: Location,
  'location-precision': LocationPrecision,
  participant: Participant,
  'participant-role': ParticipantRole,
  fatalities: Fatalities,
  'place-kind': PlaceKind,
  'article-type': ArticleType,
  'article-status': ArticleStatus,
  'about-ref': AboutRef,
  tag: Tag,
  correction: Correction,
  retraction: Retraction,
  cover: Cover,
} as const;

/** The name of a public schema's JSON Schema file. */
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
