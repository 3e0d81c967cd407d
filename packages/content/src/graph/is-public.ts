import type { Article } from '@marsad/schema';

/**
 * Whether readers may see an article at `now`: it is published (or retracted, which stays readable
 * with its notice), its publication time has come, and no embargo holds it back. Drafts and articles
 * in review are never public. Every public surface (site, feeds, API, search) asks this one function.
 */
export function isPublic(
  article: Pick<Article, 'status' | 'published' | 'embargo'>,
  now: Date = new Date(),
): boolean {
  if (article.status !== 'published' && article.status !== 'retracted') return false;
  const time = now.getTime();
  if (article.published === undefined || Date.parse(article.published) > time) return false;
  return article.embargo === undefined || Date.parse(article.embargo) <= time;
}
