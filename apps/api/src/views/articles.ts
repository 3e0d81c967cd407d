import { z } from '@hono/zod-openapi';
import type { ArticleEntry } from '@marsad/content';
import { Article, Id, LangTag } from '@marsad/schema';
import { listSchema } from '../list/list-response.js';
import type { RenderedVersion } from './body-renderer.js';

/** Keeps only the keys whose value is defined, so optional fields are absent rather than `null`. */
function defined<T extends Record<string, unknown>>(object: T): T {
  return Object.fromEntries(Object.entries(object).filter(([, value]) => value !== undefined)) as T;
}

// The frontmatter fields, without the original-only checks (a response is not an editor's file).
const fields = z.object(Article.shape);

/** An article in a list: one language version's title and summary with the shared metadata. */
export const ArticleSummary = fields
  .pick({
    title: true,
    summary: true,
    type: true,
    status: true,
    published: true,
    updated: true,
    authors: true,
    about: true,
    regions: true,
    tags: true,
    cover: true,
    canonical: true,
  })
  .extend({
    id: Id,
    lang: LangTag.meta({ description: 'The language of this title and summary.' }),
    original: LangTag.meta({ description: 'The language of the original version.' }),
    languages: z
      .array(LangTag)
      .meta({ description: 'Every language the article is in, the original first.' }),
  })
  .meta({
    id: 'ArticleSummary',
    title: 'Article summary',
    description:
      'An article as lists show it: the title and summary of one language version and the metadata all versions share.',
  });
export type ArticleSummary = z.infer<typeof ArticleSummary>;

/** A heading of an article body. */
export const TocEntry = z.object({ depth: z.int().min(1).max(6), text: z.string(), slug: z.string() }).meta({
  id: 'TocEntry',
  title: 'Table of contents entry',
  description: 'A heading and its anchor in the HTML.',
});

/** An entry an article body mentions, with how often. */
export const ArticleMention = z
  .object({
    kind: z.enum(['actor', 'event', 'place', 'author']),
    id: Id,
    label: z.string().meta({ description: 'The text of the first mention, as the reader sees it.' }),
    count: z.int().min(1),
  })
  .meta({
    id: 'ArticleMention',
    title: 'Mention',
    description: 'An entry the body links, in order of first mention; its name is in `refs`.',
  });

/** One language version of an article with its body, rendered and as written. */
export const ArticleDetail = ArticleSummary.extend(
  fields.pick({ embargo: true, sources: true, corrections: true, retraction: true }).shape,
)
  .extend({
    body: z.object({
      markdown: z
        .string()
        .meta({ description: 'The body as written, mentions as `:actor[…]{#id}` directives.' }),
      html: z.string().meta({ description: 'Sanitised HTML; mentions are links to their API resource.' }),
    }),
    toc: z.array(TocEntry),
    readingTime: z.object({ words: z.int().min(0), minutes: z.int().min(0) }),
    mentions: z.array(ArticleMention),
    versions: z
      .array(z.object({ lang: LangTag, title: z.string(), summary: z.string() }))
      .meta({ description: 'Every language version, the original first.' }),
  })
  .meta({
    id: 'ArticleDetail',
    title: 'Article',
    description: 'One language version of an article: metadata, body as HTML and Markdown, mentions.',
  });
export type ArticleDetail = z.infer<typeof ArticleDetail>;

/** The languages of an article, the original first. */
export function languagesOf(article: ArticleEntry): string[] {
  return [
    article.lang,
    ...Object.keys(article.versions)
      .filter((lang) => lang !== article.lang)
      .sort(),
  ];
}

/** The language an article is served in: `lang` when it has that version, else the original's. */
function servedLanguage(article: ArticleEntry, lang: string | undefined): string {
  return lang !== undefined && article.versions[lang] !== undefined ? lang : article.lang;
}

/** `article` as lists show it, in `lang` when it has that version (else in its original language). */
export function articleSummary(article: ArticleEntry, lang?: string): ArticleSummary {
  const served = servedLanguage(article, lang);
  const text = article.versions[served]!.frontmatter;
  const { meta } = article;
  return defined({
    id: article.id,
    lang: served,
    original: article.lang,
    languages: languagesOf(article),
    title: text.title,
    summary: text.summary,
    type: meta.type,
    status: meta.status,
    published: meta.published,
    updated: text.updated,
    authors: meta.authors,
    about: meta.about,
    regions: meta.regions,
    tags: meta.tags,
    cover: text.cover ?? meta.cover,
    canonical: text.canonical,
  });
}

/** The mentions of a body, one per entry in order of first appearance, with the first label and a count. */
function mentionsOf(article: ArticleEntry, lang: string): ArticleDetail['mentions'] {
  const found = new Map<string, ArticleDetail['mentions'][number]>();
  for (const mention of article.versions[lang]!.mentions) {
    if (mention.id === undefined) continue;
    const key = `${mention.kind}:${mention.id}`;
    const seen = found.get(key);
    if (seen) seen.count++;
    else found.set(key, { kind: mention.kind, id: mention.id, label: mention.label, count: 1 });
  }
  return [...found.values()];
}

/** The `lang` version of `article` (which must have it) as the detail route serves it. */
export function articleDetail(article: ArticleEntry, lang: string, rendered: RenderedVersion): ArticleDetail {
  const version = article.versions[lang]!;
  const { meta } = article;
  return defined({
    ...articleSummary(article, lang),
    embargo: meta.embargo,
    retraction: meta.retraction,
    sources: version.frontmatter.sources,
    corrections: version.frontmatter.corrections,
    body: { markdown: version.body, html: rendered.html },
    toc: rendered.toc,
    readingTime: rendered.readingTime,
    mentions: mentionsOf(article, lang),
    versions: languagesOf(article).map((code) => {
      const text = article.versions[code]!.frontmatter;
      return { lang: code, title: text.title, summary: text.summary };
    }),
  });
}

/** An article summary trimmed by `fields=`: any of its fields, `id` always. */
export const ArticleFields = ArticleSummary.partial().required({ id: true }).meta({
  id: 'ArticleFields',
  title: 'Article summary (trimmed)',
  description: 'An article summary with only the fields asked for.',
});

/** A page of articles. */
export const ArticleList = listSchema(
  'ArticleList',
  z.union([ArticleSummary, ArticleFields]),
  'A page of articles, newest first.',
);

/** How many articles a detail response lists before pointing at the filtered article list. */
export const ARTICLE_SAMPLE = 20;

/** The newest articles about an entry and their count (all of them at /v1/articles?actor=|event=|place=). */
export const ArticleSample = z.object({ total: z.int().min(0), items: z.array(ArticleSummary) }).meta({
  id: 'ArticleSample',
  title: 'Articles about an entry',
  description: `The newest ${ARTICLE_SAMPLE} public articles about the entry, and how many there are.`,
});

/** The sample of `articles` (newest first) a detail response gives. */
export function articleSample(articles: readonly ArticleEntry[]): z.infer<typeof ArticleSample> {
  return {
    total: articles.length,
    items: articles.slice(0, ARTICLE_SAMPLE).map((article) => articleSummary(article)),
  };
}
