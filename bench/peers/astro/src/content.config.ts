// The Marsad benchmark corpus as Astro content collections, with zod schemas equivalent to
// @marsad/schema's and reference() where Marsad has an Id → entry. bench/validate/run.mjs points
// MARSAD_BENCH_CONTENT at a corpus written by `generate.mjs --format astro` (its src/content folder).

import { defineCollection, reference } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';

const contentDir = process.env.MARSAD_BENCH_CONTENT ?? './src/content';
const base = (collection: string) => `${contentDir}/${collection}`;
/** One entry per file, keeping Marsad's file names as ids (`x.ar` for an article version). */
const entries = (collection: string, pattern: string) =>
  glob({ pattern, base: base(collection), generateId: ({ entry }) => entry.replace(/\.[a-z]+$/, '') });

const Id = z
  .string()
  .min(2)
  .max(80)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
const LangTag = z
  .string()
  .regex(
    /^(?:[A-Za-z]{2,3}(?:-[A-Za-z]{3}){0,3}|[A-Za-z]{4,8})(?:-[A-Za-z]{4})?(?:-(?:[A-Za-z]{2}|\d{3}))?$/,
  );
const Localized = z
  .record(LangTag, z.string().trim().min(1))
  .refine((value) => Object.keys(value).length > 0, 'expected text in at least one language');
const HttpUrl = z.url({ protocol: /^https?$/, hostname: z.regexes.domain });
const IsoDate = z.iso.date();
const DateTime = z.iso.datetime({ offset: true });

// EDTF as Marsad accepts it: the same pattern, then real calendar days and interval order.
const DATE =
  '(?:\\d{4}(?:-(?:(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\\d|3[01]|XX))?|2[1-4]|XX(?:-XX)?))?|\\d{2}(?:\\dX|XX))[?~%]?';
const TIME =
  '\\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\\d|3[01])T(?:[01]\\d|2[0-3]):[0-5]\\d:[0-5]\\d(?:Z|[+-](?:(?:0\\d|1[0-3]):[0-5]\\d|14:00))?';
const EDTF = new RegExp(`^(?:${TIME}|${DATE}|(?:${DATE}|\\.\\.)?/${DATE}|${DATE}/(?:\\.\\.)?)$`);
function calendarBounds(part: string): [string, string] | undefined {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(part);
  if (!match) return undefined;
  const [, year, month, day] = match;
  if (day && month) {
    const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
    if (date.getUTCMonth() !== Number(month) - 1) return undefined;
    return [`${year}-${month}-${day}`, `${year}-${month}-${day}`];
  }
  if (month && Number(month) <= 12) return [`${year}-${month}-01`, `${year}-${month}-31`];
  return [`${year}-01-01`, `${year}-12-31`];
}
const FuzzyDate = z
  .union([z.string(), z.int().min(0).max(9999)])
  .transform((value) => (typeof value === 'number' ? String(value).padStart(4, '0') : value.trim()))
  .superRefine((text, ctx) => {
    if (!EDTF.test(text)) {
      ctx.addIssue({ code: 'custom', message: `"${text}" is not an EDTF date` });
      return;
    }
    const [start, end] = text.split('/');
    const bounds = [start, end].map((part) => (part && part !== '..' ? calendarBounds(part) : null));
    if (bounds.some((bound) => bound === undefined))
      ctx.addIssue({ code: 'custom', message: `"${text}" is not a calendar date` });
    else if (bounds[0] && bounds[1] && bounds[1][1] < bounds[0][0])
      ctx.addIssue({ code: 'custom', message: `"${text}" ends before it starts` });
  });
const Confidence = z.enum(['high', 'medium', 'low']);
const Source = z
  .strictObject({
    title: z.string().trim().min(1).optional(),
    publisher: z.string().trim().min(1).optional(),
    url: HttpUrl.optional(),
    date: FuzzyDate.optional(),
    accessed: IsoDate.optional(),
    lang: LangTag.optional(),
    quote: z.string().optional(),
    note: z.string().optional(),
  })
  .refine(
    (source) => source.url !== undefined || source.title !== undefined,
    'a source needs a url or a title',
  );
