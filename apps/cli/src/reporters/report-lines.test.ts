import { describe, expect, it } from 'vitest';
import { diagnostic } from '../../test/make-diagnostic.js';
import { plural, suggestionNote, summaryLine } from './report-lines.js';

describe('summaryLine', () => {
  const error = (file: string) => diagnostic({ file });
  const warning = (file: string) => diagnostic({ file, severity: 'warning' });

  it('counts errors and warnings and the files they are in', () => {
    const all = [error('a.yaml'), error('a.yaml'), error('b.yaml'), warning('b.yaml')];
    expect(summaryLine(all, { fileCount: 53 })).toBe('✖ 3 errors, 1 warning in 2 files (53 files checked)');
  });

  it('marks a run with warnings only, and info', () => {
    expect(summaryLine([warning('a.yaml')], { fileCount: 1 })).toBe('⚠ 1 warning in 1 file (1 file checked)');
    expect(summaryLine([diagnostic({ severity: 'info' })], { fileCount: 2 })).toBe(
      'ℹ 1 info in 1 file (2 files checked)',
    );
  });

  it('says no problems for a clean run', () => {
    expect(summaryLine([], { fileCount: 53 })).toBe('✔ 53 files, no problems');
  });

  it('says what quiet hid, and only "no errors" when it hid everything', () => {
    expect(summaryLine([warning('a.yaml'), warning('b.yaml')], { fileCount: 9, quiet: true })).toBe(
      '✔ 9 files, no errors (2 warnings hidden by --quiet)',
    );
  });
});

describe('suggestionNote', () => {
  it('lists suggestions as a question', () => {
    expect(suggestionNote(diagnostic({ message: 'unknown id', suggestions: ['a', 'b'] }))).toBe(
      'did you mean "a", "b"?',
    );
  });

  it('leaves out what the message names already', () => {
    expect(suggestionNote(diagnostic({ message: 'did you mean "a"?', suggestions: ['a'] }))).toBeUndefined();
    expect(suggestionNote(diagnostic({ message: 'did you mean "a"?', suggestions: ['a', 'b'] }))).toBe(
      'other candidates: "b"',
    );
  });
});

describe('plural', () => {
  it('adds an s to every count but one', () => {
    expect([0, 1, 2].map((count) => plural(count, 'file'))).toEqual(['0 files', '1 file', '2 files']);
  });
});
