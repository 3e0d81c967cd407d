import { createRoute, z } from '@hono/zod-openapi';
import type { SearchKind } from '@marsad/content';
import { Id, LangTag } from '@marsad/schema';
import { cursorParam, limitParam, namesParam, textParam } from '../http/params.js';
import { invalidParameters, PROBLEM_TYPE, Problem, problem, problemTypes } from '../http/problem.js';
import { jsonOk, listHeaders, problemResponses } from '../http/responses.js';
import { encodeCursor } from '../list/cursor.js';
import { setNextLink } from '../list/list-response.js';
import { createRouter, validationHook } from '../router.js';

const searchKinds = ['article', 'actor', 'event', 'place'] as const satisfies readonly SearchKind[];

/** Most results a search page holds. */
export const MAX_SEARCH_PAGE = 50;
/** How deep search pages go: ranking the tail of a long result list is work no reader needs. */
export const MAX_SEARCH_OFFSET = 1000;

/** A search result. */
export const SearchResult = z
  .object({
    kind: z.enum(searchKinds),
    id: Id,
    lang: LangTag.meta({ description: 'The language of the document that matched.' }),
    title: z.string(),
    snippet: z
      .object({
        text: z.string(),
        highlights: z.array(z.tuple([z.int().min(0), z.int().min(0)])).meta({
          description: 'The matched words, as [start, end) offsets in UTF-16 code units of `text`.',
        }),
      })
      .meta({ description: 'The passage that best shows the match, as plain text.' }),
    snippetHtml: z
      .string()
      .meta({ description: 'The snippet as escaped HTML with `<mark>` around the matches.' }),
    score: z.number().meta({ description: 'Relevance; higher is better.' }),
  })
  .meta({
    id: 'SearchResult',
    title: 'Search result',
    description: 'An entry that matched, with a highlighted snippet.',
  });

const searchRoute = createRoute({
  operationId: 'search',
  method: 'get',
  path: '/v1/search',
  tags: ['search'],
  summary: 'Search',
  description:
    'Full-text search over public articles, actors, events and places, best first (with the preview token, over drafts, articles in review and embargoed ones too). Arabic-aware: hamza, taa marbuta, alef maqsura and harakat are folded and words lightly stemmed, so `الامريكيه` finds `الأمريكية` and `قوات` finds `القوات`. Every word must match; the last also as a prefix.',
  request: {
    query: z.strictObject({
      q: textParam('The words to find.'),
      type: namesParam(searchKinds, 'Only these kinds of entries.'),
      lang: LangTag.optional().meta({ description: 'Only documents in this language.' }),
      limit: limitParam(MAX_SEARCH_PAGE, 20),
      cursor: cursorParam(['number']),
    }),
  },
  responses: {
    200: jsonOk(
      z
        .object({
          data: z.array(SearchResult),
          next: z
            .string()
            .nullable()
            .meta({ description: 'The `cursor` of the next page; `null` on the last.' }),
        })
        .meta({
          id: 'SearchResults',
          title: 'Search results',
          description: 'A page of search results, best first.',
        }),
      'A page of results.',
      listHeaders,
    ),
    400: problemResponses[400],
    503: {
      description: 'Search is not available: the server serves a content folder without a bundle.',
      content: { [PROBLEM_TYPE]: { schema: Problem } },
    },
  },
});

/** The search route. */
export const search = createRouter();

search.openapi(
  searchRoute,
  (c) => {
    const { q, type, lang, limit, cursor } = c.req.valid('query');
    const view = c.get('view');
    const backend = view.search;
    if (backend === undefined) {
      return problem(c, 503, {
        type: problemTypes.unavailable,
        title: 'Search unavailable',
        detail: 'This server reads a content folder without a bundle; search needs one (marsad build).',
      });
    }
    const offset = cursor === undefined ? 0 : (cursor[0] as number);
    if (!Number.isInteger(offset) || offset < 0 || offset > MAX_SEARCH_OFFSET) {
      return invalidParameters(c, [
        {
          parameter: 'cursor',
          in: 'query',
          detail: 'not a cursor of this search: pass the `next` value unchanged',
        },
      ]);
    }
    // One more than the page tells whether a next page exists without counting every match.
    const hits = backend.search(q, {
      ...(type && { kinds: type }),
      ...(lang && { lang }),
      limit: limit + 1,
      offset,
    });
    const more = hits.length > limit;
    const next = more ? encodeCursor([offset + limit]) : null;
    setNextLink(c, next);
    // An anonymous request's index holds public content only; the graph check keeps it so even if the two
    // ever disagree.
    const data = hits
      .slice(0, limit)
      .filter((hit) =>
        hit.kind === 'article' ? view.article(hit.id) !== undefined : view.graph.has(hit.kind, hit.id),
      );
    return c.json({ data, next }, 200);
  },
  validationHook(searchRoute),
);
