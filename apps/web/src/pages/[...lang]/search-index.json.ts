import type { APIRoute } from 'astro';
import { getSiteContent } from '../../lib/content.js';
import type { Lang } from '../../lib/languages.js';
import { languageRoutes } from '../../lib/paths.js';
import { searchDocuments } from '../../lib/search-index.js';

export const getStaticPaths = languageRoutes;

/** `/search-index.json`, `/en/search-index.json`: what the search page looks through. */
export const GET: APIRoute<{ lang: Lang }> = async ({ props }) =>
  new Response(JSON.stringify({ docs: searchDocuments(await getSiteContent(), props.lang) }), {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
