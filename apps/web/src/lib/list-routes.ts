import type { PageKind } from '@marsad/content';
import { LANGUAGES, type Lang } from './languages.js';
import { type ListPage, paginate } from './paginate.js';
import { langParam, listPath } from './paths.js';

/** Route entries of a paginated list in every language. */
export interface ListRoute<T> {
  params: { lang: string | undefined; page?: string };
  props: { lang: Lang; list: ListPage<T> };
}

/**
 * The static paths of a paginated list in every language: its first page (`which: 'first'`, served
 * at the list's own path) or the following ones (`'rest'`, served at `page/N/`), so the two route
 * files of a list share one pagination.
 */
export function listRoutes<T>(
  itemsFor: (lang: Lang) => readonly T[],
  size: number,
  which: 'first' | 'rest',
): ListRoute<T>[] {
  return LANGUAGES.flatMap((lang) =>
    paginate(itemsFor(lang), size)
      .filter((list) => (which === 'first' ? list.page === 1 : list.page > 1))
      .map((list) => ({
        params: { lang: langParam(lang), ...(which === 'rest' && { page: String(list.page) }) },
        props: { lang, list },
      })),
  );
}

/** Articles per list page. */
export const ARTICLES_PER_PAGE = 20;
/** Events per list page. */
export const EVENTS_PER_PAGE = 50;

/**
 * The same page of a list in each language that has it: page N of the Arabic list links to page N
 * of the English one only when the English list is that long.
 */
export function listVersions(
  kind: PageKind,
  page: number,
  size: number,
  countFor: (lang: Lang) => number,
): Partial<Record<Lang, string>> {
  return Object.fromEntries(
    LANGUAGES.filter((lang) => page === 1 || Math.ceil(countFor(lang) / size) >= page).map((lang) => [
      lang,
      listPath(kind, lang, page),
    ]),
  );
}
