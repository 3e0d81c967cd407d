import type * as z from 'zod';

/** Short, editor-readable description of a value that failed validation. */
export function describeValue(input: unknown): string {
  if (input === undefined) return 'nothing';
  if (input === null) return 'an empty value';
  if (typeof input === 'string') {
    if (input.trim() === '') return 'empty text';
    return JSON.stringify(input.length > 60 ? `${input.slice(0, 57)}...` : input);
  }
  if (typeof input === 'number' || typeof input === 'boolean') return String(input);
  if (Array.isArray(input)) return `a list of ${input.length}`;
  if (typeof input === 'object') return 'a mapping';
  return typeof input;
}

/**
 * The error function every Marsad schema uses, so that each issue says what was expected in an
 * editor's words ("expected a date like 2024-01-05, got "5 Jan 2024"") instead of zod's codes.
 * A missing value reads as "required: …" because zod reports it on the child with no input.
 */
export function expecting(what: string): (issue: z.core.$ZodRawIssue) => string {
  return (issue) =>
    issue.input === undefined ? `required: ${what}` : `expected ${what}, got ${describeValue(issue.input)}`;
}

/** The list form used by enum messages, `"a", "b" or "c"`, and by descriptions, `a, b or c` (`quote` ''). */
export function listOptions(options: readonly string[], quote = '"'): string {
  const quoted = options.map((option) => `${quote}${option}${quote}`);
  return quoted.length <= 1 ? (quoted[0] ?? '') : `${quoted.slice(0, -1).join(', ')} or ${quoted.at(-1)}`;
}

/** Error function for strict objects: names unknown keys, otherwise says what mapping was expected. */
export function unknownKeyOr(what: string): (issue: z.core.$ZodRawIssue) => string {
  return (issue) =>
    issue.code === 'unrecognized_keys'
      ? `unknown field ${(issue.keys as string[]).map((key) => `"${key}"`).join(', ')}: check the spelling, or remove it`
      : expecting(what)(issue);
}
