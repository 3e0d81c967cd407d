import { createRoute, z } from '@hono/zod-openapi';
import type { ArticleEntry } from '@marsad/content';
import { ArticleType, Id, LangTag, Tag } from '@marsad/schema';
import { cursorParam, dayParam, limitParam, namesParam } from '../http/params.js';
import { notFound } from '../http/problem.js';
import { cacheHeaders, jsonOk, listHeaders, problemResponses } from '../http/responses.js';
import { countFacets, type FacetOf } from '../list/facets.js';
import { pickFields } from '../list/fields.js';
import { listBody } from '../list/list-response.js';
import { paginate } from '../list/paginate.js';
import { createRouter, validationHook } from '../router.js';
import {
  ArticleDetail,
  ArticleList,
  ArticleSummary,
  articleDetail,
  articleSummary,
  languagesOf,
} from '../views/articles.js';
import { articleKey } from '../views/graph-index.js';
import { RefCollector, Refs } from '../views/refs.js';

const summaryFieldNames = Object.keys(ArticleSummary.shape) as (keyof typeof ArticleSummary.shape)[];

const facetNames = ['type', 'year', 'lang', 'tag', 'author'] as const;
const facetsOf: Record<(typeof facetNames)[number], FacetOf<ArticleEntry>> = {
  type: (article) => [article.meta.type],
  year: (article) => (article.meta.published ? [article.meta.published.slice(0, 4)] : []),
  lang: (article) => Object.keys(article.versions),
  tag: (article) => article.meta.tags ?? [],
  author: (article) => article.meta.authors ?? [],
};

const listArticles = createRoute({
  operationId: 'listArticles',
  method: 'get',
  path: '/v1/articles',
  tags: ['articles'],
  summary: 'List articles',
  description: 'Public articles, newest first, filtered.',
  request: {
    query: z.strictObject({
      lang: LangTag.optional().meta({
        description: 'Only articles with a version in this language, with that version’s title and summary.',
      }),
      type: ArticleType.optional().meta({ description: 'Only articles of this type.' }),
      actor: Id.optional().meta({ description: 'Only articles about this actor or mentioning it.' }),
      event: Id.optional().meta({ description: 'Only articles about this event or mentioning it.' }),
      place: Id.optional().meta({
        description:
          'Only articles about this place (or a place within it), with it as a region, or mentioning it.',
      }),
      tag: Tag.optional().meta({ description: 'Only articles with this tag.' }),
      author: Id.optional().meta({ description: 'Only articles by this author.' }),
      from: dayParam('Only articles published on or after the first day of this year, month or day.'),
      to: dayParam('Only articles published on or before the last day of this year, month or day.'),
      facets: namesParam(facetNames, 'Count these facets over the filtered list.'),
      fields: namesParam(summaryFieldNames, 'Return only these fields of each article (and `id`).'),
      limit: limitParam(200, 50),
      cursor: cursorParam(['number', 'string']),
    }),
  },
  responses: {
    200: jsonOk(ArticleList, 'A page of articles.', listHeaders),
    400: problemResponses[400],
  },
});

const getArticle = createRoute({
  operationId: 'getArticle',
  method: 'get',
  path: '/v1/articles/{id}',
  tags: ['articles'],
  summary: 'Get an article',
  description:
    'One language version of a public article (the original unless `lang` names another), its body as sanitised HTML and as Markdown, its mentions, and the names of everything it refers to.',
  request: {
    params: z.object({ id: Id }),
    query: z.strictObject({
      lang: LangTag.optional().meta({ description: 'The language version to give; default: the original.' }),
    }),
  },
  responses: {
    200: jsonOk(
      z.object({ data: ArticleDetail, refs: Refs }).meta({
        id: 'ArticleResponse',
        title: 'Article response',
        description: 'An article version and its refs.',
      }),
      'The article version.',
      cacheHeaders,
    ),
    400: problemResponses[400],
    404: problemResponses[404],
  },
});

/** Routes of the articles resource. */
export const articles = createRouter();

articles.openapi(
  listArticles,
  (c) => {
    const query = c.req.valid('query');
    const view = c.get('view');
    const about = (kind: 'actor' | 'event' | 'place', id: string | undefined) =>
      id === undefined ? undefined : new Set(view.articlesAbout(kind, id).map((article) => article.id));
    const subjects = [about('actor', query.actor), about('event', query.event), about('place', query.place)];
    const matched = view.articles().filter((article) => {
      const { meta } = article;
      if (query.lang !== undefined && article.versions[query.lang] === undefined) return false;
      if (query.type !== undefined && meta.type !== query.type) return false;
      if (query.tag !== undefined && !meta.tags?.includes(query.tag)) return false;
      if (query.author !== undefined && !meta.authors?.includes(query.author)) return false;
      if (subjects.some((ids) => ids !== undefined && !ids.has(article.id))) return false;
      if (query.from !== undefined || query.to !== undefined) {
        // The day as written, in the offset the editor wrote it in: that is the day readers saw it.
        const day = meta.published?.slice(0, 10);
        if (day === undefined) return false;
        if (query.from !== undefined && day < query.from.earliest) return false;
        if (query.to !== undefined && day > query.to.latest) return false;
      }
      return true;
    });
    const page = paginate(matched, articleKey, { after: query.cursor, limit: query.limit });
    const counted = query.facets && countFacets(matched, query.facets, facetsOf);
    const data = page.items.map(
      (article) => pickFields(articleSummary(article, query.lang), query.fields) as ArticleSummary,
    );
    return c.json(listBody(c, page, data, counted), 200);
  },
  validationHook(listArticles),
);

articles.openapi(
  getArticle,
  (c) => {
    const { id } = c.req.valid('param');
    const { lang } = c.req.valid('query');
    const view = c.get('view');
    const article = view.article(id);
    if (article === undefined) return notFound(c, `article "${id}"`);
    const served = lang ?? article.lang;
    if (article.versions[served] === undefined) {
      return notFound(c, `${served} version of article "${id}"; it is in ${languagesOf(article).join(', ')}`);
    }
    const rendered = c.get('renderer').article(view.graph, article, served, view.data.hash);
    const refs = new RefCollector(view.graph).addReferencesOf('article', id);
    return c.json({ data: articleDetail(article, served, rendered), refs: refs.refs }, 200);
  },
  validationHook(getArticle),
);
