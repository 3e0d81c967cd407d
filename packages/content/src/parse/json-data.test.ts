import { describe, expect, it } from 'vitest';
import { parseJsonData, parseJsonLines } from './json-data.js';

describe('parseJsonData', () => {
  const text =
    '{\n  "id": "baghdad",\n  "name": {\n    "ar": "بغداد",\n    "en": "Baghdad"\n  },\n  "coordinates": [44.36, 33.31]\n}\n';

  it('parses a mapping and locates keys and values in pretty-printed JSON', () => {
    const result = parseJsonData(text, { file: 'places/baghdad.json' });
    if (!result.ok) throw new Error('expected JSON to parse');
    expect(result.data).toMatchObject({ id: 'baghdad', coordinates: [44.36, 33.31] });
    expect(result.locator.locate(['name', 'en'], 'key')).toEqual({
      line: 5,
      column: 5,
      endLine: 5,
      endColumn: 9,
    });
    expect(result.locator.locate(['name', 'en'], 'value')).toEqual({
      line: 5,
      column: 11,
      endLine: 5,
      endColumn: 20,
    });
    expect(result.locator.locate(['coordinates', 1], 'value')).toMatchObject({ line: 7, column: 26 });
    expect(result.locator.locate(['name', 'ku'], 'key')).toMatchObject({ line: 3, column: 3 });
  });

  it('locates keys in tab-indented JSON', () => {
    const tabbed = '{\n\t"id": "x",\n\t"within": "iraq"\n}';
    const result = parseJsonData(tabbed, { file: 'places/x.json' });
    if (!result.ok) throw new Error('expected JSON to parse');
    expect(result.locator.locate(['within'], 'value')).toEqual({
      line: 3,
      column: 12,
      endLine: 3,
      endColumn: 18,
    });
  });

  it('reports a syntax error at the offset JSON.parse names', () => {
    const result = parseJsonData('{\n  "id": "x",\n  "kind": "city",\n}\n', { file: 'places/x.json' });
    expect(!result.ok && result.diagnostics).toHaveLength(1);
    expect(!result.ok && result.diagnostics[0]).toMatchObject({ ruleId: 'json/syntax', line: 4, column: 1 });
    expect(!result.ok && result.diagnostics[0]?.message).not.toMatch(/position/);
  });

  it('reports input that ends early at the end of the text', () => {
    const result = parseJsonData('{\n  "id": "x"', { file: 'places/x.json' });
    expect(!result.ok && result.diagnostics[0]).toMatchObject({ ruleId: 'json/syntax', line: 2, column: 12 });
  });

  it('accepts a list only where asked', () => {
    expect(parseJsonData('[{"id":"a"}]', { file: 'places/x.json' }).ok).toBe(false);
    const events = parseJsonData('[{"id":"a"}]', { file: 'events/x.json', accept: 'mapping-or-list' });
    expect(events.ok && events.data).toEqual([{ id: 'a' }]);
    const scalar = parseJsonData('"text"', { file: 'events/x.json', accept: 'mapping-or-list' });
    expect(!scalar.ok && scalar.diagnostics[0]?.ruleId).toBe('data/not-mapping');
  });
});

describe('parseJsonLines', () => {
  it('loads the good lines, reports a bad one at its line and column, and skips blank lines', () => {
    const text =
      '{"id":"a","date":"2024"}\r\n\r\n{"id":"b", "date": 2024-01}\n{"id":"c","title":{"ar":"هجوم"}}\n';
    const result = parseJsonLines(text, { file: 'events/import.jsonl' });
    expect(result.items.map((item) => [item.line, (item.data as { id: string }).id])).toEqual([
      [1, 'a'],
      [4, 'c'],
    ]);
    expect(result.diagnostics.map((d) => [d.ruleId, d.line, d.column])).toEqual([['json/syntax', 3, 24]]);
    const third = result.items[1];
    expect(third?.locator.locate(['title', 'ar'], 'value')).toEqual({
      line: 4,
      column: 25,
      endLine: 4,
      endColumn: 31,
    });
  });
});
