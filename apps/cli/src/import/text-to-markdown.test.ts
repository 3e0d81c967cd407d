import { describe, expect, it } from 'vitest';
import { textToMarkdown } from './text-to-markdown.js';

const long = (word: string) => `${word} `.repeat(30).trim();

describe('textToMarkdown', () => {
  it('makes every line a paragraph when lines are long, as pasted from a web page', () => {
    const text = `${long('أولاً')}.\n${long('ثانياً')}.\n\n${long('ثالثاً')}.\n`;
    expect(textToMarkdown(text)).toBe(`${long('أولاً')}.\n\n${long('ثانياً')}.\n\n${long('ثالثاً')}.\n`);
  });

  it('joins lines wrapped by hand up to each blank line', () => {
    expect(textToMarkdown('one line\nand its next.\n\nA second paragraph.\n')).toBe(
      'one line and its next.\n\nA second paragraph.\n',
    );
  });

  it('reads a short first line as the title and a short unpunctuated line before a paragraph as a heading', () => {
    const text = `خروج التحالف\n${long('تمهيد')}.\nالتحليل الاستراتيجي\n${long('نص')}.\nخاتمة.\n`;
    expect(textToMarkdown(text)).toBe(
      `# خروج التحالف\n\n${long('تمهيد')}.\n\n## التحليل الاستراتيجي\n\n${long('نص')}.\n\nخاتمة.\n`,
    );
  });

  it('escapes what Markdown would read as markup or as a mention', () => {
    expect(textToMarkdown(`${long('x')}.\n* not a list.\nnote:actor[x]{#y} <b> and more.\n`)).toBe(
      `${long('x')}.\n\n\\* not a list.\n\nnote\\:actor\\[x]{#y} \\<b> and more.\n`,
    );
  });
});
