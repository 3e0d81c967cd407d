import { compileWhenHot } from '../compile-when-hot.js';
import { checkDateOrder } from '../date-order.js';
import { expecting, unknownKeyOr } from '../messages.js';
import { DateTime, IsoDate } from '../primitives/dates.js';
import { ID_PATTERN, Id } from '../primitives/id.js';
import { LangTag } from '../primitives/lang-tag.js';
import { Localized } from '../primitives/localized.js';
import { oneOf } from '../primitives/one-of.js';
import { RELATIVE_PATH_PATTERN } from '../primitives/relative-path.js';
import { Sources } from '../primitives/source.js';
import { trimmed } from '../primitives/trimmed.js';
import { HttpUrl } from '../primitives/url.js';
import { titled } from '../titled.js';
import { z } from '../zod.js';

/** Article types, mapped to schema.org NewsArticle subtypes by the site and exports. */
export const articleTypes = [
  'analysis',
  'situation-assessment',
  'brief',
  'report',
  'commentary',
  'news',
] as const;

/** The genre of an article: تحليل (analysis), تقدير موقف (situation-assessment), brief, report, commentary, news. */
export const ArticleType = oneOf('an article type', articleTypes).meta(
  titled({
    id: 'ArticleType',
    description: 'analysis (تحليل), situation-assessment (تقدير موقف), brief, report, commentary or news.',
  }),
);
export type ArticleType = z.infer<typeof ArticleType>;

/** Editorial workflow states: draft → review → published → retracted. */
export const articleStatuses = ['draft', 'review', 'published', 'retracted'] as const;

/** The editorial status of an article; only `published` (and `retracted`, with its notice) is ever public. */
export const ArticleStatus = oneOf('an article status', articleStatuses).meta(
  titled({
    id: 'ArticleStatus',
    description: `${articleStatuses.join(' → ')}.`,
  }),
);
export type ArticleStatus = z.infer<typeof ArticleStatus>;

/** Source of the `about` reference pattern: a collection prefix and an id. */
export const ABOUT_REF_PATTERN = `^(?:actor|event|place):${ID_PATTERN.slice(1)}`;
const aboutWords = 'a subject like "actor:al-sudani", "event:brigade-12-strike" or "place:baghdad"';

/** A main subject of an article: `actor:<id>`, `event:<id>` or `place:<id>`. */
export const AboutRef = z
  .string({ error: expecting(aboutWords) })
  .regex(new RegExp(ABOUT_REF_PATTERN), { error: expecting(aboutWords) })
  .meta({
    id: 'AboutRef',
    title: 'Subject reference',
    description: 'A main subject of an article: `actor:<id>`, `event:<id>` or `place:<id>`.',
    examples: ['event:brigade-12-strike'],
  });
export type AboutRef = z.infer<typeof AboutRef>;

/** Splits an `about` reference into its collection and id. */
export function parseAboutRef(ref: AboutRef): { kind: 'actor' | 'event' | 'place'; id: string } {
  const [kind, id] = ref.split(':') as ['actor' | 'event' | 'place', string];
  return { kind, id };
}

const tagWords = 'a kebab-case topic like "foreign-forces"';
/** A kebab-case topic. */
export const Tag = z
  .string({ error: expecting(tagWords) })
  .regex(new RegExp(ID_PATTERN), { error: expecting(tagWords) })
  .meta(titled({ id: 'Tag', description: 'A kebab-case topic (`foreign-forces`).' }));

/** A dated notice of a correction (schema.org `correction`). */
export const Correction = z
  .strictObject(
    { date: IsoDate, note: Localized },
    { error: unknownKeyOr('a correction like { date: 2024-01-12, note: { en: "…" } }') },
  )
  .meta(
    titled({
      id: 'Correction',
      description: 'A dated correction notice shown with the article.',
    }),
  );
export type Correction = z.infer<typeof Correction>;

/** The notice shown when an article is retracted. */
export const Retraction = z
  .strictObject(
    { date: IsoDate, note: Localized },
    { error: unknownKeyOr('a retraction like { date: 2024-02-01, note: { en: "…" } }') },
  )
  .meta(titled({ id: 'Retraction', description: 'Why and when an article was retracted.' }));
export type Retraction = z.infer<typeof Retraction>;

const coverWords = 'an image path inside the content folder (no "..") or an https:// address';
/** An image path relative to the content folder, without `..` segments, or an http(s) URL. */
export const CoverSource = z.union(
  [
    z
      .string()
      .regex(new RegExp(RELATIVE_PATH_PATTERN))
      .regex(/\.(?:avif|gif|jpe?g|png|svg|webp)$/i),
    HttpUrl,
  ],
  { error: expecting(coverWords) },
);

