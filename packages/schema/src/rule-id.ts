import type * as z from 'zod';

/**
 * The rule id of a schema issue, as `marsad validate` reports it: cross-field rules that belong to
 * the integrity table carry their own id (`date/order`, `article/published-needs`) in `params`;
 * every other issue is `schema/<zod code>`.
 */
export function ruleIdOf(issue: z.core.$ZodIssue): string {
  const params = 'params' in issue ? (issue.params as { ruleId?: unknown } | undefined) : undefined;
  return typeof params?.ruleId === 'string' ? params.ruleId : `schema/${issue.code}`;
}
