import { textIn } from '@marsad/content';
import { renderArticleBody } from './article-body.js';
import type { SiteContent } from './content.js';
import { escapeHtml } from './html.js';
import type { Lang } from './languages.js';
import { absoluteUrl, entityPath, filePath, pagePath } from './paths.js';

/** Items in a feed: the latest public articles. */
export const FEED_SIZE = 50;

const xml = escapeHtml;

function feedItems(site: SiteContent, lang: Lang) {
  return site
    .articles(lang)
    .slice(0, FEED_SIZE)
    .map((article) => {
      const version = article.versions[lang]!;
      const published = article.meta.published!;
      return {
        article,
        url: absoluteUrl(site.config.baseUrl, entityPath('article', article.id, lang)),
        title: version.frontmatter.title,
        summary: version.frontmatter.summary,
        published,
        updated: version.frontmatter.updated ?? article.meta.updated ?? published,
        authors: (article.meta.authors ?? []).map(
          (id) => site.author(id)?.name[lang] ?? site.author(id)?.name[article.lang] ?? id,
        ),
        tags: article.meta.tags ?? [],
      };
    });
}

/** RSS 2.0 of the latest public articles in `lang` (summaries; drafts and embargoed never appear). */
export function rssFeed(site: SiteContent, lang: Lang): string {
  const home = absoluteUrl(site.config.baseUrl, pagePath(lang));
  const self = absoluteUrl(site.config.baseUrl, filePath(lang, 'rss.xml'));
  const items = feedItems(site, lang);
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:dc="http://purl.org/dc/elements/1.1/">',
    '<channel>',
    `<title>${xml(textIn(site.config.name, lang))}</title>`,
    `<link>${xml(home)}</link>`,
    `<atom:link href="${xml(self)}" rel="self" type="application/rss+xml"/>`,
    `<description>${xml(site.config.description?.[lang] ?? textIn(site.config.name, lang))}</description>`,
    `<language>${lang}</language>`,
    ...(items[0] ? [`<lastBuildDate>${new Date(items[0].updated).toUTCString()}</lastBuildDate>`] : []),
    ...items.map((item) =>
      [
        '<item>',
        `<title>${xml(item.title)}</title>`,
        `<link>${xml(item.url)}</link>`,
        `<guid isPermaLink="true">${xml(item.url)}</guid>`,
        `<pubDate>${new Date(item.published).toUTCString()}</pubDate>`,
        `<description>${xml(item.summary)}</description>`,
        ...item.authors.map((name) => `<dc:creator>${xml(name)}</dc:creator>`),
        ...item.tags.map((tag) => `<category>${xml(tag)}</category>`),
        '</item>',
      ].join(''),
    ),
    '</channel>',
    '</rss>',
  ].join('\n');
}

/** Atom 1.0 of the latest public articles in `lang`, each with its summary and full rendered body. */
export function atomFeed(site: SiteContent, lang: Lang): string {
  const home = absoluteUrl(site.config.baseUrl, pagePath(lang));
  const self = absoluteUrl(site.config.baseUrl, filePath(lang, 'atom.xml'));
  const items = feedItems(site, lang);
  const updated = items.reduce(
    (latest, item) => (Date.parse(item.updated) > Date.parse(latest) ? item.updated : latest),
    items[0]?.updated ?? site.now.toISOString(),
  );
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${lang}">`,
    `<id>${xml(home)}</id>`,
    `<title>${xml(textIn(site.config.name, lang))}</title>`,
    ...(site.config.description?.[lang]
      ? [`<subtitle>${xml(site.config.description[lang])}</subtitle>`]
      : []),
    `<link href="${xml(home)}"/>`,
    `<link rel="self" type="application/atom+xml" href="${xml(self)}"/>`,
    `<updated>${new Date(updated).toISOString()}</updated>`,
    ...items.map((item) =>
      [
        '<entry>',
        `<id>${xml(item.url)}</id>`,
        `<title>${xml(item.title)}</title>`,
        `<link href="${xml(item.url)}"/>`,
        `<published>${new Date(item.published).toISOString()}</published>`,
        `<updated>${new Date(item.updated).toISOString()}</updated>`,
        ...item.authors.map((name) => `<author><name>${xml(name)}</name></author>`),
        ...item.tags.map((tag) => `<category term="${xml(tag)}"/>`),
        `<summary>${xml(item.summary)}</summary>`,
        `<content type="html">${xml(renderArticleBody(site, item.article, lang)?.html ?? '')}</content>`,
        '</entry>',
      ].join(''),
    ),
    '</feed>',
  ].join('\n');
}
