import type { Nodes } from 'mdast';
import { toString as nodeText } from 'mdast-util-to-string';
import remarkDirective from 'remark-directive';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import {
  type DirectiveForm,
  isMentionKind,
  proseFromMask,
  type ScannedDirective,
  type ScannedHeading,
  type ScannedMention,
  type ScanResult,
} from './scan-markdown.js';

/** Frozen once, so parsing many bodies shares no mutable state. */
const parser = unified().use(remarkParse).use(remarkGfm).use(remarkDirective).freeze();

type DirectiveNode = Extract<Nodes, { type: 'textDirective' | 'leafDirective' | 'containerDirective' }>;

const FORMS: Record<DirectiveNode['type'], DirectiveForm> = {
  textDirective: 'text',
  leafDirective: 'leaf',
  containerDirective: 'container',
};

const isDirective = (node: Nodes): node is DirectiveNode =>
  node.type === 'textDirective' || node.type === 'leafDirective' || node.type === 'containerDirective';

/**
 * The prose mask from the tree: the text nodes a reader reads are shown, everything else is hidden.
 * Text inside text and leaf directives, a container directive's label and `<…>` autolinks stays hidden.
 * Mirrors what {@link scanMarkdown} shows, up to Markdown punctuation next to prose.
 */
function proseOfTree(body: string, tree: Nodes): string {
  const hidden = new Uint8Array(body.length).fill(1);
  const walk = (node: Nodes, hide: boolean): void => {
    const start = node.position?.start.offset ?? 0;
    const end = node.position?.end.offset ?? start;
    if (node.type === 'text') {
      if (!hide) hidden.fill(0, start, end);
      return;
    }
    if (!('children' in node)) return;
    const hideChildren =
      hide ||
      node.type === 'textDirective' ||
      node.type === 'leafDirective' ||
      (node.type === 'paragraph' && node.data?.directiveLabel === true) ||
      (node.type === 'link' && body.charCodeAt(start) === 60);
    // GFM's autolink transform leaves the text it splits without positions: show the parent's range
    // and let the placed children decide for themselves.
    if (!hideChildren && node.children.some((child) => !child.position)) {
      hidden.fill(0, start, end);
      for (const child of node.children) {
        if (child.position) hidden.fill(1, child.position.start.offset ?? 0, child.position.end.offset ?? 0);
      }
    }
    for (const child of node.children) walk(child, hideChildren);
  };
  walk(tree, false);
  return proseFromMask(body, hidden);
}

/**
 * The remark reference for {@link scanMarkdown}: parses a body with remark-parse, remark-gfm and
 * remark-directive and reads the same facts from the tree. Used when the scanner is unsure of a body,
 * and by the differential tests. Offsets are into `body`. Never throws.
 */
export function scanMarkdownWithRemark(body: string): ScanResult {
  const tree = parser.parse(body);
  const mentions: ScannedMention[] = [];
  const unknownDirectives: ScannedDirective[] = [];
  const blockMentions: ScannedDirective[] = [];
  const headings: ScannedHeading[] = [];
  visit(tree, (node) => {
    const start = node.position?.start.offset ?? 0;
    const end = node.position?.end.offset ?? start;
    if (node.type === 'heading') {
      headings.push({ depth: node.depth, text: nodeText(node), start });
      return;
    }
    if (!isDirective(node)) return;
    if (node.type === 'textDirective' && isMentionKind(node.name)) {
      mentions.push({
        kind: node.name,
        id: node.attributes?.id || undefined,
        label: nodeText(node),
        start,
        end,
      });
      return;
    }
    const directive = { name: node.name, form: FORMS[node.type], start, end };
    (node.type !== 'textDirective' && isMentionKind(node.name) ? blockMentions : unknownDirectives).push(
      directive,
    );
  });
  return {
    mentions,
    unknownDirectives,
    blockMentions,
    headings,
    prose: proseOfTree(body, tree),
    uncertain: false,
  };
}
