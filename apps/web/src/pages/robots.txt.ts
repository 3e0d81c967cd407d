import type { APIRoute } from 'astro';
import { getSiteContent } from '../lib/content.js';
import { absoluteUrl } from '../lib/paths.js';

/** `/robots.txt`: everything may be crawled; the sitemap lists the pages. */
export const GET: APIRoute = async () => {
  const site = await getSiteContent();
  return new Response(
    `User-agent: *\nAllow: /\n\nSitemap: ${absoluteUrl(site.config.baseUrl, '/sitemap.xml')}\n`,
    {
      headers: { 'content-type': 'text/plain; charset=utf-8' },
    },
  );
};