/** The article's lead image. */
export const Cover = z
  .strictObject(
    { src: CoverSource, alt: Localized, credit: z.string({ error: expecting('a credit line') }).optional() },
    { error: unknownKeyOr('a cover like { src: images/baghdad.jpg, alt: { ar: "…" } }') },
  )
  .meta({
    id: 'Cover',
    title: 'Cover image',
    description: 'The lead image, its alternative text per language and its credit.',
  });
export type Cover = z.infer<typeof Cover>;

/** Fields every language version of an article may carry. */
const perVersion = {
  title: trimmed(z.string({ error: expecting('the title') })).min(1, {
    error: 'expected the title, got empty text',
  }),
  summary: trimmed(z.string({ error: expecting('a summary (the dek shown in lists and feeds)') })).min(1, {
    error: 'expected a summary, got empty text',
  }),
  lang: LangTag.optional(),
  updated: DateTime.optional(),
  sources: Sources.optional(),
  corrections: z.array(Correction, { error: expecting('a list of corrections') }).optional(),
  canonical: HttpUrl.optional(),
  cover: Cover.optional(),
};

/** Metadata shared by every language version: only the original may write it. */
export const sharedArticleFields = [
  'type',
  'status',
  'published',
  'embargo',
  'authors',
  'about',
  'regions',
  'tags',
  'retraction',
] as const;

/** The frontmatter of an article's original language version, which holds the shared metadata. */
export const Article = compileWhenHot(
  z
    .strictObject(
      {
        ...perVersion,
        type: ArticleType,
        status: ArticleStatus,
        published: DateTime.optional(),
        embargo: DateTime.optional(),
        authors: z.array(Id, { error: expecting('a list of author ids') }).optional(),
        about: z
          .array(AboutRef, { error: expecting('a list of subjects like event:brigade-12-strike') })
          .optional(),
        regions: z.array(Id, { error: expecting('a list of place ids') }).optional(),
        tags: z.array(Tag, { error: expecting('a list of kebab-case tags') }).optional(),
        retraction: Retraction.optional(),
      },
      { error: unknownKeyOr('article frontmatter with at least title, summary, type and status') },
    )
    .superRefine((article, ctx) => {
      if (article.status === 'published' || article.status === 'retracted') {
        if (article.published === undefined)
          ctx.addIssue({
            code: 'custom',
            path: ['published'],
            message: `a ${article.status} article needs \`published\`, the date and time it went out (2024-01-10T10:00:00+03:00)`,
            params: { ruleId: 'article/published-needs' },
          });
        if (!article.authors?.length)
          ctx.addIssue({
            code: 'custom',
            path: ['authors'],
            message: `a ${article.status} article needs at least one author id in \`authors\``,
            params: { ruleId: 'article/published-needs' },
          });
      }
      if (article.status === 'retracted' && article.retraction === undefined)
        ctx.addIssue({
          code: 'custom',
          path: ['retraction'],
          message: 'a retracted article needs `retraction: { date, note }` telling readers why',
        });
      checkDateOrder(ctx, article, { start: 'published', end: 'updated' });
    }),
  {
    id: 'Article',
    title: 'Article (original version)',
    description:
      'The frontmatter of the original language version of an analysis (`<id>.<lang>.md`): its text metadata plus the metadata all versions share.',
    examples: [
      {
        title: 'خروج التحالف الدولي من العراق',
        summary: 'لماذا عادت مسألة انسحاب قوات التحالف إلى الواجهة مطلع 2024.',
        type: 'analysis',
        status: 'published',
        published: '2024-01-10T10:00:00+03:00',
        authors: ['analysis-desk'],
        about: ['event:bilateral-committee-announced'],
      },
    ],
  },
);
export type Article = z.infer<typeof Article>;
export type ArticleInput = z.input<typeof Article>;

/** The frontmatter of a translation: its own text only; `original` names the original's language. */
export const ArticleTranslation = compileWhenHot(
  z.strictObject(
    { ...perVersion, original: LangTag },
    { error: unknownKeyOr('translation frontmatter with title, summary and original') },
  ),
  {
    id: 'ArticleTranslation',
    title: 'Article (translation)',
    description:
      'The frontmatter of a translation: title, summary and its own sources, corrections and cover. Shared metadata stays in the original.',
    examples: [
      {
        title: 'The coalition’s exit from Iraq',
        summary: 'Why the withdrawal returned in early 2024.',
        original: 'ar',
      },
    ],
  },
);
export type ArticleTranslation = z.infer<typeof ArticleTranslation>;
