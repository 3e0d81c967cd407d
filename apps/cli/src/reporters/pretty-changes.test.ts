import { describe, expect, it } from 'vitest';
import { diagnostic } from '../../test/make-diagnostic.js';
import { reportPrettyChanges } from './pretty-changes.js';

describe('reportPrettyChanges', () => {
  const added = diagnostic({ line: 13, column: 14, message: 'no actor "x" exists' });
  const resolved = diagnostic({ file: 'places/iraq.yaml', line: 2, column: 7, message: 'old problem' });

  it('shows the new diagnostics in full, the resolved ones in a line, then the whole summary', () => {
    const report = reportPrettyChanges({ added: [added], resolved: [resolved] }, [added], {
      fileCount: 53,
      time: '14:03:07',
    });
    expect(report).toBe(
      [
        '── 14:03:07 · 1 new, 1 resolved ──',
        '',
        'events/brigade-12-strike.yaml',
        '  13:14  error    ref/unknown  no actor "x" exists',
        '',
        'resolved',
        '  ✔ places/iraq.yaml:2:7  ref/unknown  old problem',
        '',
        '✖ 1 error in 1 file (53 files checked)',
        '',
      ].join('\n'),
    );
  });

  it('says when a run changed nothing', () => {
    const report = reportPrettyChanges({ added: [], resolved: [] }, [], { fileCount: 5, time: '09:00:00' });
    expect(report).toBe('── 09:00:00 · no changes ──\n\n✔ 5 files, no problems\n');
  });
});
