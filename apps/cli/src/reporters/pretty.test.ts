import { describe, expect, it } from 'vitest';
import { diagnostic } from '../../test/make-diagnostic.js';
import { reportPretty } from './pretty.js';

const EVENT = 'events/brigade-12-strike.yaml';
const eventText = [
  'id: brigade-12-strike',
  'participants:',
  '  - { actor: abu-taqwaa, role: victim }',
  '  - { actor: harakat-al-nujaba, role: target }',
].join('\r\n');
const unknownActor = diagnostic({ line: 3, column: 14, endLine: 3, endColumn: 24 });

describe('reportPretty', () => {
  it('shows position, severity, rule, message and the underlined line of a CRLF file', () => {
    const report = reportPretty([unknownActor], { fileCount: 53, sources: new Map([[EVENT, eventText]]) });
    expect(report).toBe(
      [
        EVENT,
        '  3:14  error    ref/unknown  no actor "abu-taqwaa" exists; did you mean "abu-taqwa"?',
        '   3 │   - { actor: abu-taqwaa, role: victim }',
        '     │              ^^^^^^^^^^',
        '',
        '✖ 1 error in 1 file (53 files checked)',
        '',
      ].join('\n'),
    );
  });

  it('groups by file in path order and gives every diagnostic its own block', () => {
    const report = reportPretty(
      [
        diagnostic({
          file: 'places/iraq.yaml',
          line: 2,
          severity: 'warning',
          ruleId: 'lang/script',
          message: 'w',
        }),
        diagnostic({ file: 'actors/x.yaml', line: 9, message: 'second' }),
        diagnostic({ file: 'actors/x.yaml', line: 4, message: 'first' }),
      ],
      { fileCount: 3 },
    );
    const lines = report.split('\n');
    expect(lines.filter((line) => /^\S/.test(line))).toEqual([
      'actors/x.yaml',
      'places/iraq.yaml',
      '✖ 2 errors, 1 warning in 2 files (3 files checked)',
    ]);
    expect(report.indexOf('4:1')).toBeLessThan(report.indexOf('9:1'));
    expect(report).toContain('  2:1  warning  lang/script  w');
  });

  it('adds suggestions the message does not name and the cause with its place', () => {
    const report = reportPretty(
      [
        diagnostic({
          line: 3,
          column: 14,
          ruleId: 'time/after-end',
          message: 'abu-taqwa takes part after his death',
          suggestions: ['victim', 'target'],
          cause: { file: 'actors/abu-taqwa.yaml', line: 8, column: 7, message: 'died 2024-01-04' },
        }),
      ],
      { fileCount: 1, sources: new Map([[EVENT, eventText]]) },
    );
    expect(report).toContain('\n     = did you mean "victim", "target"?\n');
    expect(report).toContain('\n     = see actors/abu-taqwa.yaml:8:7 — died 2024-01-04\n');
  });

  it('does not repeat a suggestion the message already names', () => {
    const report = reportPretty([unknownActor], { fileCount: 1 });
    expect(report).not.toContain('= did you mean');
  });

  it('prints a diagnostic without a source line when the file text is unknown or shorter', () => {
    const report = reportPretty([diagnostic({ line: 40 })], {
      fileCount: 1,
      sources: new Map([[EVENT, eventText]]),
    });
    expect(report).not.toContain('│');
    expect(report).toContain('40:1  error');
  });

  it('says there are no problems when there are none', () => {
    expect(reportPretty([], { fileCount: 53 })).toBe('✔ 53 files, no problems\n');
  });

  it('lists only errors under quiet and says what it hid', () => {
    const report = reportPretty(
      [unknownActor, diagnostic({ severity: 'warning', ruleId: 'source/missing', message: 'no source' })],
      { fileCount: 53, quiet: true },
    );
    expect(report).not.toContain('source/missing');
    expect(report).toContain('✖ 1 error in 1 file (53 files checked) (1 warning hidden by --quiet)');
  });

  it('colours only when asked', () => {
    const options = { fileCount: 1, sources: new Map([[EVENT, eventText]]) };
    expect(reportPretty([unknownActor], options)).not.toContain('\u001b[');
    const coloured = reportPretty([unknownActor], { ...options, color: true });
    expect(coloured).toContain('\u001b[31merror  \u001b[39m');
    expect(coloured).toContain('\u001b[31m^^^^^^^^^^\u001b[39m');
  });

  it('shows control characters in messages and file names as pictures', () => {
    const report = reportPretty(
      [diagnostic({ file: 'actors/\u001b[2J.yaml', message: 'bad \u0007 value' })],
      {
        fileCount: 1,
      },
    );
    expect(report).not.toMatch(/[\u0007\u001b]/);
    expect(report).toContain('actors/␛[2J.yaml');
  });
});
