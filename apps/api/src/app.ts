import { OpenAPIHono } from '@hono/zod-openapi';
import { Scalar } from '@scalar/hono-api-reference';
import type { Context } from 'hono';
import { cors } from 'hono/cors';
import type { ApiData } from './data.js';
import { compression } from './http/compression.js';
import { conditionalGet } from './http/conditional.js';
import { bearerToken, PreviewToken } from './http/preview.js';
import { invalidParameters, problem, problemTypes } from './http/problem.js';
import { ResponseCache } from './http/response-cache.js';
import type { BuildReport } from './live-data.js';
import { openApiDocument } from './openapi.js';
import type { ApiEnv } from './router.js';
import { actors } from './routes/actors.js';
import { articles } from './routes/articles.js';
import { events } from './routes/events.js';
import { health } from './routes/health.js';
import { places } from './routes/places.js';
import { search } from './routes/search.js';
import { timeline } from './routes/timeline.js';
import { View } from './view.js';
import { BodyRenderer } from './views/body-renderer.js';

/** Options of {@link createApp}. */
export interface AppOptions {
  /** The editors' preview token (`MARSAD_PREVIEW_TOKEN`); without one, preview is off. */
  previewToken?: string | undefined;
  /** The clock that decides which articles are public; default: the system clock. */
  now?: () => Date;
  /** Renders Markdown bodies and keeps the HTML; default: a renderer keeping up to 32 M characters. */
  renderer?: BodyRenderer;
  /** The outcome of the last rebuild, for /healthz, when the server watches the content. */
  buildReport?: () => BuildReport | null;
  /** Bytes of whole responses kept for anonymous reads; default 64 MiB, `0` for none. */
  responseCacheBytes?: number;
  /** The response cache to fill, when the server also answers from it (see `startServer`). */
  responseCache?: ResponseCache;
}

/** The default size of the response cache. */
export const DEFAULT_RESPONSE_CACHE_BYTES = 64 * 1024 * 1024;

const READ_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** The whole API as a Hono app: every route, its OpenAPI document at /openapi.json and the reference at /docs. */
export function createApp(data: ApiData | (() => ApiData), options: AppOptions = {}): OpenAPIHono<ApiEnv> {
  const current = typeof data === 'function' ? data : () => data;
  const token = options.previewToken ? new PreviewToken(options.previewToken) : undefined;
  const now = options.now ?? (() => new Date());
  const renderer = options.renderer ?? new BodyRenderer();
  const app = new OpenAPIHono<ApiEnv>();

  app.onError((error, c) => {
    console.error(error);
    return problem(c, 500, {
      type: problemTypes.internal,
      title: 'Internal error',
      detail: 'The server failed to answer this request; it has been logged.',
    });
  });
  app.notFound((c) =>
    problem(c, 404, {
      type: problemTypes.notFound,
      title: 'Not found',
      detail: `No resource at ${c.req.path}; the API is described at /openapi.json and /docs.`,
    }),
  );

  app.use(
    '*',
    cors({
      origin: '*',
      allowMethods: ['GET', 'HEAD', 'OPTIONS'],
      allowHeaders: ['Authorization', 'If-None-Match'],
      exposeHeaders: ['ETag', 'Link', 'Content-Disposition'],
      maxAge: 86_400,
    }),
  );
  app.use('*', async (c, next) => {
    if (READ_METHODS.has(c.req.method)) return next();
    c.header('Allow', 'GET, HEAD, OPTIONS');
    return problem(c, 405, {
      type: problemTypes.methodNotAllowed,
      title: 'Method not allowed',
      detail: `The API is read-only: ${c.req.method} is not allowed; use GET.`,
    });
  });
  app.use('*', async (c, next) => {
    const presented = bearerToken(c.req.header('Authorization'));
    if (token && presented !== undefined && !token.matches(presented)) {
      return problem(c, 401, {
        type: problemTypes.unauthorized,
        title: 'Preview token not accepted',
        detail:
          'The Authorization header carries a token that is not the preview token; send none to read public content.',
      });
    }
    c.set(
      'view',
      new View(current(), { preview: token !== undefined && presented !== undefined, now: now() }),
    );
    c.set('renderer', renderer);
    c.set('buildReport', options.buildReport?.() ?? null);
    if (token) c.header('Vary', 'Authorization', { append: true });
    return next();
  });
  const cache =
    options.responseCache ?? new ResponseCache(options.responseCacheBytes ?? DEFAULT_RESPONSE_CACHE_BYTES);
  app.use(
    '*',
    cache.middleware((c: Context<ApiEnv>) => {
      const view = c.get('view');
      return view.access.preview ? undefined : view.version;
    }),
  );
  app.use('*', compression());
  app.use(
    '*',
    conditionalGet((c: Context<ApiEnv>) => {
      const view = c.get('view');
      return { hash: view.data.hash, version: view.version, preview: view.access.preview };
    }),
  );
  app.use('*', async (c, next) => {
    const repeated = Object.entries(c.req.queries())
      .filter(([, values]) => values.length > 1)
      .map(([name]) => ({
        parameter: name,
        in: 'query' as const,
        detail: 'given more than once; give it once',
      }));
    return repeated.length > 0 ? invalidParameters(c, repeated) : next();
  });
  app.route('/', health);
  app.route('/', events);
  app.route('/', actors);
  app.route('/', articles);
  app.route('/', places);
  app.route('/', timeline);
  app.route('/', search);

  // Built on first request: it takes a noticeable part of start-up and most processes never serve it.
  let document: ReturnType<typeof openApiDocument> | undefined;
  app.get('/openapi.json', (c) => {
    document ??= openApiDocument(app);
    return c.json(document);
  });
  app.get('/docs', Scalar({ url: '/openapi.json', pageTitle: 'Marsad API' }));
  return app;
}
