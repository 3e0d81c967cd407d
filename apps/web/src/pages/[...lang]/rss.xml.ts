import type { APIRoute } from 'astro';
import { getSiteContent } from '../../lib/content.js';
import { rssFeed } from '../../lib/feeds.js';
import type { Lang } from '../../lib/languages.js';
import { languageRoutes } from '../../lib/paths.js';

export const getStaticPaths = languageRoutes;

/** `/rss.xml`, `/en/rss.xml`. */
export const GET: APIRoute<{ lang: Lang }> = async ({ props }) =>
  new Response(rssFeed(await getSiteContent(), props.lang), {
    headers: { 'content-type': 'application/rss+xml; charset=utf-8' },
  });