const Sources = z.array(Source);
const ExternalIds = z.strictObject({
  wikidata: z
    .string()
    .regex(/^Q[1-9]\d*$/)
    .optional(),
  geonames: z.int().positive().optional(),
  acled: z.string().trim().min(1).optional(),
  ucdp: z.int().positive().optional(),
  viaf: z
    .string()
    .regex(/^[1-9]\d*$/)
    .optional(),
  website: HttpUrl.optional(),
});
const Coordinates = z.tuple([z.number().min(-180).max(180), z.number().min(-90).max(90)]);
const Alias = z.strictObject({
  value: z.string().trim().min(1),
  lang: LangTag,
  kind: z
    .enum([
      'kunya',
      'laqab',
      'nisba',
      'nom-de-guerre',
      'birth-name',
      'former-name',
      'abbreviation',
      'transliteration',
      'official',
    ])
    .optional(),
  from: FuzzyDate.optional(),
  to: FuzzyDate.optional(),
  sources: Sources.optional(),
});
const period = { from: FuzzyDate.optional(), to: FuzzyDate.optional() };
const claim = { sources: Sources.optional(), confidence: Confidence.optional() };

const places = defineCollection({
  loader: entries('places', '*.yaml'),
  schema: z.strictObject({
    id: Id,
    kind: z.enum(['country', 'province', 'district', 'city', 'site', 'military-base', 'region', 'sea']),
    name: Localized,
    aliases: z.array(Alias).optional(),
    within: reference('places').optional(),
    coordinates: Coordinates.optional(),
    ids: ExternalIds.optional(),
  }),
});

const authors = defineCollection({
  loader: entries('authors', '*.yaml'),
  schema: z.strictObject({
    id: Id,
    name: Localized,
    title: Localized.optional(),
    bio: Localized.optional(),
    links: z.array(HttpUrl).optional(),
  }),
});

const actors = defineCollection({
  loader: entries('actors', '*.{yaml,md}'),
  schema: z
    .strictObject({
      id: Id,
      kind: z.enum([
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
      ]),
      name: Localized,
      aliases: z.array(Alias).optional(),
      summary: Localized.optional(),
      born: FuzzyDate.optional(),
      died: FuzzyDate.optional(),
      founded: FuzzyDate.optional(),
      dissolved: FuzzyDate.optional(),
      country: reference('places').optional(),
      memberships: z
        .array(
          z.strictObject({
            organization: reference('actors'),
            role: Localized.optional(),
            ...period,
            ...claim,
          }),
        )
        .optional(),
      relations: z
        .array(
          z.strictObject({
            type: z.enum([
              'part-of',
              'allied-with',
              'opposes',
              'sponsored-by',
              'splinter-of',
              'successor-of',
              'commands',
            ]),
            target: reference('actors'),
            ...period,
            note: Localized.optional(),
            ...claim,
          }),
        )
        .optional(),
      designations: z
        .array(
          z.strictObject({
            by: reference('actors'),
            list: Localized,
            date: FuzzyDate,
            until: FuzzyDate.optional(),
            sources: Sources.optional(),
          }),
        )
        .optional(),
      ids: ExternalIds.optional(),
    })
    .refine(
      (actor) =>
        actor.kind === 'person'
          ? actor.founded === undefined && actor.dissolved === undefined
          : actor.born === undefined && actor.died === undefined,
      'born/died are for persons, founded/dissolved for organisations',
    ),
});

const subtypes = {
  battle: ['armed-clash', 'government-regains-territory', 'non-state-actor-overtakes-territory'],
  'remote-violence': [
    'air-or-drone-strike',
    'shelling-artillery-missile-attack',
    'remote-explosive',
    'suicide-bomb',
    'grenade',
    'chemical-weapon',
  ],
  'violence-against-civilians': ['attack', 'abduction', 'sexual-violence'],
  protest: ['peaceful-protest', 'protest-with-intervention', 'excessive-force-against-protesters'],
  riot: ['violent-demonstration', 'mob-violence'],
  'strategic-development': [
    'agreement',
    'arrests',
    'change-to-group-activity',
    'disrupted-weapons-use',
    'headquarters-or-base-established',
    'looting-property-destruction',
    'non-violent-transfer-of-territory',
    'other',
  ],
  political: [
    'statement',
    'decision',
    'legislative-vote',
    'designation',
    'negotiation',
    'appointment',
    'election',
    'visit',
    'call-to-action',
  ],
} as const satisfies Record<string, readonly string[]>;
type EventType = keyof typeof subtypes;
const count = z.int().min(0);

