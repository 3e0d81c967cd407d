import type { Root } from 'mdast';
import remarkDirective from 'remark-directive';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkStringify, { type Options as StringifyOptions } from 'remark-stringify';
import { unified } from 'unified';

/**
 * How drafts are written: `-` bullets, `*` emphasis, fenced code, as the sample articles are. With the
 * directive and GFM extensions loaded, a colon before a word (`note:actor[…]`) is escaped, so text
 * never turns into a mention by accident, and tables survive.
 */
export const STRINGIFY_OPTIONS: StringifyOptions = {
  bullet: '-',
  emphasis: '*',
  strong: '*',
  fence: '`',
  fences: true,
  rule: '-',
};

const parser = unified().use(remarkParse).use(remarkGfm).use(remarkDirective);
const stringifier = unified().use(remarkGfm).use(remarkDirective).use(remarkStringify, STRINGIFY_OPTIONS);

/** A Markdown body as a syntax tree with positions (GFM and directives understood). */
export function parseMarkdown(markdown: string): Root {
  return parser.parse(markdown);
}

/** A syntax tree as Markdown, escaped so that it reads back as the same tree. */
export function stringifyMarkdown(tree: Root): string {
  return stringifier.stringify(tree);
}
