import type { PageKind } from '@marsad/content';
import { DEFAULT_LANGUAGE, LANGUAGES, type Lang } from './languages.js';

const folderOf: Record<PageKind, string> = {
  article: 'articles',
  actor: 'actors',
  event: 'events',
  place: 'places',
};

/**
 * The site path of a page in `lang`: the default language at the root, the others under their
 * prefix, always with a trailing slash (`/actors/al-sudani/`, `/en/actors/al-sudani/`).
 */
export function pagePath(lang: Lang, ...segments: (string | number)[]): string {
  const parts = [...(lang === DEFAULT_LANGUAGE ? [] : [lang]), ...segments.map(String)];
  return parts.length === 0 ? '/' : `/${parts.map(encodeURIComponent).join('/')}/`;
}

/** A file at the site path of `lang` (`/rss.xml`, `/en/rss.xml`): no trailing slash. */
export function filePath(lang: Lang, name: string): string {
  return lang === DEFAULT_LANGUAGE ? `/${name}` : `/${lang}/${name}`;
}

/** The page of an entity in `lang`. */
export function entityPath(kind: PageKind, id: string, lang: Lang): string {
  return pagePath(lang, folderOf[kind], id);
}

/** The list page of a kind in `lang` (`/events/`), or its `page`-th page when paginated. */
export function listPath(kind: PageKind, lang: Lang, page = 1): string {
  return page <= 1 ? pagePath(lang, folderOf[kind]) : pagePath(lang, folderOf[kind], 'page', page);
}

/** The navigation entry a page belongs to. */
export type Section = 'articles' | 'actors' | 'events' | 'places' | 'timeline' | 'network' | 'search';

/** The `[...lang]` route parameter of a language: undefined for the root language. */
export function langParam(lang: Lang): string | undefined {
  return lang === DEFAULT_LANGUAGE ? undefined : lang;
}

/** The static paths of a route built once per language, under its `[...lang]` prefix. */
export function languageRoutes(): { params: { lang: string | undefined }; props: { lang: Lang } }[] {
  return LANGUAGES.map((lang) => ({ params: { lang: langParam(lang) }, props: { lang } }));
}

/** The path of a page in every language: its language versions, when the page exists in all of them. */
export function inEveryLanguage(pathOf: (lang: Lang) => string): Record<Lang, string> {
  return Object.fromEntries(LANGUAGES.map((lang) => [lang, pathOf(lang)])) as Record<Lang, string>;
}

/** An absolute URL on the site for a site path. */
export function absoluteUrl(baseUrl: string, path: string): string {
  return new URL(path, baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`).href;
}
