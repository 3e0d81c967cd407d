import type { Context, MiddlewareHandler } from 'hono';
import { LruCache } from '../views/lru-cache.js';
import { chooseEncoding } from './compression.js';

/** A stored response: always a 200, with its final headers (ETag, encoding…) and bytes. */
interface Stored {
  headers: [string, string][];
  body: Uint8Array;
}

/** Responses larger than this share of the cache are not stored: one export must not empty it. */
const LARGEST_SHARE = 16;

/**
 * Keeps whole responses to anonymous reads, compressed as sent, and serves them again without running
 * the route: the content is immutable between loads, so a response is determined by its URL, the
 * encoding chosen and the view's version (content hash and when the public articles last changed), which
 * make the key. Requests with an Authorization header and `no-store` responses are never stored.
 * Least recently used responses go first once `maxBytes` is reached; `0` turns the cache off.
 */
export function responseCache(options: {
  maxBytes: number;
  /** The view version of an anonymous request, `undefined` for others (preview). */
  versionOf: (c: Context) => string | undefined;
}): MiddlewareHandler {
  const cache = new LruCache<string, Stored>({
    maxWeight: options.maxBytes,
    weigh: (stored) => stored.body.byteLength,
  });
  return async (c, next) => {
    const version = options.maxBytes > 0 && c.req.method === 'GET' ? options.versionOf(c) : undefined;
    if (version === undefined || c.req.header('Authorization') !== undefined) return next();
    const url = new URL(c.req.url);
    const key = `${version}\n${chooseEncoding(c.req.header('Accept-Encoding')) ?? 'identity'}\n${url.pathname}${url.search}`;
    const stored = cache.get(key);
    if (stored) {
      const etag = stored.headers.find(([name]) => name === 'etag')?.[1];
      const ifNoneMatch = c.req.header('If-None-Match');
      const matches =
        etag !== undefined &&
        (ifNoneMatch?.split(',').some((tag) => ['*', etag].includes(tag.trim().replace(/^W\//, ''))) ??
          false);
      // Hono carries headers set earlier in the request over to a new response; the stored ones go on after.
      c.res = new Response(matches ? null : (stored.body as Uint8Array<ArrayBuffer>), {
        status: matches ? 304 : 200,
      });
      for (const [name, value] of stored.headers) {
        if (!matches || !/^content-(?:type|length|encoding|disposition)$/.test(name))
          c.res.headers.set(name, value);
      }
      if (matches) c.res.headers.delete('content-type');
      return c.res;
    }
    await next();
    if (c.res.status !== 200 || c.res.headers.get('Cache-Control')?.includes('no-store')) return;
    const body = new Uint8Array(await c.res.clone().arrayBuffer());
    if (body.byteLength > options.maxBytes / LARGEST_SHARE) return;
    cache.set(key, { headers: [...c.res.headers], body });
  };
}
