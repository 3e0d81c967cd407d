import { describe, expect, it } from 'vitest';
import type { Range } from '../diagnostics/diagnostic.js';
import { createYamlLocator, type Locator, parseYamlData, scopeLocator } from './yaml-data.js';

/** The text a range covers in a one-based line/column view of `text` (single-line ranges only). */
function textAt(text: string, range: Range, lineOffset = 0): string {
  expect(range.endLine).toBe(range.line);
  const line = text.split(/\r\n|\n|\r/)[range.line - 1 - lineOffset] ?? '';
  return line.slice(range.column - 1, range.endColumn - 1);
}

const EVENT = [
  'id: brigade-12-strike', // 1
  'title:', // 2
  '  ar: ضربة على مقر اللواء 12', // 3
  '  en: Strike on the Brigade 12 headquarters', // 4
  'date: 2024-01-04', // 5
  'fatalities: { best: 2, low: 2 }', // 6
  'participants:', // 7
  '  - actor: us-armed-forces', // 8
  '    role: perpetrator', // 9
  '  - actor: harakat-al-nujaba', // 10
  '    role: target', // 11
  '    note:', // 12
  '      en: its headquarters', // 13
  'aliases: [{ value: "Brigade 12", lang: en }, { value: النجباء, lang: ar }]', // 14
  'empty:', // 15
  '',
].join('\n');

function locatorOf(text: string, lineOffset = 0): Locator {
  const result = parseYamlData(text, { file: 'events/x.yaml', lineOffset });
  if (!result.ok) throw new Error(JSON.stringify(result.diagnostics));
  return result.locator;
}

