import { describe, expect, it } from 'vitest';
import { htmlToMarkdown } from './html-to-markdown.js';

describe('htmlToMarkdown', () => {
  it('keeps headings, paragraphs, emphasis, lists, quotes, tables and web links', () => {
    const html =
      '<h2>قسم</h2><p>نص <em>مائل</em> و<strong>عريض</strong> و<a href="https://example.org" title="t">رابط</a></p>' +
      '<ol><li>أول</li></ol><blockquote><p>اقتباس</p></blockquote>' +
      '<table><tr><th>a</th></tr><tr><td>1</td></tr></table>';
    expect(htmlToMarkdown(html)).toBe(
      '## قسم\n\nنص *مائل* و**عريض** و[رابط](https://example.org "t")\n\n1. أول\n\n> اقتباس\n\n| a |\n| - |\n| 1 |\n',
    );
  });

  it('drops scripts, styles, frames, forms, navigation and the head with their content', () => {
    const html =
      '<html><head><title>Site</title><style>p{}</style></head><body><nav>Menu</nav><script>alert(1)</script>' +
      '<iframe src="https://x">frame</iframe><form><button>Send</button></form><p>النص</p></body></html>';
    expect(htmlToMarkdown(html)).toBe('النص\n');
  });

  it('keeps the text of links that are not http(s), and no attribute but href and title', () => {
    const html =
      '<p onclick="x()" style="color:red"><a href="javascript:alert(1)">أ</a> <a href="/local">ب</a> <a href="mailto:a@b.c">ج</a></p>';
    expect(htmlToMarkdown(html)).toBe('أ ب ج\n');
  });

  it('takes only the article or main element of a page', () => {
    expect(
      htmlToMarkdown('<body><header>Brand</header><main><p>المقال</p></main><footer>©</footer></body>'),
    ).toBe('المقال\n');
  });
});
