import { z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { Facets } from './facets.js';
import type { Page } from './paginate.js';

/** The schema of a list response of `item`s, registered as component `id`. */
export function listSchema<T extends z.ZodType>(id: string, item: T, description: string) {
  return z
    .object({
      data: z.array(item),
      total: z.int().min(0).meta({ description: 'Items in the whole filtered list.' }),
      next: z
        .string()
        .nullable()
        .meta({ description: 'The `cursor` of the next page; `null` on the last page.' }),
      facets: Facets.optional(),
    })
    .meta({ id, title: id, description });
}

/**
 * Sets the `Link: rel="next"` header of a page: the request's own URL with `cursor` moved on, as a
 * reference relative to the server so it holds behind any proxy.
 */
export function setNextLink(c: Context, next: string | null): void {
  if (next === null) return;
  const url = new URL(c.req.url);
  url.searchParams.set('cursor', next);
  c.header('Link', `<${url.pathname}${url.search}>; rel="next"`);
}

/** The body of a list response for `page`, with the `Link` header set. */
export function listBody<T>(c: Context, page: Page<unknown>, data: T[], facets?: Facets) {
  setNextLink(c, page.next);
  return { data, total: page.total, next: page.next, ...(facets && { facets }) };
}
