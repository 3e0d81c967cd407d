import { describe, expect, it } from 'vitest';
import { diagnostic } from '../../test/make-diagnostic.js';
import { escapeData, escapeProperty, reportGithub } from './github.js';

const options = { fileCount: 53, contentRoot: '/repo/site/content', root: '/repo' };

describe('escapeData and escapeProperty', () => {
  it('escape % first, then CR and LF, as the runner decodes them', () => {
    expect(escapeData('100%\r\nnext')).toBe('100%25%0D%0Anext');
    expect(escapeData('%0A')).toBe('%250A');
  });

  it('also escape the property delimiters : and , in property values', () => {
    expect(escapeProperty('a,b:c%\n')).toBe('a%2Cb%3Ac%25%0A');
  });
});

describe('reportGithub', () => {
  it('writes one ::error command with the path from the repository root and the span', () => {
    const [line] = reportGithub(
      [diagnostic({ line: 13, column: 14, endLine: 13, endColumn: 24 })],
      options,
    ).split('\n');
    expect(line).toBe(
      '::error file=site/content/events/brigade-12-strike.yaml,line=13,col=14,endLine=13,endColumn=24,title=ref/unknown::no actor "abu-taqwaa" exists; did you mean "abu-taqwa"?',
    );
  });

  it('uses ::warning and ::notice for warnings and info', () => {
    const lines = reportGithub(
      [diagnostic({ severity: 'warning', line: 2 }), diagnostic({ severity: 'info', line: 3 })],
      options,
    ).split('\n');
    expect(lines[0]).toMatch(/^::warning file=/);
    expect(lines[1]).toMatch(/^::notice file=/);
  });

  it('sends no columns for a span over several lines', () => {
    const [line] = reportGithub(
      [diagnostic({ line: 4, column: 3, endLine: 6, endColumn: 2 })],
      options,
    ).split('\n');
    expect(line).toContain('line=4,endLine=6,title=');
    expect(line).not.toMatch(/col=|endColumn=/);
  });

  it('escapes the message, and the file name and title as properties', () => {
    const [line] = reportGithub(
      [diagnostic({ file: 'events/a,b:c.yaml', ruleId: 'x:y', message: '50% done\nsecond line' })],
      options,
    ).split('\n');
    expect(line).toContain('file=site/content/events/a%2Cb%3Ac.yaml,');
    expect(line).toContain(',title=x%3Ay::50%25 done%0Asecond line');
    expect(line?.split('::')).toHaveLength(3);
  });

  it('appends suggestions and the cause to the message, the cause path from the repository root too', () => {
    const [line] = reportGithub(
      [
        diagnostic({
          message: 'acts after death',
          suggestions: ['victim'],
          cause: { file: 'actors/abu-taqwa.yaml', line: 8, column: 7, message: 'died 2024-01-04' },
        }),
      ],
      options,
    ).split('\n');
    expect(line).toMatch(
      /::acts after death%0Adid you mean "victim"\?%0Asee site\/content\/actors\/abu-taqwa.yaml:8:7 — died 2024-01-04$/,
    );
  });

  it('ends with the summary line and lists errors only under quiet', () => {
    const report = reportGithub([diagnostic(), diagnostic({ severity: 'warning', line: 5 })], {
      ...options,
      quiet: true,
    });
    expect(report.split('\n').filter((line) => line.startsWith('::'))).toHaveLength(1);
    expect(report.endsWith('(53 files checked) (1 warning hidden by --quiet)\n')).toBe(true);
  });
});
