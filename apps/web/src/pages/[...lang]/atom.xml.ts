import type { APIRoute } from 'astro';
import { getSiteContent } from '../../lib/content.js';
import { atomFeed } from '../../lib/feeds.js';
import type { Lang } from '../../lib/languages.js';
import { languageRoutes } from '../../lib/paths.js';

export const getStaticPaths = languageRoutes;

/** `/atom.xml`, `/en/atom.xml`. */
export const GET: APIRoute<{ lang: Lang }> = async ({ props }) =>
  new Response(atomFeed(await getSiteContent(), props.lang), {
    headers: { 'content-type': 'application/atom+xml; charset=utf-8' },
  });
