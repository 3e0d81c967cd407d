import type { SiteContent } from './content.js';
import { escapeHtml } from './html.js';
import { LANGUAGES, type Lang } from './languages.js';
import { ARTICLES_PER_PAGE, EVENTS_PER_PAGE, listRoutes } from './list-routes.js';
import { absoluteUrl, entityPath, inEveryLanguage, listPath, pagePath } from './paths.js';

/** A page of the site with the same page in each language it exists in. */
export type SitemapPage = Partial<Record<Lang, string>>;

/**
 * Every page the site builds (except the 404 pages), each with its language versions: home, lists
 * (every page of the paginated ones), timeline, network, search, public articles, actors, events and places.
 */
export function sitemapPages(site: SiteContent): SitemapPage[] {
  const paginated = (kind: 'article' | 'event', size: number, items: (lang: Lang) => readonly unknown[]) => {
    const pages = new Map<number, SitemapPage>();
    for (const route of [...listRoutes(items, size, 'first'), ...listRoutes(items, size, 'rest')]) {
      const { lang, list } = route.props;
      pages.set(list.page, { ...pages.get(list.page), [lang]: listPath(kind, lang, list.page) });
    }
    return [...pages.values()];
  };
  return [
    inEveryLanguage((lang) => pagePath(lang)),
    ...paginated('article', ARTICLES_PER_PAGE, (lang) => site.articles(lang)),
    ...paginated('event', EVENTS_PER_PAGE, () => site.events()),
    inEveryLanguage((lang) => listPath('actor', lang)),
    inEveryLanguage((lang) => listPath('place', lang)),
    inEveryLanguage((lang) => pagePath(lang, 'timeline')),
    inEveryLanguage((lang) => pagePath(lang, 'network')),
    inEveryLanguage((lang) => pagePath(lang, 'search')),
    ...site
      .articles()
      .map((article) =>
        Object.fromEntries(
          LANGUAGES.filter((lang) => article.versions[lang]).map((lang) => [
            lang,
            entityPath('article', article.id, lang),
          ]),
        ),
      ),
    ...site.actors().map((actor) => inEveryLanguage((lang) => entityPath('actor', actor.id, lang))),
    ...site.events().map((event) => inEveryLanguage((lang) => entityPath('event', event.id, lang))),
    ...site.places().map((place) => inEveryLanguage((lang) => entityPath('place', place.id, lang))),
  ];
}

/** The sitemap XML: one `<url>` per page and language, with `xhtml:link` alternates (and x-default). */
export function sitemapXml(site: SiteContent): string {
  const url = (path: string) => escapeHtml(absoluteUrl(site.config.baseUrl, path));
  const entries = sitemapPages(site).flatMap((page) => {
    const versions = LANGUAGES.flatMap((lang) => (page[lang] ? [[lang, page[lang]] as const] : []));
    const alternates = [
      ...versions.map(
        ([lang, path]) => `<xhtml:link rel="alternate" hreflang="${lang}" href="${url(path)}"/>`,
      ),
      ...(versions[0]
        ? [`<xhtml:link rel="alternate" hreflang="x-default" href="${url(versions[0][1])}"/>`]
        : []),
    ];
    return versions.map(([, path]) => `<url><loc>${url(path)}</loc>${alternates.join('')}</url>`);
  });
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">',
    ...entries,
    '</urlset>',
  ].join('\n');
}
