import { z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';

/** Where a request parameter is written. */
export type ParameterIn = 'query' | 'path' | 'header';

/** One bad parameter of a request. */
export const ParameterError = z
  .object({
    parameter: z.string().meta({ description: 'The name of the parameter.' }),
    in: z.enum(['query', 'path', 'header']),
    detail: z.string().meta({ description: 'What is wrong with it and what is expected.' }),
  })
  .meta({ id: 'ParameterError', title: 'Parameter error', description: 'One bad parameter of a request.' });

/** An error response (RFC 9457 problem details), served as `application/problem+json`. */
export const Problem = z
  .object({
    type: z.string().meta({ description: 'A URI that identifies the kind of problem.' }),
    title: z.string().meta({ description: 'A short summary of the kind of problem.' }),
    status: z.int().meta({ description: 'The HTTP status code.' }),
    detail: z.string().meta({ description: 'What went wrong with this request, and how to fix it.' }),
    instance: z.string().meta({ description: 'The path of the request.' }),
    parameter: z.string().optional().meta({ description: 'The first offending parameter, by name.' }),
    errors: z.array(ParameterError).optional().meta({ description: 'Every offending parameter.' }),
  })
  .meta({
    id: 'Problem',
    title: 'Problem',
    description: 'An error, as RFC 9457 problem details: what went wrong and which parameter caused it.',
  });
export type Problem = z.infer<typeof Problem>;
export type ParameterError = z.infer<typeof ParameterError>;

/** The media type of problem responses. */
export const PROBLEM_TYPE = 'application/problem+json';

/** Problem type URIs (URNs: they name the problem; the documentation at /docs explains them). */
export const problemTypes = {
  invalidParameter: 'urn:marsad:problem:invalid-parameter',
  unknownParameter: 'urn:marsad:problem:unknown-parameter',
  notFound: 'urn:marsad:problem:not-found',
  unauthorized: 'urn:marsad:problem:preview-token',
  methodNotAllowed: 'urn:marsad:problem:method-not-allowed',
  unavailable: 'urn:marsad:problem:unavailable',
  internal: 'urn:marsad:problem:internal',
} as const;

/** The body of a problem response for `c`'s request. */
function problemBody(
  c: Context,
  fields: { type: string; title: string; status: number; detail: string; errors?: ParameterError[] },
): Problem {
  const first = fields.errors?.[0];
  return {
    type: fields.type,
    title: fields.title,
    status: fields.status,
    detail: fields.detail,
    instance: c.req.path,
    ...(first && { parameter: first.parameter, errors: fields.errors }),
  };
}

/** A problem response (`application/problem+json`) with the given status. */
export function problem<S extends ContentfulStatusCode>(
  c: Context,
  status: S,
  fields: { type: string; title: string; detail: string; errors?: ParameterError[] },
) {
  return c.json(problemBody(c, { ...fields, status }), status, { 'Content-Type': PROBLEM_TYPE });
}

/** A 400 for parameters that are wrong: each named, with what is expected. */
export function invalidParameters(c: Context, errors: ParameterError[]) {
  const unknown = errors.every((error) => error.detail.startsWith('unknown parameter'));
  const names = errors.map((error) => `\`${error.parameter}\``).join(', ');
  return problem(c, 400, {
    type: unknown ? problemTypes.unknownParameter : problemTypes.invalidParameter,
    title: unknown ? 'Unknown parameter' : 'Invalid parameter',
    detail: errors.length === 1 ? `${names}: ${errors[0]!.detail}` : `Invalid parameters ${names}.`,
    errors,
  });
}

/** A 404 that says what was looked for; the same for an entry that does not exist and one not public. */
export function notFound(c: Context, what: string) {
  return problem(c, 404, { type: problemTypes.notFound, title: 'Not found', detail: `No ${what}.` });
}
