import { expectString } from './expect-string.js';
import { markdownProse } from './markdown-prose.js';
import { scanWords } from './tokenize.js';

/**
 * Counts words in any script: runs of letters and digits as {@link tokenize} finds them, so an Arabic word
 * with its clitics (`والسوداني`) is one word and `al-Sudani` is one word. Markdown punctuation is not
 * counted, nor are link destinations, directive names and attributes (`:actor[...]{#al-sudani}`), footnote
 * markers, HTML tags and bare URLs, which readers skip.
 *
 * @example
 * countWords('أعلن :actor[رئيس الوزراء]{#al-sudani} **تشكيل** لجنة'); // 5
 */
export function countWords(text: string): number {
  expectString(text, 'countWords');
  return countProseWords(markdownProse(text));
}

/** The words of text already stripped of markup by {@link markdownProse}, counted without building them. */
export function countProseWords(prose: string): number {
  let words = 0;
  scanWords(prose, () => {
    words++;
  });
  return words;
}
