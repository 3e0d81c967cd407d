export {
  Actor,
  type ActorInput,
  ActorKind,
  actorKinds,
  Designation,
  isOrganizationKind,
  Membership,
  Relation,
  RelationType,
  relationTypes,
} from './entities/actor.js';
export { Alias, AliasKind, aliasKinds } from './entities/alias.js';
export {
  ABOUT_REF_PATTERN,
  AboutRef,
  Article,
  type ArticleInput,
  ArticleStatus,
  ArticleTranslation,
  ArticleType,
  articleStatuses,
  articleTypes,
  Correction,
  Cover,
  parseAboutRef,
  Retraction,
  sharedArticleFields,
  Tag,
} from './entities/article.js';
export { Author } from './entities/author.js';
export {
  Event,
  type EventInput,
  Fatalities,
  Location,
  LocationPrecision,
  locationPrecisions,
  Participant,
  ParticipantRole,
  participantRoles,
} from './entities/event.js';
export { Place, type PlaceInput, PlaceKind, placeKinds } from './entities/place.js';
export { SiteConfig } from './entities/site-config.js';
export * from './fuzzy-date/index.js';
export {
  type ContentFileKind,
  contentFileKinds,
  type PublicSchemaName,
  publicSchemas,
  toContentFileJsonSchema,
  toJsonSchema,
} from './json-schema.js';
export { describeValue } from './messages.js';
export { Confidence, confidenceLevels } from './primitives/confidence.js';
export { Coordinates } from './primitives/coordinates.js';
export { DateTime, FuzzyDate, IsoDate } from './primitives/dates.js';
export { ExternalIds } from './primitives/external-ids.js';
export { ID_PATTERN, Id, isId } from './primitives/id.js';
export { isLangTag, LANG_TAG_PATTERN, LangTag } from './primitives/lang-tag.js';
export { Localized } from './primitives/localized.js';
export { isContainedPath, RELATIVE_PATH_PATTERN } from './primitives/relative-path.js';
export { Source } from './primitives/source.js';
export { HttpUrl } from './primitives/url.js';
export { ruleIdOf } from './rule-id.js';
export {
  type AcledLabels,
  EventSubtype,
  type EventSubtypeOf,
  EventType,
  eventSubtypes,
  eventTypes,
  isEventType,
  isSubtypeOf,
  subtypesOf,
  toAcled,
} from './taxonomy.js';
