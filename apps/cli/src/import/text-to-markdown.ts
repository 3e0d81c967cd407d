import type { RootContent } from 'mdast';
import { stringifyMarkdown } from './markdown-tree.js';

/** Lines no longer than this, in a text with blank lines, are taken as wrapped by hand. */
const WRAP_WIDTH = 120;
/** The longest first line read as the title. */
const TITLE_LENGTH = 150;
/** The longest line read as a section heading. */
const HEADING_LENGTH = 80;
/** How a sentence or a clause ends, in Arabic and Latin punctuation: a heading does not. */
const SENTENCE_END = /[.!?؟:،,;؛…]$/;

/**
 * The paragraphs of a plain text. Text wrapped by hand (blank lines between paragraphs, every line
 * short) has its lines joined up to each blank line; otherwise, as in text copied from a web page or a
 * word processor, every line is a paragraph.
 */
function paragraphsOf(text: string): string[] {
  const lines = text
    .trim()
    .split(/\r\n?|\n/)
    .map((line) => line.trim());
  const wrapped = lines.includes('') && lines.every((line) => line.length <= WRAP_WIDTH);
  if (!wrapped) return lines.filter(Boolean);
  return lines
    .join('\n')
    .split(/\n{2,}/)
    .map((block) => block.replace(/\n/g, ' ').trim())
    .filter(Boolean);
}

const isTitle = (line: string) => line.length <= TITLE_LENGTH && !/[.:]$/.test(line);
const isHeading = (line: string, next: string | undefined) =>
  next !== undefined &&
  line.length <= HEADING_LENGTH &&
  next.length > line.length &&
  !SENTENCE_END.test(line);

/**
 * A plain text as a Markdown body: a short first line is the title (a level-1 heading), a short line
 * without final punctuation before a longer paragraph is a section heading, the rest are paragraphs.
 * Characters Markdown would read as markup are escaped.
 */
export function textToMarkdown(text: string): string {
  const paragraphs = paragraphsOf(text);
  const children = paragraphs.map((line, index): RootContent => {
    const next = paragraphs[index + 1];
    const value = [{ type: 'text' as const, value: line }];
    if (index === 0 && next !== undefined && isTitle(line))
      return { type: 'heading', depth: 1, children: value };
    if (index > 0 && isHeading(line, next)) return { type: 'heading', depth: 2, children: value };
    return { type: 'paragraph', children: value };
  });
  return stringifyMarkdown({ type: 'root', children });
}
