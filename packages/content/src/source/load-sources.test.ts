import { describe, expect, it } from 'vitest';
import { parseSourceFile } from './load-sources.js';

describe('parseSourceFile', () => {
  it('takes an article id and language from <id>.<lang>.md and keeps its Markdown', () => {
    const text = '\ufeff---\ntitle: x\n---\n\nقال :actor[السوداني]{#al-sudani}\n';
    const { entries, diagnostics, failed } = parseSourceFile(
      { file: 'articles/coalition-withdrawal.ar.md', collection: 'articles', format: 'markdown' },
      text,
    );
    expect(diagnostics).toEqual([]);
    expect(failed).toEqual([]);
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({
      collection: 'articles',
      id: 'coalition-withdrawal',
      lang: 'ar',
      pointer: [],
      data: { title: 'x' },
      markdown: { bodyStart: { line: 4, column: 1 }, headings: [] },
    });
    expect(entries[0]?.markdown?.mentions.map((m) => [m.id, m.range.line, m.range.column])).toEqual([
      ['al-sudani', 5, 5],
    ]);
  });

  it('reports an article name without a language and still loads the entry', () => {
    const { entries, diagnostics } = parseSourceFile(
      { file: 'articles/coalition-withdrawal.md', collection: 'articles', format: 'markdown' },
      '---\ntitle: x\n---\n',
    );
    expect(diagnostics.map((d) => [d.ruleId, d.line, d.suggestions])).toEqual([
      ['file/name', 1, ['coalition-withdrawal.ar.md']],
    ]);
    expect(entries.map((e) => [e.id, e.lang])).toEqual([['coalition-withdrawal', undefined]]);
  });

  it('reports an id that differs from the file name at the id value, and keeps the file-name id', () => {
    const { entries, diagnostics } = parseSourceFile(
      { file: 'actors/al-sudani.yaml', collection: 'actors', format: 'yaml' },
      'kind: person\nid: al-sudany\n',
    );
    expect(entries.map((e) => e.id)).toEqual(['al-sudani']);
    expect(diagnostics.map((d) => [d.ruleId, d.line, d.column, d.endColumn, d.suggestions])).toEqual([
      ['id/mismatch', 2, 5, 14, ['al-sudani']],
    ]);
  });

  it('splits an event list into entries with their own ids, pointers and item-relative locators', () => {
    const text = '- id: first\n  date: 2024\n- date: 2025\n- just text\n- id: third\n  date: 2026\n';
    const { entries, diagnostics } = parseSourceFile(
      { file: 'events/wave.yaml', collection: 'events', format: 'yaml' },
      text,
    );
    expect(entries.map((e) => [e.id, e.pointer])).toEqual([
      ['first', [0]],
      ['third', [3]],
    ]);
    expect(entries[1]?.locator.locate(['date'], 'value')).toMatchObject({ line: 6, column: 9 });
    expect(diagnostics.map((d) => [d.ruleId, d.line, d.column])).toEqual([
      ['schema/missing-id', 3, 3],
      ['data/not-mapping', 4, 3],
    ]);
    expect(diagnostics[0]?.message).toContain('Item 2 of the list');
  });

  it('does not accept a list outside events', () => {
    const { entries, diagnostics, failed } = parseSourceFile(
      { file: 'places/iraq.yaml', collection: 'places', format: 'yaml' },
      '- id: iraq\n',
    );
    expect(entries).toEqual([]);
    expect(diagnostics.map((d) => d.ruleId)).toEqual(['data/not-mapping']);
    expect(failed).toEqual([{ collection: 'places', id: 'iraq', file: 'places/iraq.yaml' }]);
  });

  it('loads JSONL items with line-based locators and reports items without an id', () => {
    const text = '{"id":"a","date":"2024"}\n{"date":"2025"}\n\n{"id":"c"}\n';
    const { entries, diagnostics } = parseSourceFile(
      { file: 'events/import.jsonl', collection: 'events', format: 'jsonl' },
      text,
    );
    expect(entries.map((e) => [e.id, e.pointer, e.locator.locate(['id'], 'value').line])).toEqual([
      ['a', [0], 1],
      ['c', [2], 4],
    ]);
    expect(diagnostics.map((d) => [d.ruleId, d.line, d.message])).toEqual([
      [
        'schema/missing-id',
        2,
        'The item on line 2 has no id: in a list or JSONL file every entry carries its own id (id: some-id).',
      ],
    ]);
  });

  it('lists a single-entity file that does not parse as failed, under its file-name id', () => {
    const result = parseSourceFile(
      { file: 'actors/iran.md', collection: 'actors', format: 'markdown' },
      'no frontmatter\n',
    );
    expect(result.entries).toEqual([]);
    expect(result.failed).toEqual([{ collection: 'actors', id: 'iran', file: 'actors/iran.md' }]);
    expect(result.diagnostics.map((d) => d.ruleId)).toEqual(['frontmatter/missing']);
  });

  it('reads a .md actor with its body', () => {
    const { entries } = parseSourceFile(
      { file: 'actors/abu-taqwa.md', collection: 'actors', format: 'markdown' },
      '---\nid: abu-taqwa\nkind: person\n---\n## السيرة\n',
    );
    expect(entries[0]).toMatchObject({
      id: 'abu-taqwa',
      markdown: { headings: [{ depth: 2, text: 'السيرة', line: 5 }] },
    });
    expect(entries[0]?.lang).toBeUndefined();
  });
});
