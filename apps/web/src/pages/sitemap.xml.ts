import type { APIRoute } from 'astro';
import { getSiteContent } from '../lib/content.js';
import { sitemapXml } from '../lib/sitemap.js';

/** `/sitemap.xml`: every public page in every language, with hreflang alternates. */
export const GET: APIRoute = async () =>
  new Response(sitemapXml(await getSiteContent()), {
    headers: { 'content-type': 'application/xml; charset=utf-8' },
  });
