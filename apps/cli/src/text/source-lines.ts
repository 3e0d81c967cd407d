import { stripBom } from '@marsad/content';

/**
 * Splits a file's text into lines the way the content engine numbers them: `\n`, `\r\n` and a lone
 * `\r` each end a line, and a leading byte order mark is not part of line 1 (editors do not count it).
 */
export function splitLines(text: string): string[] {
  return stripBom(text).split(/\r\n|\n|\r/);
}
