import { readdir } from 'node:fs/promises';
import { isMostlyArabic } from '@marsad/arabic';
import type { ContentGraph } from '@marsad/content';
import { suggestId } from './suggest-id.js';

/**
 * The id of a draft with no `--id`: the title's words when it is written in Latin letters
 * (`the-coalitions-exit-from-iraq`), else `import-<yyyy-mm-dd>` (UTC). An id is an article's address
 * for good, and a romanised Arabic title without its vowels makes a poor one: the editor picks it.
 */
export function defaultDraftId(title: string, today: Date): string {
  const fromTitle = isMostlyArabic(title) ? undefined : suggestId(title);
  return fromTitle ?? `import-${today.toISOString().slice(0, 10)}`;
}

/**
 * The file of an existing article with this id, in any language, or `undefined`: one in the graph, or a
 * file named `<id>.<lang>.md` in the articles folder (an article that fails validation is not in the graph).
 */
export async function existingArticle(
  id: string,
  graph: ContentGraph,
  articlesDir: string,
): Promise<string | undefined> {
  const article = graph.article(id);
  if (article) return article.versions[article.lang]?.file ?? `articles/${id}.${article.lang}.md`;
  const names = await readdir(articlesDir).catch(() => [] as string[]);
  const file = names.find((name) => name.startsWith(`${id}.`) && name.endsWith('.md'));
  return file && `articles/${file}`;
}
