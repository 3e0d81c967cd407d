import { OpenAPIHono, type RouteConfig, type z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { invalidParameters, type ParameterError, type ParameterIn } from './http/problem.js';
import type { BuildReport } from './live-data.js';
import type { View } from './view.js';
import type { BodyRenderer } from './views/body-renderer.js';

/** The Hono environment of every route: the request's view of the content, the body renderer, and the
 * outcome of the last rebuild when the server watches the content. */
export interface ApiEnv {
  Variables: { view: View; renderer: BodyRenderer; buildReport: BuildReport | null };
}

/** A router for one resource; `app.route('/', router)` merges its routes and their OpenAPI. */
export function createRouter(): OpenAPIHono<ApiEnv> {
  return new OpenAPIHono<ApiEnv>();
}

const targets: Record<string, ParameterIn> = { query: 'query', param: 'path', header: 'header' };

type ValidationResult = { success: true } | { success: false; error: z.ZodError; target: string };

/** The names a route's query schema accepts. */
function queryNames(route: RouteConfig): string[] {
  const query = route.request?.query as { shape?: Record<string, unknown> } | undefined;
  return Object.keys(query?.shape ?? {});
}

/** Turns zod issues of one request part into parameter errors, naming each parameter. */
function parameterErrors(error: z.ZodError, target: string, accepted: readonly string[]): ParameterError[] {
  const where = targets[target] ?? 'query';
  return error.issues.flatMap((issue): ParameterError[] => {
    if (issue.code === 'unrecognized_keys') {
      const takes = accepted.length > 0 ? `it takes ${accepted.join(', ')}` : 'it takes no parameters';
      return issue.keys.map((key) => ({
        parameter: key,
        in: where,
        detail: `unknown parameter: ${takes}`,
      }));
    }
    return [{ parameter: String(issue.path[0] ?? target), in: where, detail: issue.message }];
  });
}

/**
 * The validation hook of `route`: a request whose parameters fail the route's schemas gets a 400
 * problem naming each bad parameter (unknown ones listed with the names the route accepts), before the
 * handler runs, so an invalid path id is never looked up.
 */
export function validationHook(route: RouteConfig) {
  const accepted = queryNames(route);
  return (result: ValidationResult, c: Context) => {
    if (result.success) return;
    return invalidParameters(c, parameterErrors(result.error, result.target, accepted));
  };
}
