/**
 * Fails fast, with the function's name, when a JavaScript caller passes something that is not a string
 * (a YAML number or `null` slipping through), instead of a cryptic `charCodeAt is not a function` later.
 */
export function expectString(value: unknown, caller: string): asserts value is string {
  if (typeof value !== 'string') {
    const got = value === null ? 'null' : typeof value;
    throw new TypeError(`${caller} expects a string, got ${got}`);
  }
}