const events = defineCollection({
  loader: entries('events', '**/*.yaml'),
  schema: z
    .strictObject({
      id: Id,
      title: Localized,
      date: FuzzyDate,
      type: z.enum(Object.keys(subtypes) as [EventType, ...EventType[]]),
      subtype: z.enum(Object.values(subtypes).flat() as [string, ...string[]]),
      location: z
        .strictObject({
          place: reference('places'),
          precision: z.enum(['exact', 'near', 'district', 'province', 'country', 'region', 'sea-or-air']),
          coordinates: Coordinates.optional(),
        })
        .optional(),
      participants: z
        .array(
          z.strictObject({
            actor: reference('actors'),
            role: z.enum([
              'perpetrator',
              'claimant',
              'target',
              'victim',
              'announcer',
              'participant',
              'mediator',
              'supporter',
            ]),
            note: Localized.optional(),
          }),
        )
        .optional(),
      fatalities: z
        .strictObject({
          best: count,
          low: count.optional(),
          high: count.optional(),
          civilians: count.optional(),
          sources: Sources.optional(),
        })
        .refine(
          ({ best, low, high }) => (low === undefined || low <= best) && (high === undefined || best <= high),
          'expected low ≤ best ≤ high',
        )
        .optional(),
      injured: count.optional(),
      partOf: reference('events').optional(),
      respondsTo: z.array(reference('events')).optional(),
      summary: Localized.optional(),
      sources: Sources.optional(),
      confidence: Confidence.optional(),
      ids: ExternalIds.optional(),
    })
    .refine(
      (event) => (subtypes[event.type] as readonly string[]).includes(event.subtype),
      'the subtype does not belong to the type',
    ),
});

const perVersion = {
  title: z.string().trim().min(1),
  summary: z.string().trim().min(1),
  lang: LangTag.optional(),
  updated: DateTime.optional(),
  sources: Sources.optional(),
  corrections: z.array(z.strictObject({ date: IsoDate, note: Localized })).optional(),
  canonical: HttpUrl.optional(),
  cover: z.strictObject({ src: z.string(), alt: Localized, credit: z.string().optional() }).optional(),
};
const Original = z
  .strictObject({
    ...perVersion,
    type: z.enum(['analysis', 'situation-assessment', 'brief', 'report', 'commentary', 'news']),
    status: z.enum(['draft', 'review', 'published', 'retracted']),
    published: DateTime.optional(),
    embargo: DateTime.optional(),
    authors: z.array(reference('authors')).optional(),
    aboutActors: z.array(reference('actors')).optional(),
    aboutEvents: z.array(reference('events')).optional(),
    aboutPlaces: z.array(reference('places')).optional(),
    regions: z.array(reference('places')).optional(),
    tags: z.array(z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/)).optional(),
    retraction: z.strictObject({ date: IsoDate, note: Localized }).optional(),
  })
  .refine(
    (article) =>
      !(article.status === 'published' || article.status === 'retracted') ||
      (article.published !== undefined && (article.authors?.length ?? 0) > 0),
    'a published article needs `published` and at least one author',
  )
  .refine(
    (article) => article.status !== 'retracted' || article.retraction !== undefined,
    'a retracted article needs `retraction`',
  )
  .refine(
    (article) =>
      !article.published || !article.updated || Date.parse(article.updated) >= Date.parse(article.published),
    '`updated` is before `published`',
  );
const Translation = z.strictObject({ ...perVersion, original: LangTag });

const articles = defineCollection({
  loader: entries('articles', '*.md'),
  schema: z.union([Original, Translation]),
});

export const collections = { articles, actors, events, places, authors };
