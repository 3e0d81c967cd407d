import { beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../test/content-fixture.js';
import { loadSiteContent, type SiteContent } from './content.js';
import { dateHtml, entityLinkHtml, eventItemHtml, nameHtml } from './entity-html.js';

let site: SiteContent;
beforeAll(async () => {
  site = await loadSiteContent({ root: REPO_ROOT });
});

describe('entity markup', () => {
  it('isolates a name, marking its language only when it is not the page’s, and escapes it', () => {
    expect(nameHtml({ text: 'Kata’ib <Hezbollah> & co', lang: 'ar' }, 'ar')).toBe(
      '<bdi>Kata’ib &lt;Hezbollah&gt; &amp; co</bdi>',
    );
    expect(nameHtml({ text: 'IRGC', lang: 'en' }, 'ar')).toBe('<bdi lang="en" dir="ltr">IRGC</bdi>');
  });

  it('writes a date in words with its machine-readable value, or as written when it has none', () => {
    expect(dateHtml('2024-01-04', 'en')).toBe('<time datetime="2024-01-04">4 January 2024</time>');
    expect(dateHtml('not a date', 'en')).toBe('<span>not a date</span>');
  });

  it('links an entity that has a page and leaves an unknown id as text', () => {
    expect(entityLinkHtml(site, 'place', 'iraq', 'en')).toBe(
      '<a href="/en/places/iraq/"><bdi>Iraq</bdi></a>',
    );
    expect(entityLinkHtml(site, 'actor', 'nobody-here', 'en')).toBe('<bdi>nobody-here</bdi>');
  });

  it('writes an event list item with its date, kind and linked title', () => {
    const event = site.event('brigade-12-strike')!;
    const item = eventItemHtml(site, event, 'en');
    expect(item).toMatch(
      /^<li><span class="entry-meta"><time datetime="2024-01-04">4 January 2024<\/time> · [^<]+<\/span><br><a href="\/en\/events\/brigade-12-strike\/"><bdi>[^<]+<\/bdi><\/a><\/li>$/,
    );
    expect(eventItemHtml(site, event, 'ar')).toContain('href="/events/brigade-12-strike/"');
  });
});
