import { describe, expect, it } from 'vitest';
import { parseQuery, wordMatcher } from './search-query.js';
import { cutSnippet, SNIPPET_WORDS, snippetHtml } from './snippet.js';

const marked = (snippet: { text: string; highlights: [number, number][] }) =>
  snippet.highlights.map(([start, end]) => snippet.text.slice(start, end));

describe('cutSnippet', () => {
  it('marks the original words, harakat and hamza included, that match a folded query', () => {
    const snippet = cutSnippet(
      'انسحاب القوّات الأمريكيّة من العراق',
      wordMatcher(parseQuery('الامريكيه قوات')),
    );
    expect(snippet.text).toBe('انسحاب القوّات الأمريكيّة من العراق');
    expect(marked(snippet)).toEqual(['القوّات', 'الأمريكيّة']);
  });

  it('cuts a long text around the matches, with ellipses where it was cut', () => {
    const filler = (word: string, count: number) => Array.from({ length: count }, () => word).join(' ');
    const text = `${filler('قبل', 60)} قصفت القوات الأمريكية مقراً ${filler('بعد', 60)}`;
    const snippet = cutSnippet(text, wordMatcher(parseQuery('قوات')));
    expect(snippet.text.startsWith('… قبل قبل قبل قصفت القوات')).toBe(true);
    expect(snippet.text.endsWith(' …')).toBe(true);
    expect(snippet.text.split(' ').filter((word) => word !== '…')).toHaveLength(SNIPPET_WORDS);
    expect(marked(snippet)).toEqual(['القوات']);
  });

  it('prefers the passage that shows more of the query words', () => {
    const gap = Array.from({ length: 40 }, () => 'نص').join(' ');
    const text = `القوات وحدها ${gap} القوات الأمريكية معاً ${gap}`;
    const snippet = cutSnippet(text, wordMatcher(parseQuery('قوات الامريكيه')));
    expect(marked(snippet)).toEqual(['القوات', 'الأمريكية']);
    expect(snippet.text.startsWith('… ')).toBe(true);
  });

  it('shows the start of the text, unmarked, when no word of it matches', () => {
    expect(cutSnippet('Prime Minister of Iraq', wordMatcher(parseQuery('sudani')))).toEqual({
      text: 'Prime Minister of Iraq',
      highlights: [],
    });
    expect(cutSnippet('', wordMatcher(parseQuery('sudani')))).toEqual({ text: '', highlights: [] });
  });
});

describe('snippetHtml', () => {
  it('escapes the text and wraps highlights in <mark>', () => {
    const snippet = cutSnippet('<b>Sudani</b> & "al-Sudani"', wordMatcher(parseQuery('sudani')));
    expect(snippetHtml(snippet)).toBe(
      '&lt;b&gt;<mark>Sudani</mark>&lt;/b&gt; &amp; &quot;<mark>al-Sudani</mark>&quot;',
    );
  });
});
