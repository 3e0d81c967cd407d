import {
  abuMahdiAlMuhandis,
  ainAlAsad,
  alSudani,
  analysisDesk,
  brigade12Strike,
  harakatAlNujaba,
  withdrawalArticle,
  withdrawalTranslation,
} from './seed.js';

/** The schemas the cases are written against (names as in `publicSchemas`). */
export type CaseSchema = 'actor' | 'event' | 'place' | 'author' | 'article' | 'article-translation';

export interface InvalidCase {
  name: string;
  schema: CaseSchema;
  input: unknown;
  /** path of the issue the case is about */
  path: (string | number)[];
  /** the message an editor reads */
  message: RegExp;
  /** set when the issue carries a rule id of the integrity table */
  ruleId?: string;
  /**
   * Why JSON Schema accepts this input although zod rejects it (a rule JSON Schema cannot express);
   * absent when ajv must reject it too.
   */
  jsonSchemaCannot?: string;
}

const CALENDAR =
  'JSON Schema patterns check the shape of a date, not the calendar (days per month, leap years)';
const CROSS_FIELD = 'JSON Schema cannot compare two values of the same object';
const EDTF_ORDER = 'JSON Schema cannot compare the two ends of an EDTF interval';

const event = (patch: Record<string, unknown>) => ({ ...brigade12Strike, ...patch });
const actor = (patch: Record<string, unknown>) => ({ ...alSudani, ...patch });

