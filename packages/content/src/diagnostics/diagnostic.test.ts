import { describe, expect, it } from 'vitest';
import { closestMatches, compareDiagnostics, createDiagnostic, editDistance } from './diagnostic.js';

describe('createDiagnostic', () => {
  it('fills the vfile fields and defaults the end to the start', () => {
    const diagnostic = createDiagnostic({
      file: 'actors/x.yaml',
      ruleId: 'yaml/syntax',
      severity: 'error',
      message: 'bad',
      line: 3,
      column: 7,
    });
    expect(diagnostic).toEqual({
      file: 'actors/x.yaml',
      line: 3,
      column: 7,
      endLine: 3,
      endColumn: 7,
      ruleId: 'yaml/syntax',
      severity: 'error',
      message: 'bad',
      suggestions: [],
      source: 'marsad',
      fatal: true,
    });
  });

  it('marks only errors as fatal and keeps suggestions and cause', () => {
    const diagnostic = createDiagnostic({
      file: 'a.md',
      ruleId: 'mention/unknown-directive',
      severity: 'warning',
      message: 'm',
      suggestions: [':actor'],
      cause: { file: 'b.md', line: 1, column: 2, message: 'here' },
    });
    expect(diagnostic.fatal).toBe(false);
    expect(diagnostic.suggestions).toEqual([':actor']);
    expect(diagnostic.cause).toEqual({ file: 'b.md', line: 1, column: 2, message: 'here' });
    expect(diagnostic).toMatchObject({ line: 1, column: 1, endLine: 1, endColumn: 1 });
  });

  it('never yields a position below 1 or an end before the start', () => {
    const diagnostic = createDiagnostic({
      file: 'a',
      ruleId: 'r',
      severity: 'info',
      message: 'm',
      line: 0,
      column: Number.NaN,
      endLine: 1,
      endColumn: -3,
    });
    expect(diagnostic).toMatchObject({ line: 1, column: 1, endLine: 1, endColumn: 1 });
    const backwards = createDiagnostic({
      file: 'a',
      ruleId: 'r',
      severity: 'info',
      message: 'm',
      line: 5,
      column: 4,
      endLine: 2,
      endColumn: 9,
    });
    expect(backwards).toMatchObject({ line: 5, column: 4, endLine: 5, endColumn: 4 });
  });
});

describe('compareDiagnostics', () => {
  it('orders by file, line, column, then rule id', () => {
    const make = (file: string, line: number, column: number, ruleId: string) =>
      createDiagnostic({ file, line, column, ruleId, severity: 'error', message: '' });
    const sorted = [
      make('b.yaml', 1, 1, 'a'),
      make('a.yaml', 2, 1, 'a'),
      make('a.yaml', 1, 5, 'a'),
      make('a.yaml', 1, 5, 'Z'),
      make('a.yaml', 1, 2, 'z'),
    ].sort(compareDiagnostics);
    expect(sorted.map((d) => `${d.file}:${d.line}:${d.column}:${d.ruleId}`)).toEqual([
      'a.yaml:1:2:z',
      'a.yaml:1:5:Z',
      'a.yaml:1:5:a',
      'a.yaml:2:1:a',
      'b.yaml:1:1:a',
    ]);
  });
});

describe('suggestions', () => {
  it('measures edit distance', () => {
    expect(editDistance('acter', 'actor')).toBe(1);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('kitten', 'sitting')).toBe(3);
  });

  it('returns the closest candidates within reach, best first', () => {
    expect(closestMatches('acter', ['event', 'author', 'actor'])).toEqual(['actor']);
    expect(closestMatches('plac', ['places', 'actor', 'place'])).toEqual(['place', 'places']);
    expect(closestMatches('plac', ['places', 'place'], { limit: 1 })).toEqual(['place']);
    expect(closestMatches('al-sudany', ['al-sudani', 'iraq'])).toEqual(['al-sudani']);
    expect(closestMatches('zzz', ['actor'])).toEqual([]);
  });
});
