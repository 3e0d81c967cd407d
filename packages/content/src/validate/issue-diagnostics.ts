import { ruleIdOf } from '@marsad/schema';
import type * as z from 'zod';
import { closestMatches, createDiagnostic, type Diagnostic } from '../diagnostics/diagnostic.js';
import type { LocateTarget, Locator } from '../parse/yaml-data.js';
import { knownKeysAt } from './schema-keys.js';

/** `participants[1].role` for `['participants', 1, 'role']`. */
export function formatPath(path: readonly PropertyKey[]): string {
  return path
    .map((segment, index) =>
      typeof segment === 'number' ? `[${segment}]` : `${index === 0 ? '' : '.'}${String(segment)}`,
    )
    .join('');
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let current = data;
  for (const segment of path) {
    if (typeof current !== 'object' || current === null) return undefined;
    current = (current as Record<PropertyKey, unknown>)[segment];
  }
  return current;
}

interface IssueSite {
  file: string;
  data: unknown;
  locator: Locator;
  schema: z.core.$ZodType;
}

/**
 * Turns the zod issues of one entry into diagnostics pointing at the offending key or value:
 * an unknown key at the key itself (one diagnostic per key, with the closest known key suggested),
 * a missing key at its parent, anything else at the value.
 */
export function issueDiagnostics(issues: readonly z.core.$ZodIssue[], site: IssueSite): Diagnostic[] {
  return issues.flatMap((issue) => {
    if (issue.code === 'unrecognized_keys') {
      const known = knownKeysAt(site.schema, issue.path);
      return issue.keys.map((key) =>
        diagnosticAt(site, [...issue.path, key], 'key', {
          ruleId: ruleIdOf(issue),
          message: `unknown field "${key}"${issue.path.length ? ` in ${formatPath(issue.path)}` : ''}: check the spelling, or remove it`,
          suggestions: closestMatches(key, known),
        }),
      );
    }
    const missing = valueAt(site.data, issue.path) === undefined;
    const options = 'values' in issue ? (issue.values as unknown[]).map(String) : [];
    const written = valueAt(site.data, issue.path);
    return [
      diagnosticAt(site, issue.path, missing ? 'key' : 'value', {
        ruleId: ruleIdOf(issue),
        message: issue.path.length ? `${formatPath(issue.path)}: ${issue.message}` : issue.message,
        suggestions: typeof written === 'string' ? closestMatches(written, options) : [],
      }),
    ];
  });
}

function diagnosticAt(
  site: IssueSite,
  path: readonly PropertyKey[],
  target: LocateTarget,
  details: { ruleId: string; message: string; suggestions: string[] },
): Diagnostic {
  return createDiagnostic({
    file: site.file,
    severity: 'error',
    ...details,
    ...site.locator.locate(path, target),
  });
}
