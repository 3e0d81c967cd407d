import { describe, expect, it } from 'vitest';
import { renderMarkdown } from './render-markdown.js';
import { slugify } from './slug.js';

const links = {
  actor: new Set(['al-sudani']),
  event: new Set(['brigade-12-strike']),
  place: new Set<string>(),
  author: new Set<string>(),
};
const linkFor = (kind: keyof typeof links, id: string) =>
  links[kind].has(id) ? `/${kind}s/${id}/` : undefined;
const render = (markdown: string) => renderMarkdown(markdown, { linkFor, lang: 'ar' });

describe('renderMarkdown', () => {
  it('links mentions to their pages, keeping the label the reader sees', () => {
    const { html } = render('أعلن :actor[رئيس الوزراء **محمد شياع السوداني**]{#al-sudani} تشكيل لجنة.');
    expect(html).toContain(
      '<a href="/actors/al-sudani/" class="mention mention-actor" data-kind="actor" data-id="al-sudani">رئيس الوزراء <strong>محمد شياع السوداني</strong></a>',
    );
  });

  it('renders a mention of an entry without a page as its plain text', () => {
    const { html } = render('قصف :place[بغداد]{#baghdad} ثم :event[الضربة]{#brigade-12-strike}.');
    expect(html).toContain('قصف بغداد ثم <a href="/events/brigade-12-strike/"');
    expect(html).not.toContain('baghdad');
  });

  it('turns an unknown directive back into the text written', () => {
    expect(render('الساعة :note[مهم] هنا').html).toContain(':note[مهم]');
  });

  it('drops raw HTML, scripts and javascript: links', () => {
    const { html } = render(
      '<script>alert(1)</script>\n\n<img src=x onerror="alert(1)">\n\n[click](javascript:alert(1)) and :actor[x]{#al-sudani onclick="alert(1)" href="javascript:alert(1)"}',
    );
    expect(html).not.toMatch(/<script|onerror|onclick|javascript:/i);
    expect(html).toContain('<a href="/actors/al-sudani/"');
  });

  it('gives Arabic headings readable, unique anchors and lists them', () => {
    const { html, toc } = render('## الموقف الأمريكي\n\nنص\n\n## الموقف الأمريكي\n\n### خلفيّة: الحشد');
    expect(toc).toEqual([
      { depth: 2, text: 'الموقف الأمريكي', slug: 'الموقف-الامريكي' },
      { depth: 2, text: 'الموقف الأمريكي', slug: 'الموقف-الامريكي-1' },
      { depth: 3, text: 'خلفيّة: الحشد', slug: 'خلفيه-الحشد' },
    ]);
    expect(html).toContain('<h2 id="الموقف-الامريكي">');
  });

  it('renders GFM footnotes with an Arabic label', () => {
    const { html, toc } = render('نص[^1]\n\n[^1]: المصدر.');
    expect(html).toContain('الهوامش');
    expect(toc, 'the generated footnotes heading is not part of the contents').toEqual([]);
    expect(html).toMatch(/<a href="#user-content-fn-1" id="user-content-fnref-1"/);
  });
});

describe('slugify', () => {
  it('folds harakat and hamza forms so the same heading links the same way', () => {
    expect(slugify('الأمريكيّة')).toBe(slugify('الامريكيه'));
    expect(slugify('Iraq & the US')).toBe('iraq-the-us');
  });
});
