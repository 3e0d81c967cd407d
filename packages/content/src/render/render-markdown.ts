import type { MentionKind } from '../parse/scan-markdown.js';
import { renderPlainMarkdown } from './render-plain-markdown.js';
import { renderMarkdownWithRemark } from './render-remark.js';

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

/**
 * Renders a Markdown body (frontmatter ignored) to sanitised HTML: GFM tables and footnotes, mentions
 * as links to entity pages, heading anchors that work for Arabic headings, raw HTML dropped, and
 * only http(s), mailto and relative URLs kept (rehype-sanitize's GitHub schema). Bodies written in
 * plain Markdown (paragraphs, headings, lists, mentions, footnotes) skip the remark pipeline, which
 * cost most of a site build, for a direct renderer that gives the same HTML.
 */
export function renderMarkdown(markdown: string, options: RenderOptions): RenderedMarkdown {
  return renderPlainMarkdown(markdown, options) ?? renderMarkdownWithRemark(markdown, options);
}
