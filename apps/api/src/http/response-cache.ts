import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Context, MiddlewareHandler } from 'hono';
import { LruCache } from '../views/lru-cache.js';
import { chooseEncoding } from './compression.js';

/** A stored response: always a 200, with its final headers (ETag, encoding…) and bytes. */
interface Stored {
  headers: [string, string][];
  /** The headers as `node:http` takes them (name, value, name, value…), for a 200 and for a 304. */
  raw: string[];
  raw304: string[];
  etag: string | undefined;
  body: Uint8Array;
}

/** Responses larger than this share of the cache are not stored: one export must not empty it. */
const LARGEST_SHARE = 16;

/** Headers that describe a body, left out of a 304, which has none. */
const BODY_HEADERS = /^content-(?:type|length|encoding|disposition)$/;

/** Whether an `If-None-Match` header lists `etag` (weak comparison, as RFC 9110 asks for it) or `*`. */
function matches(ifNoneMatch: string | undefined, etag: string | undefined): boolean {
  if (etag === undefined || ifNoneMatch === undefined) return false;
  return ifNoneMatch.split(',').some((tag) => ['*', etag].includes(tag.trim().replace(/^W\//, '')));
}

/** What a cache lookup reads from a request, whether it comes from Hono or straight from `node:http`. */
interface RequestFacts {
  method: string | undefined;
  /** The path and query as received. */
  url: string;
  authorization: string | undefined;
  acceptEncoding: string | undefined;
}

/**
 * Keeps whole responses to anonymous reads, compressed as sent, and serves them again without running
 * the route: the content is immutable between loads, so a response is determined by its URL, the
 * encoding chosen and the view's version (content hash and when the public articles last changed), which
 * make the key. Requests with an Authorization header and `no-store` responses are never stored.
 * Least recently used responses go first once `maxBytes` is reached; `0` turns the cache off.
 *
 * Hits are answered either by {@link ResponseCache.middleware} (inside the app, as `app.request` sees it)
 * or, on a server, by {@link ResponseCache.serve} before the request reaches Hono: the stored bytes and
 * headers are written to the Node response as they are, with no web `Request`, `Response` or `Headers`.
 */
export class ResponseCache {
  readonly #maxBytes: number;
  readonly #cache: LruCache<string, Stored>;

  constructor(maxBytes: number) {
    this.#maxBytes = maxBytes;
    this.#cache = new LruCache({ maxWeight: maxBytes, weigh: (stored) => stored.body.byteLength });
  }

  /** The key of a request that may be served from the cache; `undefined` for any other. */
  #keyOf(request: RequestFacts, version: string | undefined): string | undefined {
    if (version === undefined || this.#maxBytes === 0 || request.method !== 'GET') return undefined;
    if (request.authorization !== undefined) return undefined;
    // Parsed as Hono parses it, so both ways of asking find the same entry.
    const url = new URL(request.url, 'http://cache');
    return `${version}\n${chooseEncoding(request.acceptEncoding) ?? 'identity'}\n${url.pathname}${url.search}`;
  }

  /**
   * Answers a request from the cache on a Node server, writing the stored bytes straight to `response`;
   * `false` (and nothing written) when it must go to the app. `version` is the anonymous view's version.
   */
  serve(request: IncomingMessage, response: ServerResponse, version: string): boolean {
    const { headers } = request;
    const key = this.#keyOf(
      {
        method: request.method,
        url: request.url ?? '/',
        authorization: headers.authorization,
        acceptEncoding: headers['accept-encoding'],
      },
      version,
    );
    const stored = key === undefined ? undefined : this.#cache.get(key);
    if (stored === undefined) return false;
    const notModified = matches(headers['if-none-match'], stored.etag);
    response.writeHead(notModified ? 304 : 200, notModified ? stored.raw304 : stored.raw);
    response.end(notModified ? undefined : stored.body);
    return true;
  }

  /** The app's side: serves hits to `app.request` and stores the responses to anonymous reads. */
  middleware(versionOf: (c: Context) => string | undefined): MiddlewareHandler {
    return async (c, next) => {
      const key = this.#keyOf(
        {
          method: c.req.method,
          url: c.req.url,
          authorization: c.req.header('Authorization'),
          acceptEncoding: c.req.header('Accept-Encoding'),
        },
        versionOf(c),
      );
      if (key === undefined) return next();
      const stored = this.#cache.get(key);
      if (stored) {
        const notModified = matches(c.req.header('If-None-Match'), stored.etag);
        // Hono carries headers set earlier in the request over to a new response; the stored ones go on after.
        c.res = new Response(notModified ? null : (stored.body as Uint8Array<ArrayBuffer>), {
          status: notModified ? 304 : 200,
        });
        for (const [name, value] of stored.headers) {
          if (!notModified || !BODY_HEADERS.test(name)) c.res.headers.set(name, value);
        }
        if (notModified) c.res.headers.delete('content-type');
        return c.res;
      }
      await next();
      if (c.res.status !== 200 || c.res.headers.get('Cache-Control')?.includes('no-store')) return;
      const body = new Uint8Array(await c.res.clone().arrayBuffer());
      if (body.byteLength > this.#maxBytes / LARGEST_SHARE) return;
      const headers = [...c.res.headers];
      this.#cache.set(key, {
        headers,
        // With its length, a stored body goes out in one write instead of in chunks.
        raw: [
          ...headers.filter(([name]) => name !== 'content-length').flat(),
          'content-length',
          String(body.byteLength),
        ],
        raw304: headers.filter(([name]) => !BODY_HEADERS.test(name)).flat(),
        etag: c.res.headers.get('ETag') ?? undefined,
        body,
      });
    };
  }
}
