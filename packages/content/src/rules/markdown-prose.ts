import type { Nodes } from 'mdast';
import { toString as nodeText } from 'mdast-util-to-string';
import remarkDirective from 'remark-directive';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { SKIP, visit } from 'unist-util-visit';

const parser = unified().use(remarkParse).use(remarkGfm).use(remarkDirective).freeze();

/**
 * Parts of a body that are not prose in the version's language: code, raw HTML, and footnote
 * definitions, which hold citations whose titles keep the cited work's language.
 */
const NOT_PROSE = new Set<Nodes['type']>(['code', 'inlineCode', 'html', 'footnoteDefinition']);

const withoutScheme = (address: string) => address.replace(/^(?:https?:\/\/|mailto:)/i, '');

/** A bare web address written as a link (`<https://…>`, `www.…`): its text is the address itself. */
function isBareAddress(node: Nodes): boolean {
  return node.type === 'link' && withoutScheme(node.url) === withoutScheme(nodeText(node));
}

/** The prose of a Markdown body, and where its first text is. */
export interface MarkdownProse {
  /** The texts joined by spaces. */
  text: string;
  /** UTF-16 offsets into the body of the first text, end exclusive; absent when there is no prose. */
  first?: { start: number; end: number };
}

/**
 * The prose a reader reads in a Markdown body: the text of paragraphs, headings, lists, tables and
 * mention labels, without code, HTML, citations, link addresses or directive attributes.
 */
export function markdownProse(body: string): MarkdownProse {
  const parts: string[] = [];
  let first: MarkdownProse['first'];
  visit(parser.parse(body), (node: Nodes) => {
    if (NOT_PROSE.has(node.type) || isBareAddress(node)) return SKIP;
    if (node.type !== 'text') return undefined;
    parts.push(node.value);
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (!first && start !== undefined && end !== undefined) first = { start, end };
    return undefined;
  });
  return { text: parts.join(' '), ...(first && { first }) };
}
