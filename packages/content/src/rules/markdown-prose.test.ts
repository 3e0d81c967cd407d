import { describe, expect, it } from 'vitest';
import { markdownProse } from './markdown-prose.js';

const words = (body: string) => markdownProse(body).text.split(/\s+/).filter(Boolean);

describe('markdownProse', () => {
  it('keeps the text of headings, paragraphs, lists, tables, emphasis, link text and mention labels', () => {
    const body = [
      '## العنوان',
      '',
      'أعلن :actor[السوداني]{#al-sudani} **تشكيل** [لجنة](https://example.org/committee).',
      '',
      '- بند',
      '',
      '| عمود |',
      '| --- |',
      '| خلية |',
    ].join('\n');
    expect(words(body)).toEqual(['العنوان', 'أعلن', 'السوداني', 'تشكيل', 'لجنة', '.', 'بند', 'عمود', 'خلية']);
  });

  it('leaves out code, inline code, HTML, footnote definitions and bare addresses', () => {
    const body = [
      'نص[^1] `inline code` <span>html</span> <https://example.org/address> www.example.org',
      '',
      '```',
      'code block',
      '```',
      '',
      '[^1]: An English citation of the source.',
    ].join('\n');
    expect(words(body)).toEqual(['نص', 'html']);
  });

  it('gives the offsets of the first text, and none for a body without prose', () => {
    const body = '\n\n```\ncode\n```\n\nالفقرة الأولى\n';
    const { first } = markdownProse(body);
    expect(first && body.slice(first.start, first.end)).toBe('الفقرة الأولى');
    expect(markdownProse('```\ncode\n```\n')).toEqual({ text: '' });
    expect(markdownProse('')).toEqual({ text: '' });
  });
});
