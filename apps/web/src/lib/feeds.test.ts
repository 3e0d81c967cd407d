import { beforeAll, describe, expect, it } from 'vitest';
import { HIDDEN_ARTICLES, sampleProjectWith } from '../../test/content-fixture.js';
import { loadSiteContent, type SiteContent } from './content.js';
import { atomFeed, rssFeed } from './feeds.js';
import { sitemapPages, sitemapXml } from './sitemap.js';

const HIDDEN = ['pmf-after-the-coalition', 'embargoed-piece', 'in-review'];

let site: SiteContent;
beforeAll(async () => {
  site = await loadSiteContent({
    root: await sampleProjectWith(HIDDEN_ARTICLES),
    now: new Date('2026-01-01T00:00:00Z'),
  });
});

describe('feeds', () => {
  it('list public articles in their language, never drafts, reviews or embargoed ones', () => {
    const rss = rssFeed(site, 'ar');
    expect(rss).toContain('<link>https://marsad.example/articles/coalition-withdrawal/</link>');
    expect(rss).toContain('<language>ar</language>');
    expect(rss).toContain('<pubDate>Wed, 10 Jan 2024 07:00:00 GMT</pubDate>');
    const atom = atomFeed(site, 'en');
    expect(atom).toContain('<id>https://marsad.example/en/articles/coalition-withdrawal/</id>');
    expect(atom).toContain('xml:lang="en"');
    // The full body travels escaped inside <content type="html">.
    expect(atom).toMatch(/<content type="html">&lt;p&gt;On /);
    for (const feed of [rss, atom, rssFeed(site, 'en'), atomFeed(site, 'ar')]) {
      for (const id of HIDDEN) expect(feed).not.toContain(id);
    }
  });
});

describe('sitemap', () => {
  it('lists every public page in both languages with hreflang alternates', () => {
    const xml = sitemapXml(site);
    expect(xml).toContain('<loc>https://marsad.example/</loc>');
    expect(xml).toContain('<loc>https://marsad.example/en/actors/al-sudani/</loc>');
    expect(xml).toMatch(
      /<url><loc>https:\/\/marsad\.example\/events\/brigade-12-strike\/<\/loc><xhtml:link rel="alternate" hreflang="ar" href="https:\/\/marsad\.example\/events\/brigade-12-strike\/"\/><xhtml:link rel="alternate" hreflang="en" href="https:\/\/marsad\.example\/en\/events\/brigade-12-strike\/"\/><xhtml:link rel="alternate" hreflang="x-default"/,
    );
    for (const id of HIDDEN) expect(xml).not.toContain(id);
    const pages = sitemapPages(site);
    const pathsOf = (kind: string) =>
      pages.filter((page) => page.ar?.startsWith(`/${kind}/`) && page.ar.split('/').length === 4);
    expect(pathsOf('actors')).toHaveLength(site.actors().length);
    expect(pathsOf('places')).toHaveLength(site.places().length);
  });
});
