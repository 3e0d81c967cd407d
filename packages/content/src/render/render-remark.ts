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
import { isMentionKind } from '../parse/scan-markdown.js';
import type { RenderedMarkdown, RenderOptions, TocEntry } from './render-markdown.js';
import { createSlugger } from './slug.js';

type Directive = TextDirective | LeafDirective | ContainerDirective;

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

/** `renderMarkdown` through the whole remark pipeline, whatever the body holds. */
export function renderMarkdownWithRemark(markdown: string, options: RenderOptions): RenderedMarkdown {
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
