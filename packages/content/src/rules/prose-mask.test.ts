import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MASK, proseOf } from './prose-mask.js';

/** The words left in the prose, in order. */
const words = (markdown: string) =>
  proseOf(markdown)
    .split(/[\s\u0000]+/)
    .filter(Boolean);

describe('proseOf', () => {
  it('keeps paragraphs, headings, lists, tables and emphasis as written', () => {
    const markdown = '## عنوان\n\n- قال **السوداني**\n\n| a | b |\n|---|---|\n| x | y |\n';
    expect(proseOf(markdown)).toBe(markdown);
  });

  it('masks directives with their labels and attributes, leaving the text around them', () => {
    expect(words('أعلن :actor[حكومة السوداني]{#iraqi-government} اليوم')).toEqual(['أعلن', 'اليوم']);
    expect(words('::place[بغداد]{#baghdad}\n\nبعدها')).toEqual(['بعدها']);
    expect(words(':actor[a [nested] label]{#x} after')).toEqual(['after']);
  });

  it('reads a colon as remark-directive does: after a colon, or before a non-letter, it starts nothing', () => {
    expect(words('at 10:30, see https:: and a::b or x::y[z]')).toEqual([
      'at',
      '10:30,',
      'see',
      'https::',
      'and',
      'a::b',
      'or',
      'x::y[z]',
    ]);
    expect(words('note:actor[label] after')).toEqual(['note', 'after']);
    expect(words('  :::note[title]\ninside\n:::')).toEqual(['inside', ':::']);
  });

  it('masks links, images, footnote references and defined shortcut links, not plain brackets', () => {
    expect(words('راجع [مقابلة السوداني](https://example.com/x "t") الآن')).toEqual(['راجع', 'الآن']);
    expect(words('![صورة السوداني](a.png) و[نص][ref] و[مرجع] و[قوسان]\n\n[مرجع]: https://a.example')).toEqual(
      ['و', 'و', 'و[قوسان]'],
    );
    expect(words('قال ذلك[^1].')).toEqual(['قال', 'ذلك', '.']);
    expect(words('\\[not a link](x)')).toEqual(['\\[not', 'a', 'link](x)']);
  });

  it('masks inline code with any backtick run, and leaves an unmatched run as text', () => {
    expect(words('a `السوداني` b ``x ` y`` c')).toEqual(['a', 'b', 'c']);
    expect(words('a ` b\n\nc `')).toEqual(['a', '`', 'b', 'c', '`']);
  });

  it('masks fenced code (also unclosed) and indented code, but not indented list continuations', () => {
    expect(words('before\n```md\n:actor[x]{#y} السوداني\n```\nafter')).toEqual(['before', 'after']);
    expect(words('before\n~~~~\nالسوداني\n~~~\n~~~~\nafter')).toEqual(['before', 'after']);
    expect(words('before\n```\nالسوداني\nnever closed')).toEqual(['before']);
    expect(words('para\n\n    code line\n    more\n\nafter')).toEqual(['para', 'after']);
    expect(words('- item\n\n    continued item\n\nafter')).toEqual([
      '-',
      'item',
      'continued',
      'item',
      'after',
    ]);
    expect(words('para\n    lazy continuation')).toEqual(['para', 'lazy', 'continuation']);
  });

  it('masks footnote definitions with their continuation lines, and link definitions', () => {
    const markdown =
      'text\n\n[^1]: مقابلة مع السوداني\n    continued\nlazy line\n\n    indented part\n\nafter';
    expect(words(markdown)).toEqual(['text', 'after']);
    expect(words('[ref]: https://example.com "السوداني"\nafter')).toEqual(['after']);
  });

  it('masks HTML comments, tags, autolinks and bare URLs, keeping the text between tags', () => {
    expect(words('<!-- السوداني\nقال --> a <b class="x">bold</b> <https://x.example/a> b')).toEqual([
      'a',
      'bold',
      'b',
    ]);
    expect(words('see https://example.com/السوداني and www.example.com/x.')).toEqual(['see', 'and']);
  });

  it('keeps every offset: same length, and every character is the original or the mask', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.constantFrom(
            'السوداني',
            ' ',
            '\n',
            '\r\n',
            '`',
            '```',
            ':actor',
            '[',
            ']',
            '(',
            ')',
            '{#x}',
            '^',
            '<',
            '>',
            'https://',
            '    ',
            '- ',
            '\\',
          ),
          { maxLength: 60 },
        ),
        (parts) => {
          const markdown = parts.join('');
          const prose = proseOf(markdown);
          expect(prose.length).toBe(markdown.length);
          for (let i = 0; i < prose.length; i++) expect([markdown[i], MASK]).toContain(prose[i]);
        },
      ),
    );
  });
});
