import type { OpenAPIHono } from '@hono/zod-openapi';
import type { ApiEnv } from './router.js';

/** The API's version, as the OpenAPI document states it. */
export const API_VERSION = '1.0.0';

const description = `Read-only access to Marsad's actors, events, places and analysis articles.

Every list pages with a keyset cursor (\`next\`, and a \`Link: rel="next"\` header), takes \`limit\` (at most 200), and many take \`fields=\` to trim items and \`facets=\` to count values over the whole filtered list. Responses carry strong ETags (send \`If-None-Match\` to get a 304) and are compressed with brotli or gzip when asked. Errors are RFC 9457 problem details naming the offending parameter; unknown parameters are errors too.

Only public articles exist here: drafts, articles in review and embargoed articles answer 404 and are in no list, facet, count or search result. Editors see them with the preview token as a bearer token.`;

/** Builds the OpenAPI 3.1 document of every route registered on `app`. */
export function openApiDocument(app: OpenAPIHono<ApiEnv>) {
  app.openAPIRegistry.registerComponent('securitySchemes', 'preview', {
    type: 'http',
    scheme: 'bearer',
    description: 'The editors’ preview token (MARSAD_PREVIEW_TOKEN): shows drafts and embargoed articles.',
  });
  return app.getOpenAPI31Document({
    openapi: '3.1.0',
    info: {
      title: 'Marsad API',
      version: API_VERSION,
      description,
      license: { name: 'MIT', url: 'https://opensource.org/license/mit' },
    },
    servers: [{ url: '/', description: 'This server' }],
    // Anonymous access is the norm; the preview token is optional.
    security: [{}, { preview: [] }],
    tags: [
      { name: 'events', description: 'Things that happened, coded like ACLED and UCDP.' },
      { name: 'actors', description: 'People and organisations, with memberships and relations.' },
      { name: 'articles', description: 'Analysis articles in every language version.' },
      { name: 'places', description: 'Countries, provinces, cities, sites and bases.' },
      { name: 'timeline', description: 'Events and articles merged by date.' },
      { name: 'search', description: 'Arabic-aware full-text search.' },
      { name: 'service', description: 'The state of the server.' },
    ],
  });
}
