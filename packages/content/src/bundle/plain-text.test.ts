import { describe, expect, it } from 'vitest';
import { markdownPlainText } from './plain-text.js';

describe('markdownPlainText', () => {
  it('keeps the label of a mention and drops its directive syntax', () => {
    expect(markdownPlainText('أعلن :actor[رئيس الوزراء محمد شياع السوداني]{#al-sudani} في بغداد')).toBe(
      'أعلن رئيس الوزراء محمد شياع السوداني في بغداد',
    );
  });

  it('keeps link and image text, not their addresses', () => {
    expect(
      markdownPlainText('See [the briefing](https://example.org/a "Title") and ![a map](map.png).'),
    ).toBe('See the briefing and a map.');
    expect(markdownPlainText('A [reference link][ref].\n\n[ref]: https://example.org')).toBe(
      'A reference link.',
    );
  });

  it('drops footnote markers but keeps the citation text', () => {
    expect(markdownPlainText('القوات ستغادر[^1].\n\n[^1]: بيان وزارة الدفاع')).toBe(
      'القوات ستغادر. بيان وزارة الدفاع',
    );
  });

  it('drops heading, list, quote and emphasis markers and table pipes', () => {
    const markdown = [
      '## جذور المطالبة',
      '',
      '- **أولاً** من يملك _القرار_؟',
      '1. second `item`',
      '> quoted ~~text~~',
      '',
      '| a | b |',
      '|---|:-:|',
      '| c | d |',
      '',
      '---',
      'snake_case stays',
    ].join('\n');
    expect(markdownPlainText(markdown)).toBe(
      'جذور المطالبة أولاً من يملك القرار؟ second item quoted text a b c d snake_case stays',
    );
  });

  it('drops code blocks, HTML and comments', () => {
    const markdown =
      'before\n\n```js\nconst hidden = 1;\n```\n\n<div class="x">kept</div> <!-- gone -->\n\nafter';
    expect(markdownPlainText(markdown)).toBe('before kept after');
    expect(markdownPlainText('a\n\n~~~\nhidden\n~~~\n\nb')).toBe('a b');
  });

  it('turns backslash escapes into the character and leaves colons in prose alone', () => {
    expect(markdownPlainText('the ratio\\: 10:30 and a note: yes')).toBe('the ratio: 10:30 and a note: yes');
  });
});