describe('parseYamlData', () => {
  it('reads scalars as written under the YAML 1.2 core schema', () => {
    const result = parseYamlData('date: 2024-01-05\nborn: 1979\nflag: yes\nok: true\nnone: ~\n', {
      file: 'a.yaml',
    });
    expect(result.ok && result.data).toEqual({
      date: '2024-01-05',
      born: 1979,
      flag: 'yes',
      ok: true,
      none: null,
    });
  });

  it('reports a syntax error at its place, with a hint', () => {
    const result = parseYamlData('id: x\ntitle: Sudani: the statement\n', { file: 'events/x.yaml' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.diagnostics).toHaveLength(1);
    expect(result.diagnostics[0]).toMatchObject({
      ruleId: 'yaml/syntax',
      line: 2,
      column: 8,
      severity: 'error',
    });
    expect(result.diagnostics[0]?.message).toContain('quotes');
  });

  it('reports every duplicate key at the second key, with the first as cause, shifted by the line offset', () => {
    const result = parseYamlData('id: x\nname:\n  ar: أ\n  ar: ب\nid: y\n', {
      file: 'actors/x.md',
      lineOffset: 1,
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const found = result.diagnostics.map((d) => [d.ruleId, d.line, d.column, d.cause?.line, d.cause?.column]);
    expect(found).toEqual([
      ['yaml/duplicate-key', 5, 3, 4, 3],
      ['yaml/duplicate-key', 6, 1, 2, 1],
    ]);
    expect(result.diagnostics[1]?.cause?.file).toBe('actors/x.md');
    expect(result.diagnostics[1]?.message).toContain('"id" is already set on line 2');
  });

  it("falls back to js-yaml's message when the yaml package sees no error", () => {
    const result = parseYamlData('id: x\nname: *nowhere\n', { file: 'a.yaml', lineOffset: 1 });
    expect(!result.ok && result.diagnostics).toHaveLength(1);
    expect(!result.ok && result.diagnostics[0]).toMatchObject({ ruleId: 'yaml/syntax', line: 3 });
    expect(!result.ok && result.diagnostics[0]?.message).toContain('unidentified alias');
  });

  it('reports a tab used as indentation', () => {
    const result = parseYamlData('name:\n\tar: x\n', { file: 'a.yaml' });
    expect(!result.ok && result.diagnostics.map((d) => [d.ruleId, d.line])).toEqual([['yaml/syntax', 2]]);
  });

  it('rejects a root that is not a mapping, and accepts a list only when asked', () => {
    const scalar = parseYamlData('just some prose\n', { file: 'places/x.yaml' });
    expect(!scalar.ok && scalar.diagnostics[0]).toMatchObject({
      ruleId: 'data/not-mapping',
      line: 1,
      column: 1,
    });
    expect(!scalar.ok && scalar.diagnostics[0]?.message).toContain('it holds a string');
    const list = '- id: a\n- id: b\n';
    expect(parseYamlData(list, { file: 'places/x.yaml' }).ok).toBe(false);
    const accepted = parseYamlData(list, { file: 'events/x.yaml', accept: 'mapping-or-list' });
    expect(accepted.ok && accepted.data).toEqual([{ id: 'a' }, { id: 'b' }]);
  });

  it('reads an empty or comment-only document as an empty mapping', () => {
    const result = parseYamlData('# nothing yet\n', { file: 'a.yaml' });
    expect(result.ok && result.data).toEqual({});
  });
});

describe('YAML locator', () => {
  const locator = locatorOf(EVENT);

  it('points at a key or at its value', () => {
    expect(locator.locate(['date'], 'key')).toEqual({ line: 5, column: 1, endLine: 5, endColumn: 5 });
    expect(locator.locate(['date'], 'value')).toEqual({ line: 5, column: 7, endLine: 5, endColumn: 17 });
    expect(textAt(EVENT, locator.locate(['title', 'ar'], 'value'))).toBe('ضربة على مقر اللواء 12');
  });

  it('spans a block value over its lines, without the trailing line break', () => {
    expect(locator.locate(['title'], 'value')).toEqual({ line: 3, column: 3, endLine: 4, endColumn: 44 });
  });

  it('walks nested lists such as participants[1].role', () => {
    expect(locator.locate(['participants', 1, 'role'], 'key')).toMatchObject({ line: 11, column: 5 });
    expect(textAt(EVENT, locator.locate(['participants', 1, 'role'], 'value'))).toBe('target');
    expect(textAt(EVENT, locator.locate(['participants', '0', 'actor'], 'value'))).toBe('us-armed-forces');
    expect(locator.locate(['participants', 1, 'note', 'en'], 'value')).toMatchObject({
      line: 13,
      column: 11,
    });
  });

  it('finds keys inside flow mappings', () => {
    expect(textAt(EVENT, locator.locate(['aliases', 1, 'lang'], 'value'))).toBe('ar');
    expect(textAt(EVENT, locator.locate(['aliases', 0, 'value'], 'value'))).toBe('"Brigade 12"');
    expect(textAt(EVENT, locator.locate(['fatalities', 'low'], 'key'))).toBe('low');
  });

  it('falls back to the key of the mapping that lacks a missing key', () => {
    expect(textAt(EVENT, locator.locate(['fatalities', 'high'], 'key'))).toBe('fatalities');
    expect(textAt(EVENT, locator.locate(['title', 'ku'], 'value'))).toBe('title');
    expect(textAt(EVENT, locator.locate(['participants', 1, 'note', 'ar', 'x'], 'key'))).toBe('note');
  });

  it('falls back to the first line of a list item or of the root when they lack the key', () => {
    expect(textAt(EVENT, locator.locate(['participants', 0, 'note'], 'key'))).toBe('actor: us-armed-forces');
    expect(textAt(EVENT, locator.locate(['participants', 5], 'key'))).toBe('participants');
    expect(textAt(EVENT, locator.locate(['summary'], 'key'))).toBe('id: brigade-12-strike');
  });

  it('points an empty value at its key', () => {
    expect(textAt(EVENT, locator.locate(['empty'], 'value'))).toBe('empty');
  });

  it('counts frontmatter lines from the top of the file', () => {
    const frontmatterLocator = locatorOf('title: x\nsummary: y\n', 1);
    expect(frontmatterLocator.locate(['summary'], 'value')).toEqual({
      line: 3,
      column: 10,
      endLine: 3,
      endColumn: 11,
    });
  });

  it('keeps editor columns in CRLF text', () => {
    const crlf = 'id: x\r\nname:\r\n  ar: اسم\r\n';
    expect(locatorOf(crlf).locate(['name', 'ar'], 'value')).toEqual({
      line: 3,
      column: 7,
      endLine: 3,
      endColumn: 10,
    });
  });

  it('follows aliases when walking', () => {
    const text = 'base: &b\n  lang: ar\ncopy: *b\n';
    expect(textAt(text, locatorOf(text).locate(['copy', 'lang'], 'value'))).toBe('ar');
  });

  it('scopes a locator to a list item', () => {
    const text = '- id: a\n  date: 2024\n- id: b\n  date: 2025\n';
    const result = parseYamlData(text, { file: 'events/x.yaml', accept: 'mapping-or-list' });
    if (!result.ok) throw new Error('expected a list');
    const second = scopeLocator(result.locator, [1]);
    expect(textAt(text, second.locate(['date'], 'value'))).toBe('2025');
    expect(textAt(text, second.locate(['title'], 'key'))).toBe('id: b');
  });

  it('never throws on odd paths', () => {
    const empty = createYamlLocator('');
    expect(empty.locate(['a', 0, Symbol('x')], 'value')).toEqual({
      line: 1,
      column: 1,
      endLine: 1,
      endColumn: 1,
    });
    expect(locator.locate(['date', 'deeper', 3], 'value')).toMatchObject({ line: 5, column: 1 });
    expect(locator.locate([Symbol('s')], 'key')).toMatchObject({ line: 1, column: 1 });
  });
});
