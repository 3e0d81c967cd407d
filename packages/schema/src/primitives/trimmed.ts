import type * as z from 'zod';
import { provenBy } from '../valid-fast-path.js';

/** Whether `code` is a character that is certainly not whitespace: ASCII or Arabic-script letters, digits, signs. */
const visible = (code: number) => (code > 32 && code < 127) || (code >= 0x600 && code < 0x1680);

/** `text` starts and ends with a visible character, so trimming leaves it as it is. */
function surelyTrimmed(text: string): boolean {
  return visible(text.charCodeAt(0)) && visible(text.charCodeAt(text.length - 1));
}

/** `text` trimmed, as `.trim()` does; valid text, which is already trimmed, skips the trim. */
export function trimmed(text: z.ZodString): z.ZodString {
  return provenBy(text.trim(), surelyTrimmed);
}
