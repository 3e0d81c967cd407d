import { createHash } from 'node:crypto';
import type { Context, MiddlewareHandler } from 'hono';

/** Cache policy of public responses: short, since a new bundle can be loaded at any time. */
export const PUBLIC_CACHE = 'public, max-age=60, stale-while-revalidate=300';
/** Cache policy of responses that may hold unpublished articles. */
export const PRIVATE_CACHE = 'private, no-store';

/** The entity tags in an `If-None-Match` header, without weakness prefixes (RFC 9110 weak comparison). */
function listedTags(header: string): string[] {
  return header.split(',').map((tag) => tag.trim().replace(/^W\//, ''));
}

/**
 * Strong ETags and 304s for reads. The content is immutable between loads, so a response is fully
 * determined by the content hash, the URL and the request's view version (preview on, or when the public
 * articles last changed): the tag is derived from these,
 * with no need to hash the body. Compressed variants carry a suffix (`-br`, `-gzip`); a client holding
 * any variant of the current tag gets a 304. Only 200 responses get a tag; every response to a read
 * gets a `Cache-Control`, private whenever preview is on.
 */
export function conditionalGet(
  stateOf: (c: Context) => { hash: string; version: string; preview: boolean },
): MiddlewareHandler {
  return async (c, next) => {
    await next();
    if (c.req.method !== 'GET' && c.req.method !== 'HEAD') return;
    const { hash, version, preview } = stateOf(c);
    if (!c.res.headers.has('Cache-Control'))
      c.header('Cache-Control', preview ? PRIVATE_CACHE : PUBLIC_CACHE);
    // A no-store response (the health report) is never revalidated: it has no tag.
    if (c.res.status !== 200 || c.res.headers.get('Cache-Control')?.includes('no-store')) return;
    const url = new URL(c.req.url);
    const resource = createHash('sha256')
      .update(`${version}\n${url.pathname}${url.search}`)
      .digest('base64url')
      .slice(0, 16);
    const tag = `"${hash.slice(0, 16)}-${resource}`;
    c.header('ETag', `${tag}"`);
    const ifNoneMatch = c.req.header('If-None-Match');
    if (ifNoneMatch === undefined) return;
    const matched = listedTags(ifNoneMatch).find(
      (listed) =>
        listed === '*' || listed === `${tag}"` || (listed.startsWith(`${tag}-`) && listed.endsWith('"')),
    );
    if (matched === undefined) return;
    // Hono carries the previous response's headers over to the new one; changes go on after the swap.
    c.res = new Response(null, { status: 304 });
    for (const name of ['Content-Type', 'Content-Length', 'Content-Disposition']) c.res.headers.delete(name);
    c.res.headers.set('ETag', matched === '*' ? `${tag}"` : matched);
  };
}