/** One invalid fixture per rule of shape, with the message and path an editor must see. */
export const invalidCases: InvalidCase[] = [
  // Id
  {
    name: 'id with capitals and spaces',
    schema: 'actor',
    input: actor({ id: 'Al Sudani' }),
    path: ['id'],
    message: /expected an id .*"al-sudani".*got "Al Sudani"/,
  },
  {
    name: 'id too short',
    schema: 'actor',
    input: actor({ id: 'a' }),
    path: ['id'],
    message: /expected an id of 2-80/,
  },
  {
    name: 'id with double hyphen',
    schema: 'actor',
    input: actor({ id: 'al--sudani' }),
    path: ['id'],
    message: /expected an id/,
  },
  {
    name: 'missing id',
    schema: 'actor',
    input: { ...alSudani, id: undefined },
    path: ['id'],
    message: /^required: an id/,
  },
  // LangTag and Localized
  {
    name: 'alias language not a tag',
    schema: 'actor',
    input: actor({ aliases: [{ value: 'السوداني', lang: 'arabic_' }] }),
    path: ['aliases', 0, 'lang'],
    message: /expected a BCP 47 language tag/,
  },
  {
    name: 'name with no language',
    schema: 'actor',
    input: actor({ name: {} }),
    path: ['name'],
    message: /expected text in one or more languages/,
  },
  {
    name: 'name as plain text',
    schema: 'actor',
    input: actor({ name: 'Sudani' }),
    path: ['name'],
    message: /expected text in one or more languages.*got "Sudani"/,
  },
  {
    name: 'name with a bad language key',
    schema: 'actor',
    input: actor({ name: { arabic_: 'السوداني' } }),
    path: ['name', 'arabic_'],
    message: /"arabic_" is not a language tag/,
  },
  {
    name: 'empty name text',
    schema: 'actor',
    input: actor({ name: { ar: '   ' } }),
    path: ['name', 'ar'],
    message: /expected text, got empty text/,
  },
  // FuzzyDate
  {
    name: 'date in words',
    schema: 'event',
    input: event({ date: '5 Jan 2024' }),
    path: ['date'],
    message: /expected a date like 2024-01-05/,
  },
  {
    name: 'impossible calendar date',
    schema: 'event',
    input: event({ date: '2024-02-30' }),
    path: ['date'],
    message: /February 2024 has 29 days/,
    jsonSchemaCannot: CALENDAR,
  },
  {
    name: 'not a leap year',
    schema: 'actor',
    input: actor({ born: '2023-02-29' }),
    path: ['born'],
    message: /February 2023 has 28 days/,
    jsonSchemaCannot: CALENDAR,
  },
  {
    name: 'interval ends before it starts',
    schema: 'event',
    input: event({ date: '2024-02-04/2023-10-17' }),
    path: ['date'],
    message: /ends .*before it starts/,
    ruleId: 'date/order',
    jsonSchemaCannot: EDTF_ORDER,
  },
  {
    name: 'year as a fraction',
    schema: 'actor',
    input: actor({ born: 1970.5 }),
    path: ['born'],
    message: /expected a date like/,
  },
  // Source and URLs
  {
    name: 'source with neither url nor title',
    schema: 'event',
    input: event({ sources: [{ publisher: 'Reuters' }] }),
    path: ['sources', 0],
    message: /at least a `url` or a `title`/,
  },
  {
    name: 'javascript: url',
    schema: 'event',
    input: event({ sources: [{ url: 'javascript:alert(1)' }] }),
    path: ['sources', 0, 'url'],
    message: /expected a web address starting with http/,
  },
  {
    name: 'file: url in author links',
    schema: 'author',
    input: { ...analysisDesk, links: ['file:///etc/passwd'] },
    path: ['links', 0],
    message: /expected a web address/,
  },
  {
    name: 'unknown source field',
    schema: 'event',
    input: event({ sources: [{ title: 'x', auther: 'y' }] }),
    path: ['sources', 0],
    message: /unknown field "auther"/,
  },
  // ExternalIds
  {
    name: 'wikidata id without Q',
    schema: 'actor',
    input: actor({ ids: { wikidata: '6120645' } }),
    path: ['ids', 'wikidata'],
    message: /expected a Wikidata item id like "Q796"/,
  },
  {
    name: 'geonames id as text',
    schema: 'place',
    input: { ...ainAlAsad, ids: { geonames: 'abc' } },
    path: ['ids', 'geonames'],
    message: /expected a GeoNames id/,
  },
  // Enums
  {
    name: 'unknown actor kind',
    schema: 'actor',
    input: actor({ kind: 'militia' }),
    path: ['kind'],
    message: /expected an actor kind: "person", .*"other", got "militia"/,
  },
  {
    name: 'unknown alias kind',
    schema: 'actor',
    input: actor({ aliases: [{ value: 'x', lang: 'en', kind: 'nickname' }] }),
    path: ['aliases', 0, 'kind'],
    message: /expected an alias kind: "kunya"/,
  },
  {
    name: 'unknown relation type',
    schema: 'actor',
    input: { ...harakatAlNujaba, relations: [{ type: 'member-of', target: 'x1' }] },
    path: ['relations', 0, 'type'],
    message: /expected a relation type: "part-of"/,
  },
  {
    name: 'unknown participant role',
    schema: 'event',
    input: event({ participants: [{ actor: 'us-armed-forces', role: 'attacker' }] }),
    path: ['participants', 0, 'role'],
    message: /expected a participant role: "perpetrator"/,
  },
  {
    name: 'unknown confidence',
    schema: 'event',
    input: event({ confidence: 'certain' }),
    path: ['confidence'],
    message: /expected "high", "medium" or "low", got "certain"/,
  },
  // Taxonomy
  {
    name: 'unknown event type',
    schema: 'event',
    input: event({ type: 'airstrike' }),
    path: ['type'],
    message: /expected an event type: "battle"/,
  },
  {
    name: 'sub-type of another type',
    schema: 'event',
    input: event({ subtype: 'peaceful-protest' }),
    path: ['subtype'],
    message: /"peaceful-protest" is not a sub-type of "remote-violence": expected "air-or-drone-strike"/,
    jsonSchemaCannot: CROSS_FIELD,
  },
  // Location and coordinates
  {
    name: 'latitude out of range (lat, lon swapped)',
    schema: 'event',
    input: event({ location: { place: 'baghdad', precision: 'exact', coordinates: [33.33, 144.4] } }),
    path: ['location', 'coordinates', 1],
    message: /expected a latitude between -90 and 90/,
  },
  {
    name: 'coordinates with one number',
    schema: 'place',
    input: { ...ainAlAsad, coordinates: [42.4] },
    path: ['coordinates'],
    message: /expected \[longitude, latitude\]/,
  },
  {
    name: 'unknown location precision',
    schema: 'event',
    input: event({ location: { place: 'baghdad', precision: 'city' } }),
    path: ['location', 'precision'],
    message: /expected a location precision: "exact"/,
  },
  // Fatalities
  {
    name: 'low above best',
    schema: 'event',
    input: event({ fatalities: { best: 2, low: 5 } }),
    path: ['fatalities', 'low'],
    message: /`low` \(5\) is above `best` \(2\)/,
    jsonSchemaCannot: CROSS_FIELD,
  },
  {
    name: 'high below best',
    schema: 'event',
    input: event({ fatalities: { best: 10, high: 3 } }),
    path: ['fatalities', 'high'],
    message: /`high` \(3\) is below `best` \(10\)/,
    jsonSchemaCannot: CROSS_FIELD,
  },
  {
    name: 'negative fatalities',
    schema: 'event',
    input: event({ fatalities: { best: -1 } }),
    path: ['fatalities', 'best'],
    message: /a whole number, 0 or more.*got -1/,
  },
  {
    name: 'fractional injured',
    schema: 'event',
    input: event({ injured: 2.5 }),
    path: ['injured'],
    message: /a whole number, 0 or more/,
  },
  // Unknown keys and missing keys
  {
    name: 'misspelt event field',
    schema: 'event',
    input: event({ paticipants: [] }),
    path: [],
    message: /unknown field "paticipants"/,
  },
  {
    name: 'missing event title',
    schema: 'event',
    input: { ...brigade12Strike, title: undefined },
    path: ['title'],
    message: /^required: text in one or more languages/,
  },
  {
    name: 'participants as a mapping',
    schema: 'event',
    input: event({ participants: { actor: 'x1' } }),
    path: ['participants'],
    message: /expected a list of participants, got a mapping/,
  },
  // Actor cross-field rules
  {
    name: 'person with a founding date',
    schema: 'actor',
    input: actor({ founded: '1990' }),
    path: ['founded'],
    message: /`founded` is for organisations; use `born` for a person/,
    jsonSchemaCannot: CROSS_FIELD,
  },
  {
    name: 'group with a death date',
    schema: 'actor',
    input: { ...harakatAlNujaba, died: '2020' },
    path: ['died'],
    message: /`died` is for persons; use `dissolved`/,
    jsonSchemaCannot: CROSS_FIELD,
  },
  {
    name: 'died before born',
    schema: 'actor',
    input: { ...abuMahdiAlMuhandis, born: '1954', died: '1950' },
    path: ['died'],
    message: /`died` \(1950\) is before `born` \(1954\)/,
    ruleId: 'date/order',
    jsonSchemaCannot: CROSS_FIELD,
  },
  {
    name: 'membership ends before it starts',
    schema: 'actor',
    input: actor({ memberships: [{ organization: 'iraqi-government', from: '2022-10-27', to: '2021' }] }),
    path: ['memberships', 0, 'to'],
    message: /`to` \(2021\) is before `from` \(2022-10-27\)/,
    ruleId: 'date/order',
    jsonSchemaCannot: CROSS_FIELD,
  },
  {
    name: 'designation lifted before it was made',
    schema: 'actor',
    input: {
      ...harakatAlNujaba,
      designations: [{ by: 'united-states', list: { en: 'SDGT' }, date: '2019-03-05', until: '2018' }],
    },
    path: ['designations', 0, 'until'],
    message: /`until` \(2018\) is before `date`/,
    ruleId: 'date/order',
    jsonSchemaCannot: CROSS_FIELD,
  },
  {
    name: 'membership without organization',
    schema: 'actor',
    input: actor({ memberships: [{ role: { en: 'PM' } }] }),
    path: ['memberships', 0, 'organization'],
    message: /^required: an id/,
  },
  // Article rules
  {
    name: 'published article without a date',
    schema: 'article',
    input: { ...withdrawalArticle, published: undefined },
    path: ['published'],
    message: /a published article needs `published`/,
    ruleId: 'article/published-needs',
    jsonSchemaCannot: CROSS_FIELD,
  },
  {
    name: 'published article without authors',
    schema: 'article',
    input: { ...withdrawalArticle, authors: [] },
    path: ['authors'],
    message: /needs at least one author/,
    ruleId: 'article/published-needs',
    jsonSchemaCannot: CROSS_FIELD,
  },
  {
    name: 'updated before published',
    schema: 'article',
    input: { ...withdrawalArticle, updated: '2024-01-09T10:00:00+03:00' },
    path: ['updated'],
    message: /`updated` .* is before `published`/,
    ruleId: 'date/order',
    jsonSchemaCannot: CROSS_FIELD,
  },
  {
    name: 'retracted without a notice',
    schema: 'article',
    input: { ...withdrawalArticle, status: 'retracted' },
    path: ['retraction'],
    message: /a retracted article needs `retraction/,
    jsonSchemaCannot: CROSS_FIELD,
  },
  {
    name: 'published date without offset',
    schema: 'article',
    input: { ...withdrawalArticle, published: '2024-01-10T10:00:00' },
    path: ['published'],
    message: /expected a date and time with offset/,
  },
  {
    name: 'about without a collection prefix',
    schema: 'article',
    input: { ...withdrawalArticle, about: ['al-sudani'] },
    path: ['about', 0],
    message: /expected a subject like "actor:al-sudani"/,
  },
  {
    name: 'tag with spaces',
    schema: 'article',
    input: { ...withdrawalArticle, tags: ['foreign forces'] },
    path: ['tags', 0],
    message: /expected a kebab-case topic/,
  },
  {
    name: 'unknown article type',
    schema: 'article',
    input: { ...withdrawalArticle, type: 'opinion' },
    path: ['type'],
    message: /expected an article type: "analysis"/,
  },
  {
    name: 'cover path leaves the content folder',
    schema: 'article',
    input: { ...withdrawalArticle, cover: { src: '../../etc/passwd.png', alt: { ar: 'صورة' } } },
    path: ['cover', 'src'],
    message: /no ".."/,
  },
  {
    name: 'translation repeats shared metadata',
    schema: 'article-translation',
    input: { ...withdrawalTranslation, status: 'published' },
    path: [],
    message: /unknown field "status"/,
  },
  {
    name: 'translation without original',
    schema: 'article-translation',
    input: { ...withdrawalTranslation, original: undefined },
    path: ['original'],
    message: /^required: a BCP 47 language tag/,
  },
];
