import { describe, expect, it } from 'vitest';
import { sourceSnippet } from './source-snippet.js';

/** The span of the first `word` in `line`, in the diagnostics' 1-based UTF-16 columns. */
function spanOf(line: string, word: string, lineNumber = 7) {
  const offset = line.indexOf(word);
  if (offset < 0) throw new Error(`no ${word} in ${line}`);
  return { line: lineNumber, column: offset + 1, endLine: lineNumber, endColumn: offset + 1 + word.length };
}

describe('sourceSnippet', () => {
  it('draws the line with its number and carets under a Latin span', () => {
    const line = '  - { actor: abu-taqwaa, role: victim }';
    expect(sourceSnippet(line, spanOf(line, 'abu-taqwaa', 13), { gutterWidth: 2 })).toEqual([
      ' 13 │   - { actor: abu-taqwaa, role: victim }',
      '    │              ^^^^^^^^^^',
    ]);
  });

  it('puts the caret under an Arabic word with harakat by letters, not code units, and echoes the word', () => {
    const line = '  ar: قال السُّودانيُّ اليوم';
    const [, carets] = sourceSnippet(line, spanOf(line, 'السُّودانيُّ'), { gutterWidth: 1 });
    // "  ar: " is 6 cells and "قال " 4; the word has 8 letters (and 4 marks that take no cell).
    expect(carets).toBe(`   │ ${' '.repeat(10)}${'^'.repeat(8)} «السُّودانيُّ»`);
  });

  it('counts wide characters as two cells', () => {
    const line = 'name: 中文 bad';
    const [, carets] = sourceSnippet(line, spanOf(line, 'bad'), { gutterWidth: 1 });
    expect(carets).toBe(`   │ ${' '.repeat(11)}^^^`);
  });

  it('expands tabs in the line and under it alike', () => {
    const line = 'a\tkey: val';
    const [shown, carets] = sourceSnippet(line, spanOf(line, 'val'), { gutterWidth: 1, tabWidth: 4 });
    expect(shown).toBe(' 7 │ a   key: val');
    expect(carets).toBe(`   │ ${' '.repeat(9)}^^^`);
  });

  it('underlines a span over several lines to the end of its first line', () => {
    const line = 'summary: >-';
    const span = { line: 3, column: 10, endLine: 5, endColumn: 4 };
    expect(sourceSnippet(line, span, { gutterWidth: 1 })[1]).toBe(`   │ ${' '.repeat(9)}^^`);
  });

  it('shows an empty span as one caret, also past the end of the line', () => {
    const line = 'id: x';
    expect(sourceSnippet(line, { line: 1, column: 3, endLine: 1, endColumn: 3 }, { gutterWidth: 1 })[1]).toBe(
      '   │   ^',
    );
    expect(
      sourceSnippet(line, { line: 1, column: 40, endLine: 1, endColumn: 40 }, { gutterWidth: 1 })[1],
    ).toBe(`   │ ${' '.repeat(5)}^`);
  });

  it('does not echo the span on a left-to-right line', () => {
    const line = 'date: 2024-02-30';
    expect(sourceSnippet(line, spanOf(line, '2024-02-30'), { gutterWidth: 1 })[1]).not.toContain('«');
  });

  it('cuts a long line to the terminal width around the span, the caret still under it', () => {
    const line = `${'x'.repeat(100)} target ${'y'.repeat(100)}`;
    const [shown, carets] = sourceSnippet(line, spanOf(line, 'target'), { gutterWidth: 1, columns: 40 });
    expect(shown.length).toBeLessThanOrEqual(40);
    expect(shown).toMatch(/^ 7 │ …x+ target y+…$/);
    const caret = carets.indexOf('^');
    expect(shown.slice(caret, caret + 6)).toBe('target');
    expect(carets.slice(caret)).toBe('^^^^^^');
  });

  it('never draws control characters from the content', () => {
    const line = 'title: "\u001b[31mred"';
    const [shown] = sourceSnippet(line, spanOf(line, 'red'), { gutterWidth: 1 });
    expect(shown).not.toContain('\u001b');
  });
});
