import { describe, expect, it } from 'vitest';
import { diagnostic } from '../../test/make-diagnostic.js';
import { reportJson } from './json.js';

describe('reportJson', () => {
  const error = diagnostic({ line: 13, column: 14, endLine: 13, endColumn: 24 });
  const warning = diagnostic({ severity: 'warning', ruleId: 'source/missing', message: 'no source' });

  it('prints exactly { files, errors, warnings, diagnostics } as one JSON document', () => {
    const parsed = JSON.parse(reportJson([error, warning], { fileCount: 53 }));
    expect(Object.keys(parsed)).toEqual(['files', 'errors', 'warnings', 'diagnostics']);
    expect(parsed).toEqual({ files: 53, errors: 1, warnings: 1, diagnostics: [error, warning] });
  });

  it('keeps every diagnostic field, the path relative to the content root', () => {
    const [first] = JSON.parse(reportJson([error], { fileCount: 1 })).diagnostics;
    expect(first).toMatchObject({
      file: 'events/brigade-12-strike.yaml',
      line: 13,
      column: 14,
      endLine: 13,
      endColumn: 24,
      ruleId: 'ref/unknown',
      severity: 'error',
      suggestions: [],
      source: 'marsad',
      fatal: true,
    });
  });

  it('lists errors only under quiet but counts every warning', () => {
    const parsed = JSON.parse(reportJson([error, warning], { fileCount: 2, quiet: true }));
    expect(parsed.warnings).toBe(1);
    expect(parsed.diagnostics).toEqual([error]);
  });
});
