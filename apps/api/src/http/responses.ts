import { z } from '@hono/zod-openapi';
import { PROBLEM_TYPE, Problem } from './problem.js';

const problemContent = { [PROBLEM_TYPE]: { schema: Problem } };

/** The error responses a route declares, by status. */
export const problemResponses = {
  400: { description: 'A parameter is invalid or unknown; `parameter` names it.', content: problemContent },
  404: { description: 'No such entry, or not public.', content: problemContent },
} as const;

/** Headers of every successful read. */
export const cacheHeaders = z.object({
  ETag: z.string().meta({ description: 'A strong validator: send it as `If-None-Match` to get a 304.' }),
  'Cache-Control': z.string(),
});

/** The headers of a list page. */
export const listHeaders = cacheHeaders.extend({
  Link: z.string().optional().meta({ description: 'The next page, as `<url>; rel="next"` (RFC 8288).' }),
});

/** A JSON 200 response of `schema`. */
export function jsonOk<T extends z.ZodType>(schema: T, description: string, headers = cacheHeaders) {
  return { description, headers, content: { 'application/json': { schema } } };
}
