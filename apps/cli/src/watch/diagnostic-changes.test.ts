import { describe, expect, it } from 'vitest';
import { diagnostic } from '../../test/make-diagnostic.js';
import { diagnosticKey, diffDiagnostics } from './diagnostic-changes.js';

describe('diagnosticKey', () => {
  it('tells apart file, line, column, rule and message, but not the end of the span', () => {
    const base = diagnostic({ line: 3, column: 5, endColumn: 9 });
    expect(diagnosticKey(diagnostic({ line: 3, column: 5, endColumn: 12 }))).toBe(diagnosticKey(base));
    for (const other of [
      { file: 'x.yaml' },
      { line: 4 },
      { column: 6 },
      { ruleId: 'ref/kind' },
      { message: 'other' },
    ]) {
      expect(diagnosticKey(diagnostic({ line: 3, column: 5, ...other }))).not.toBe(diagnosticKey(base));
    }
  });
});

describe('diffDiagnostics', () => {
  const a = diagnostic({ line: 1 });
  const b = diagnostic({ line: 2 });
  const c = diagnostic({ line: 3 });

  it('reports new and resolved diagnostics and ignores the unchanged', () => {
    expect(diffDiagnostics([a, b], [b, c])).toEqual({ added: [c], resolved: [a] });
    expect(diffDiagnostics([a], [a])).toEqual({ added: [], resolved: [] });
  });

  it('counts identical diagnostics one by one', () => {
    expect(diffDiagnostics([a, a], [a])).toEqual({ added: [], resolved: [a] });
    expect(diffDiagnostics([a], [a, a, a])).toEqual({ added: [a, a], resolved: [] });
  });
});
