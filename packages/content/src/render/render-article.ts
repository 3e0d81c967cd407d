import { type ReadingTime, readingTime } from '@marsad/arabic';
import type { ArticleEntry } from '../model/entities.js';
import { type RenderOptions, renderMarkdown, type TocEntry } from './render-markdown.js';

/** One language version of an article, ready for a page or an API response. */
export interface RenderedArticle {
  id: string;
  lang: string;
  title: string;
  summary: string;
  /** Sanitised HTML of the body, mentions linked. */
  html: string;
  toc: TocEntry[];
  /** Counted in words of the text's own script (Arabic words with their clitics count once). */
  readingTime: ReadingTime;
}

/**
 * Renders a language version of an article (default: the original) to safe HTML with its table of
 * contents and reading time; `undefined` when the article has no version in `lang`.
 */
export function renderArticle(
  article: ArticleEntry,
  options: RenderOptions & { lang?: string },
): RenderedArticle | undefined {
  const lang = options.lang ?? article.lang;
  const version = article.versions[lang];
  if (!version) return undefined;
  const { html, toc } = renderMarkdown(version.body, { ...options, lang });
  return {
    id: article.id,
    lang,
    title: version.frontmatter.title,
    summary: version.frontmatter.summary,
    html,
    toc,
    readingTime: readingTime(version.body),
  };
}
