import type { Element, Root as HastRoot } from 'hast';
import type { Link, Root as MdastRoot, Parent, PhrasingContent } from 'mdast';
import rehypeParse from 'rehype-parse';
import rehypeRemark from 'rehype-remark';
import rehypeSanitize, { defaultSchema, type Options as SanitizeSchema } from 'rehype-sanitize';
import { unified } from 'unified';
import { stringifyMarkdown } from './markdown-tree.js';

const HEADINGS = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'];

/**
 * What an article keeps from a web page: its text structure (headings, paragraphs, lists, quotes,
 * tables, emphasis, code) and links. Everything else is unwrapped to its text, and what is not text
 * for the reader (scripts, styles, frames, forms, navigation, the head) is dropped with its content.
 * No attribute survives but a link's address and title, so no event handler or style can.
 */
const SCHEMA: SanitizeSchema = {
  ...defaultSchema,
  tagNames: [
    ...HEADINGS,
    'p',
    'br',
    'hr',
    'ul',
    'ol',
    'li',
    'blockquote',
    'a',
    'em',
    'i',
    'strong',
    'b',
    'del',
    's',
    'code',
    'pre',
    'table',
    'thead',
    'tbody',
    'tfoot',
    'tr',
    'th',
    'td',
  ],
  attributes: { a: ['href', 'title'] },
  protocols: { href: ['http', 'https'] },
  strip: [
    'head',
    'script',
    'style',
    'noscript',
    'template',
    'iframe',
    'object',
    'embed',
    'svg',
    'math',
    'canvas',
    'nav',
    'form',
    'button',
    'select',
    'textarea',
  ],
  clobber: [],
};

/** The first element named one of `names`, depth first. */
function findElement(node: HastRoot | Element, names: readonly string[]): Element | undefined {
  for (const child of node.children) {
    if (child.type !== 'element') continue;
    if (names.includes(child.tagName)) return child;
    const found = findElement(child, names);
    if (found) return found;
  }
  return undefined;
}

/** A page's article: its `<article>` or `<main>` when it has one, so menus and footers stay behind. */
function keepArticle() {
  return (tree: HastRoot) => {
    const article = findElement(tree, ['article']) ?? findElement(tree, ['main']);
    if (article) tree.children = [article];
  };
}

const isWebLink = (link: Link) => /^https?:\/\//i.test(link.url);

/** Links that are not absolute http(s) addresses (relative, anchors, mail) become their text. */
function keepWebLinks() {
  const unwrap = (parent: Parent) => {
    parent.children = parent.children.flatMap((child) => {
      if ('children' in child) unwrap(child);
      return child.type === 'link' && !isWebLink(child) ? (child.children as PhrasingContent[]) : [child];
    }) as Parent['children'];
  };
  return (tree: MdastRoot) => unwrap(tree);
}

const processor = unified()
  .use(rehypeParse)
  .use(keepArticle)
  .use(rehypeSanitize, SCHEMA)
  .use(rehypeRemark)
  .use(keepWebLinks);

/** An HTML page or fragment as a Markdown body, sanitised (see {@link SCHEMA}). */
export function htmlToMarkdown(html: string): string {
  const hast = processor.parse(html);
  const mdast = processor.runSync(hast) as unknown as MdastRoot;
  return stringifyMarkdown(mdast);
}
