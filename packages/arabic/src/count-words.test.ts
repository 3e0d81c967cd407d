import { describe, expect, it } from 'vitest';
import { countWords } from './count-words.js';

describe('countWords', () => {
  it('counts Arabic words with their clitics as one word', () => {
    expect(countWords('وأعلن السوداني، بالأمس، أن القوات ستنسحب')).toBe(6);
  });

  it('counts Latin, hyphenated names and numbers', () => {
    expect(countWords('Sudani met al-Sudani in 2024 at Ain al-Asad')).toBe(8);
  });

  it('ignores Markdown punctuation, link destinations and directive attributes', () => {
    const body = [
      '## العنوان',
      '',
      '> أعلن :actor[رئيس الوزراء]{#al-sudani} **تشكيل** لجنة[^1].',
      '',
      '- انظر [التقرير](https://example.org/report-2024) و<https://example.org/x>',
      '',
      '[^1]: المصدر.',
    ].join('\n');
    // العنوان / أعلن رئيس الوزراء تشكيل لجنة / انظر التقرير و / المصدر
    expect(countWords(body)).toBe(10);
  });

  it('ignores HTML comments and tags but counts their text', () => {
    expect(
      countWords('<!-- note for editors --><abbr title="Popular Mobilization Forces">PMF</abbr> قالت'),
    ).toBe(2);
  });

  it('counts zero words in text without letters or digits', () => {
    expect(countWords('')).toBe(0);
    expect(countWords('*** --- ،؛')).toBe(0);
  });
});
