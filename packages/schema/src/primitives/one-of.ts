import { expecting, listOptions } from '../messages.js';
import { z } from '../zod.js';

/** One of `values`, and an issue that lists them: `expected a place kind: "country", … or "sea", got "town"`. */
export function oneOf<const Values extends readonly [string, ...string[]]>(what: string, values: Values) {
  return z.enum(values, { error: expecting(`${what}: ${listOptions(values)}`) });
}
