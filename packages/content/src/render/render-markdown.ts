import type { Element, Root as HastRoot } from 'hast';
import type { Root as MdastRoot, PhrasingContent } from 'mdast';
import type { ContainerDirective, LeafDirective, TextDirective } from 'mdast-util-directive';
import { toString as mdastToString } from 'mdast-util-to-string';
import rehypeSanitize, { defaultSchema, type Options as SanitizeSchema } from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import remarkDirective from 'remark-directive';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { MENTION_KINDS, type MentionKind } from '../parse/markdown.js';
import { createSlugger } from './slug.js';

/** A heading of the rendered body, for a table of contents. */
export interface TocEntry {
  depth: number;
  text: string;
  /** The anchor (`id`) given to the heading in the HTML. */
  slug: string;
}

/** Options of {@link renderMarkdown}. */
export interface RenderOptions {
  /**
   * The page of a mentioned entry, or `undefined` when it has none (unknown, or not public):
   * the mention then renders as its plain text.
   */
  linkFor: (kind: MentionKind, id: string) => string | undefined;
  /** Language of the text, used as the footnote section's label language. */
  lang?: string;
}

/** Safe HTML of a Markdown body, its headings and the entities it links. */
export interface RenderedMarkdown {
  html: string;
  toc: TocEntry[];
}

type Directive = TextDirective | LeafDirective | ContainerDirective;

const isMentionKind = (name: string): name is MentionKind =>
  (MENTION_KINDS as readonly string[]).includes(name);

/**
 * Mentions become links (`<a class="mention" data-kind="actor" data-id="al-sudani">`); any other
 * directive turns back into the text it was written as, so a stray `:name` never disappears.
 */
function remarkMentions(options: RenderOptions) {
  return (tree: MdastRoot) => {
    visit(tree, (node, index, parent) => {
      if (
        node.type !== 'textDirective' &&
        node.type !== 'leafDirective' &&
        node.type !== 'containerDirective'
      )
        return;
      if (!parent || index === undefined) return;
      const directive = node as Directive;
      const id = directive.attributes?.id ?? undefined;
      const href = isMentionKind(directive.name) && id ? options.linkFor(directive.name, id) : undefined;
      const children = directive.children as PhrasingContent[];
      if (href !== undefined && directive.type === 'textDirective') {
        parent.children[index] = {
          type: 'link',
          url: href,
          children,
          data: {
            hProperties: {
              className: ['mention', `mention-${directive.name}`],
              dataKind: directive.name,
              dataId: id,
            },
          },
        };
        return;
      }
      const text = isMentionKind(directive.name)
        ? mdastToString(directive)
        : `:${directive.name}${mdastToString(directive) ? `[${mdastToString(directive)}]` : ''}`;
      parent.children[index] = { type: 'text', value: text };
    });
  };
}

/** Heading ids are added after sanitising, so they stay readable (no `user-content-` prefix). */
function rehypeHeadingIds(toc: TocEntry[]) {
  return (tree: HastRoot) => {
    const slug = createSlugger();
    visit(tree, 'element', (node: Element) => {
      const depth = /^h([1-6])$/.exec(node.tagName)?.[1];
      // Headings that already have an id are generated ones (the footnotes' label), not the author's.
      if (!depth || node.properties?.id !== undefined) return;
      const text = hastText(node);
      const id = slug(text);
      node.properties = { ...node.properties, id };
      toc.push({ depth: Number(depth), text, slug: id });
    });
  };
}

function hastText(node: Element | HastRoot): string {
  return node.children
    .map((child) => (child.type === 'text' ? child.value : child.type === 'element' ? hastText(child) : ''))
    .join('')
    .trim();
}

// The default GitHub-style schema, plus the classes and data attributes of mention links. No
// clobber prefix: raw HTML never reaches the tree (remark-rehype drops it), so the only ids are
// the footnotes' (already prefixed by remark-rehype) and the heading anchors added after this step.
const defaultLinkAttributes = (defaultSchema.attributes?.a ?? []).filter(
  (definition) => !(Array.isArray(definition) && definition[0] === 'className'),
);
const sanitizeSchema: SanitizeSchema = {
  ...defaultSchema,
  clobberPrefix: '',
  attributes: {
    ...defaultSchema.attributes,
    a: [
      ...defaultLinkAttributes,
      ['className', 'data-footnote-backref', 'mention', /^mention-[a-z]+$/],
      'dataKind',
      'dataId',
    ],
  },
};

/**
 * Renders a Markdown body (frontmatter ignored) to sanitised HTML: GFM tables and footnotes, mentions
 * as links to entity pages, heading anchors that work for Arabic headings, raw HTML dropped, and
 * only http(s), mailto and relative URLs kept (rehype-sanitize's GitHub schema).
 */
export function renderMarkdown(markdown: string, options: RenderOptions): RenderedMarkdown {
  const toc: TocEntry[] = [];
  const processor = unified()
    .use(remarkParse)
    .use(remarkFrontmatter, ['yaml'])
    .use(remarkGfm)
    .use(remarkDirective)
    .use(remarkMentions, options)
    .use(remarkRehype, {
      footnoteLabel: options.lang === 'ar' ? 'الهوامش' : 'Footnotes',
      footnoteBackLabel: 'Back to content',
    })
    .use(rehypeSanitize, sanitizeSchema)
    .use(rehypeHeadingIds, toc)
    .use(rehypeStringify);
  const html = String(processor.processSync(markdown));
  return { html, toc };
}
