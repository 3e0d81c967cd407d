import { beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../test/content-fixture.js';
import {
  addMentionCards,
  demoteHeadings,
  labelFootnoteBackrefs,
  renderActorProfile,
  renderArticleBody,
} from './article-body.js';
import { loadSiteContent, type SiteContent } from './content.js';

let site: SiteContent;
beforeAll(async () => {
  site = await loadSiteContent({ root: REPO_ROOT });
});

describe('renderActorProfile', () => {
  it("nests the profile's headings under the page's profile heading", () => {
    const html = renderActorProfile(site, site.actor('abu-mahdi-al-muhandis')!, 'ar')!;
    expect(html).toMatch(/<h3 id="[^"]+">الملف<\/h3>/);
    expect(html).not.toMatch(/<\/?h2\b/);
  });

  it('moves every heading level down by one, h6 staying h6, and leaves other tags alone', () => {
    expect(demoteHeadings('<h1 id="a">A</h1><h2>B</h2><h6>C</h6><hr><header>x</header>')).toBe(
      '<h2 id="a">A</h2><h3>B</h3><h6>C</h6><hr><header>x</header>',
    );
  });
});

describe('renderArticleBody', () => {
  it('links mentions to pages in the page language, each with a card', () => {
    const article = site.article('coalition-withdrawal')!;
    const ar = renderArticleBody(site, article, 'ar')!;
    expect(ar.html).toContain('href="/actors/al-sudani/"');
    const card =
      /<a href="\/actors\/al-sudani\/"[^>]*aria-describedby="(mention-card-\d+)"[^>]*>[\s\S]*?<\/a><span class="mention-card" role="tooltip" id="\1">([\s\S]*?)<\/span><\/span>/.exec(
        ar.html,
      );
    expect(card, 'al-sudani mention with its card').not.toBeNull();
    expect(card![2]).toContain('شخص');
    expect(card![2]).toContain('محمد شياع السوداني');

    const en = renderArticleBody(site, article, 'en')!;
    expect(en.html).toContain('href="/en/actors/al-sudani/"');
    expect(en.html).not.toContain('href="/actors/');
  });

  it('gives Arabic headings Arabic anchors and counts reading time', () => {
    const rendered = renderArticleBody(site, site.article('coalition-withdrawal')!, 'ar')!;
    const first = rendered.toc[0]!;
    expect(first.text).toBe('جذور المطالبة: من المطار إلى البرلمان');
    expect(first.slug).toMatch(/^[\p{Script=Arabic}-]+$/u);
    expect(rendered.html).toContain(`id="${first.slug}"`);
    expect(rendered.readingTime.minutes).toBeGreaterThan(1);
  });

  it('renders each article version once per build', () => {
    const article = site.article('coalition-withdrawal')!;
    expect(renderArticleBody(site, article, 'ar')).toBe(renderArticleBody(site, article, 'ar'));
    expect(renderArticleBody(site, article, 'ar')).not.toBe(renderArticleBody(site, article, 'en'));
  });
});

describe('addMentionCards', () => {
  it('numbers cards, escapes content and leaves mentions of unknown entities plain', () => {
    const html =
      '<p><a href="/places/baghdad/" class="mention mention-place" data-kind="place" data-id="baghdad">بغداد</a> و' +
      '<a href="/actors/ghost/" class="mention mention-actor" data-kind="actor" data-id="ghost">شبح</a> و' +
      '<a href="/places/iraq/" class="mention mention-place" data-kind="place" data-id="iraq">العراق</a></p>';
    const out = addMentionCards(html, site, 'en');
    expect(out).toContain('aria-describedby="mention-card-1">بغداد</a>');
    expect(out).toContain('aria-describedby="mention-card-2">العراق</a>');
    expect(out).toContain('data-id="ghost">شبح</a> و');
    // Baghdad's card in English names it and the country it is within.
    expect(out).toMatch(/id="mention-card-1"><span class="mention-card-name">Baghdad<\/span>/);
    expect(out).toContain('Iraq');
  });
});

describe('labelFootnoteBackrefs', () => {
  it('names back-links in the page language, with the number of a repeated reference', () => {
    const html =
      '<a href="#user-content-fnref-2" data-footnote-backref="" aria-label="Back to content" class="data-footnote-backref">↩</a>' +
      '<a href="#user-content-fnref-2-2" data-footnote-backref="" aria-label="Back to content" class="data-footnote-backref">↩<sup>2</sup></a>';
    const out = labelFootnoteBackrefs(html, 'ar');
    expect(out).toContain('aria-label="العودة إلى موضع الإحالة" class="data-footnote-backref">↩</a>');
    expect(out).toContain(
      'aria-label="العودة إلى موضع الإحالة 2" class="data-footnote-backref">↩<sup>2</sup></a>',
    );
    expect(out).not.toContain('Back to content');
  });

  it('is applied to rendered articles', () => {
    const en = renderArticleBody(site, site.article('coalition-withdrawal')!, 'en')!;
    expect(en.html).toContain('aria-label="Back to reference 2"');
    expect(en.html).not.toContain('Back to content');
  });
});
