import { createRoute, z } from '@hono/zod-openapi';
import { PRIVATE_CACHE } from '../http/conditional.js';
import { problemResponses } from '../http/responses.js';
import { createRouter, validationHook } from '../router.js';

const Count = z.int().min(0);

/** What `/healthz` reports. */
export const Health = z
  .object({
    status: z.literal('ok'),
    contentHash: z.string().meta({ description: 'The hash of the content served; ETags derive from it.' }),
    source: z
      .enum(['bundle', 'content'])
      .meta({ description: 'Served from a `marsad build` bundle or a content folder.' }),
    loadedAt: z.iso.datetime().meta({ description: 'When the content was loaded.' }),
    loadMs: z.number().min(0).meta({ description: 'How long loading took, in milliseconds.' }),
    search: z.boolean().meta({ description: 'Whether /v1/search is available (it needs a bundle).' }),
    counts: z
      .object({ articles: Count, actors: Count, events: Count, places: Count, authors: Count })
      .meta({ description: 'Entries served; articles counts only those the request may see.' }),
    build: z
      .object({
        at: z.iso.datetime(),
        ok: z.boolean().meta({ description: 'Whether the rebuilt content is being served.' }),
        errors: Count.meta({
          description: 'Errors found; when there are any, the last good content is served.',
        }),
        diagnostics: z
          .array(
            z.object({
              file: z.string(),
              line: z.int(),
              column: z.int(),
              ruleId: z.string(),
              message: z.string(),
            }),
          )
          .meta({
            description:
              'The first errors. Given only to requests with the preview token: a file name can name an unpublished article.',
          }),
      })
      .nullable()
      .meta({ description: 'The last rebuild of a server started with --watch; `null` before one.' }),
  })
  .meta({ id: 'Health', title: 'Health', description: 'The content the server is serving.' });

const healthRoute = createRoute({
  operationId: 'getHealth',
  method: 'get',
  path: '/healthz',
  tags: ['service'],
  summary: 'Server health',
  description: 'The content being served: its hash, when and how fast it was loaded, and counts.',
  request: { query: z.strictObject({}) },
  responses: {
    200: {
      description: 'The server is serving content.',
      content: { 'application/json': { schema: Health } },
    },
    400: problemResponses[400],
  },
});

/** The `/healthz` route. */
export const health = createRouter();

health.openapi(
  healthRoute,
  (c) => {
    const view = c.get('view');
    const { data, graph } = view;
    const report = c.get('buildReport');
    c.header('Cache-Control', PRIVATE_CACHE);
    return c.json(
      {
        status: 'ok' as const,
        contentHash: data.hash,
        source: data.origin.kind,
        loadedAt: data.loadedAt,
        loadMs: data.loadMs,
        search: data.search !== undefined,
        counts: {
          articles: view.articles().length,
          actors: graph.count('actor'),
          events: graph.count('event'),
          places: graph.count('place'),
          authors: graph.count('author'),
        },
        build: report && { ...report, diagnostics: view.access.preview ? report.diagnostics : [] },
      },
      200,
    );
  },
  validationHook(healthRoute),
);
