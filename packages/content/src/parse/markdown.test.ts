import { describe, expect, it } from 'vitest';
import { parseMarkdownFile } from './markdown.js';

const ARTICLE = [
  '---', // 1
  'title: خروج التحالف', // 2
  'summary: تقدير موقف', // 3
  '---', // 4
  '', // 5
  '# المقدمة', // 6
  '', // 7
  'أعلن :actor[رئيس الوزراء]{#al-sudani} في :event[الخامس من يناير]{#bilateral-committee-announced} تشكيل لجنة.', // 8
  '', // 9
  '## Background :place[Baghdad]{#baghdad}', // 10
  '', // 11
  'Inline `:actor[not a mention]{#x}` code.', // 12
  '', // 13
  '```', // 14
  ':actor[also not]{#y}', // 15
  '```', // 16
  '', // 17
  '    :actor[indented code]{#z}', // 18
  '',
].join('\n');

describe('parseMarkdownFile', () => {
  const parsed = parseMarkdownFile(ARTICLE, { file: 'articles/coalition-withdrawal.ar.md' });

  it('parses the frontmatter and locates its keys in the file lines', () => {
    expect(parsed.diagnostics).toEqual([]);
    expect(parsed.frontmatter).toEqual({ title: 'خروج التحالف', summary: 'تقدير موقف' });
    expect(parsed.locator.locate(['summary'], 'value')).toEqual({
      line: 3,
      column: 10,
      endLine: 3,
      endColumn: 20,
    });
    expect(parsed.locator.locate(['authors'], 'key')).toMatchObject({ line: 2, column: 1 });
  });

  it('returns the body after the frontmatter and where it starts', () => {
    expect(parsed.bodyStart).toEqual({ line: 5, column: 1 });
    expect(parsed.body.startsWith('\n# المقدمة')).toBe(true);
  });

  it('collects mentions with kind, id, label and range, and none from code', () => {
    expect(parsed.mentions.map(({ kind, id, label }) => [kind, id, label])).toEqual([
      ['actor', 'al-sudani', 'رئيس الوزراء'],
      ['event', 'bilateral-committee-announced', 'الخامس من يناير'],
      ['place', 'baghdad', 'Baghdad'],
    ]);
    expect(parsed.mentions[0]?.range).toEqual({ line: 8, column: 6, endLine: 8, endColumn: 38 });
    expect(parsed.mentions[2]?.range).toMatchObject({ line: 10, column: 15 });
  });

  it('collects headings with depth, text and line', () => {
    expect(parsed.headings).toEqual([
      { depth: 1, text: 'المقدمة', line: 6 },
      { depth: 2, text: 'Background Baghdad', line: 10 },
    ]);
  });

  it('reports a mention without an id and keeps it', () => {
    const result = parseMarkdownFile('---\ntitle: x\n---\nsee :actor[السوداني] here\n', { file: 'a.md' });
    expect(result.mentions).toEqual([
      {
        kind: 'actor',
        id: undefined,
        label: 'السوداني',
        range: { line: 4, column: 5, endLine: 4, endColumn: 21 },
      },
    ]);
    expect(result.diagnostics.map((d) => [d.ruleId, d.severity, d.line, d.column])).toEqual([
      ['mention/missing-id', 'error', 4, 5],
    ]);
  });

  it('warns about an unknown directive, suggesting the closest mention kind', () => {
    const result = parseMarkdownFile('---\ntitle: x\n---\nsee :acter[x]{#y} and\n\n::plase{#baghdad}\n', {
      file: 'a.md',
    });
    expect(result.mentions).toEqual([]);
    expect(result.diagnostics.map((d) => [d.ruleId, d.severity, d.line, d.column, d.suggestions])).toEqual([
      ['mention/unknown-directive', 'warning', 4, 5, [':actor']],
      ['mention/unknown-directive', 'warning', 6, 1, [':place']],
    ]);
    expect(result.diagnostics[0]?.message).toContain('did you mean ":actor"');
  });

  it('points a container directive warning at its first line only', () => {
    const result = parseMarkdownFile('---\ntitle: x\n---\n:::actor{#x}\nbody\n:::\n', { file: 'a.md' });
    expect(result.diagnostics.map((d) => [d.ruleId, d.line, d.endLine, d.suggestions])).toEqual([
      ['mention/unknown-directive', 4, 4, [':actor']],
    ]);
  });

  it('reports a frontmatter that is never closed at line 1', () => {
    const result = parseMarkdownFile('---\ntitle: x\n\nBody :actor[a]{#b}\n', { file: 'a.md' });
    expect(result.frontmatter).toBeUndefined();
    expect(result.diagnostics.map((d) => [d.ruleId, d.line, d.column, d.endColumn])).toEqual([
      ['yaml/syntax', 1, 1, 4],
    ]);
    expect(result.diagnostics[0]?.message).toContain('"---"');
    expect(result.mentions).toHaveLength(1);
  });

  it('reports a missing frontmatter', () => {
    const result = parseMarkdownFile('# Title\n\ntext\n', { file: 'a.md' });
    expect(result.frontmatter).toBeUndefined();
    expect(result.diagnostics.map((d) => [d.ruleId, d.line, d.column])).toEqual([
      ['frontmatter/missing', 1, 1],
    ]);
    expect(result.body).toBe('# Title\n\ntext\n');
    expect(result.bodyStart).toEqual({ line: 1, column: 1 });
  });

  it('reports frontmatter YAML errors in the lines of the file', () => {
    const result = parseMarkdownFile('---\ntitle: x\ntitle: y\n---\n', { file: 'a.md' });
    expect(result.diagnostics.map((d) => [d.ruleId, d.line, d.column, d.cause?.line])).toEqual([
      ['yaml/duplicate-key', 3, 1, 2],
    ]);
  });

  it('keeps editor columns in CRLF files', () => {
    const text = '---\r\ntitle: x\r\nsummary: y\r\n---\r\n\r\nقال\t:actor[السوداني]{#al-sudani}\r\n';
    const result = parseMarkdownFile(text, { file: 'a.md' });
    expect(result.locator.locate(['summary'], 'value')).toEqual({
      line: 3,
      column: 10,
      endLine: 3,
      endColumn: 11,
    });
    expect(result.mentions[0]?.range).toEqual({ line: 6, column: 5, endLine: 6, endColumn: 33 });
    expect(result.bodyStart).toEqual({ line: 5, column: 1 });
  });

  it('finds the frontmatter after a byte order mark, keeping offsets in the text as given', () => {
    const result = parseMarkdownFile('\ufeff---\ntitle: x\n---\nنص :actor[أ]{#a}\n', { file: 'a.md' });
    expect(result.diagnostics).toEqual([]);
    expect(result.frontmatter).toEqual({ title: 'x' });
    expect(result.mentions[0]?.range).toEqual({ line: 4, column: 4, endLine: 4, endColumn: 17 });
  });

  it('closes the frontmatter at a "..." line too', () => {
    const result = parseMarkdownFile('---\ntitle: x\n...\nنص :actor[أ]{#a}\n', { file: 'a.md' });
    expect(result.diagnostics).toEqual([]);
    expect(result.frontmatter).toEqual({ title: 'x' });
    expect(result.bodyStart).toEqual({ line: 4, column: 1 });
    expect(result.mentions[0]?.range).toEqual({ line: 4, column: 4, endLine: 4, endColumn: 17 });
  });

  it('gives the prose of the body: same length and lines, labels and code hidden', () => {
    expect(parsed.prose).toHaveLength(parsed.body.length);
    const lines = parsed.prose.split('\n').map((line) => line.trim().replace(/\s+/g, ' '));
    expect(lines[1]).toBe('المقدمة');
    expect(lines[3]).toBe('أعلن في تشكيل لجنة.');
    expect(lines[5]).toBe('Background');
    expect(lines.slice(7).join('')).toBe('Inline code.');
  });

  it('falls back to remark for a body the scanner is unsure of, with the same positions', () => {
    const text = '---\ntitle: x\n---\n<div>\n\n:acter[x]{#y}\n</div>\n\nقال :actor[السوداني]{#al-sudani}\n';
    const result = parseMarkdownFile(text, { file: 'a.md' });
    expect(result.mentions.map(({ id, range }) => [id, range.line, range.column])).toEqual([
      ['al-sudani', 9, 5],
    ]);
    expect(result.diagnostics.map((d) => [d.ruleId, d.line, d.column])).toEqual([
      ['mention/unknown-directive', 6, 1],
    ]);
    expect(result.prose).toHaveLength(result.body.length);
    expect(result.prose.trim()).toBe('قال');
  });

  it('points the warning about a directive spanning lines at its first line', () => {
    const result = parseMarkdownFile('---\ntitle: x\n---\nsee :acter[a\nb]{#y} now\n', { file: 'a.md' });
    expect(result.diagnostics.map((d) => [d.ruleId, d.line, d.column, d.endLine, d.endColumn])).toEqual([
      ['mention/unknown-directive', 4, 5, 4, 13],
    ]);
  });

  it('reads an empty frontmatter as an empty mapping', () => {
    const result = parseMarkdownFile('---\n---\nbody\n', { file: 'a.md' });
    expect(result.frontmatter).toEqual({});
    expect(result.body).toBe('body\n');
    expect(result.bodyStart).toEqual({ line: 3, column: 1 });
  });
});
