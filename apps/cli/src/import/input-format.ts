import { extname } from 'node:path';

/** What an imported text is written in. */
export type InputFormat = 'html' | 'markdown' | 'text';

const BY_EXTENSION: Readonly<Record<string, InputFormat>> = {
  '.html': 'html',
  '.htm': 'html',
  '.xhtml': 'html',
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.txt': 'text',
};

/** Tags that only an HTML document starts with or is made of; `<b>` alone in prose is not enough. */
const HTML = /<(?:!doctype\s+html|html|head|body|article|main|p|div|h[1-6]|ul|ol|table|blockquote)[\s>]/i;
/**
 * Markdown a writer would not type by accident in plain prose: frontmatter, an ATX heading, a list, a
 * link or image, strong emphasis, a fence, or a mention directive.
 */
const MARKDOWN = [
  /^---\r?\n/,
  /^#{1,6}[ \t]+\S/m,
  /^[ \t]{0,3}(?:[-*+]|\d{1,9}[.)])[ \t]+\S/m,
  /!?\[[^\]\n]+\]\([^)\s]+\)/,
  /\*\*[^*\n]+\*\*/,
  /^(?:```|~~~)/m,
  /:(?:actor|event|place|author)\[/,
];

/** The format of `text`: from the file extension when it says, else from what the text holds. */
export function detectFormat(text: string, name: string): InputFormat {
  const byName = BY_EXTENSION[extname(name).toLowerCase()];
  if (byName) return byName;
  if (HTML.test(text.slice(0, 4096))) return 'html';
  return MARKDOWN.some((pattern) => pattern.test(text)) ? 'markdown' : 'text';
}
