import type { APIRoute } from 'astro';
import { getSiteContent } from '../../lib/content.js';
import { rssFeed } from '../../lib/feeds.js';
import { LANGUAGES, type Lang } from '../../lib/languages.js';
import { langParam } from '../../lib/paths.js';

export function getStaticPaths() {
  return LANGUAGES.map((lang) => ({ params: { lang: langParam(lang) }, props: { lang } }));
}

/** `/rss.xml`, `/en/rss.xml`. */
export const GET: APIRoute<{ lang: Lang }> = async ({ props }) =>
  new Response(rssFeed(await getSiteContent(), props.lang), {
    headers: { 'content-type': 'application/rss+xml; charset=utf-8' },
  });
