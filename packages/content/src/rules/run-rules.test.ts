import { describe, expect, it } from 'vitest';
import { ContentGraph } from '../graph/content-graph.js';
import { KINDS } from '../graph/graph-store.js';
import type { Collection } from '../source/discover.js';
import { parseSourceFile } from '../source/load-sources.js';
import { originKey, validateEntries } from '../validate/validate-entries.js';
import type { Rule, RuleReport } from './rule.js';
import { runRules } from './run-rules.js';

/** Loads in-memory Markdown files and runs one rule that reports what `reports` returns. */
function run(files: Record<string, string>, reports: (graph: ContentGraph) => RuleReport[]) {
  const sources = Object.entries(files).flatMap(([file, text]) => {
    const collection = file.slice(0, file.indexOf('/')) as Collection;
    return parseSourceFile({ file, collection, format: 'markdown' }, text).entries;
  });
  const validated = validateEntries(sources);
  expect(validated.diagnostics).toEqual([]);
  const graph = new ContentGraph(validated.entities);
  const rule: Rule = {
    id: 'test/body-range',
    severity: 'warning',
    description: 'Reports the given ranges.',
    // Each report made while its entry is the subject, as rules must.
    check: ({ subjects, report }) => {
      const all = reports(graph);
      for (const kind of KINDS)
        for (const { id } of subjects(kind))
          for (const reported of all)
            if (reported.at.kind === kind && reported.at.id === id) report(reported);
    },
  };
  return runRules([rule], graph, validated.origins, (kind, id) =>
    validated.failed.has(originKey(kind, id)),
  ).flatMap((finding) => finding.diagnostics);
}

/** The text a diagnostic's range underlines in a file. */
function underlined(text: string, d: { line: number; column: number; endLine: number; endColumn: number }) {
  const lines = text.split(/\r\n|\n|\r/);
  if (d.line === d.endLine) return lines[d.line - 1]?.slice(d.column - 1, d.endColumn - 1);
  return [
    lines[d.line - 1]?.slice(d.column - 1),
    ...lines.slice(d.line, d.endLine - 1),
    lines[d.endLine - 1]?.slice(0, d.endColumn - 1),
  ].join('\n');
}

const article = (body: string, lineBreak = '\n') =>
  ['---', 'title: عنوان', 'summary: ملخص.', 'type: analysis', 'status: draft', '---', body].join(lineBreak);

describe('runRules body ranges', () => {
  it('points a body span of an article version at its place in the file', () => {
    const text = article('## مقدمة\n\nقال السوداني إن اللجنة ستجتمع.\n');
    const [diagnostic] = run({ 'articles/exit.ar.md': text }, (graph) => {
      const body = graph.article('exit')!.versions.ar!.body;
      const start = body.indexOf('السوداني');
      return [
        {
          at: { kind: 'article', id: 'exit', lang: 'ar' },
          path: ['body', 'ar'],
          bodyRange: { start, end: start + 8 },
          message: 'm',
        },
      ];
    });
    expect(diagnostic).toMatchObject({
      file: 'articles/exit.ar.md',
      line: 9,
      column: 5,
      endLine: 9,
      endColumn: 13,
    });
    expect(underlined(text, diagnostic!)).toBe('السوداني');
  });

  it('counts CRLF line breaks as one, and spans that cross lines end on the right line', () => {
    const text = article('أولاً\r\nقال أبو\r\nمهدي كلاماً.\r\n', '\r\n');
    const [diagnostic] = run({ 'articles/exit.ar.md': text }, (graph) => {
      const body = graph.article('exit')!.versions.ar!.body;
      const start = body.indexOf('أبو');
      return [
        {
          at: { kind: 'article', id: 'exit' },
          path: ['body', 'ar'],
          bodyRange: { start, end: body.indexOf(' كلاماً') },
          message: 'm',
        },
      ];
    });
    expect(diagnostic).toMatchObject({ line: 8, column: 5, endLine: 9, endColumn: 5 });
    expect(underlined(text, diagnostic!)).toBe('أبو\nمهدي');
  });

  it('finds the version by the language in the path, for translations too', () => {
    const files = {
      'articles/exit.ar.md': article('نص.\n'),
      'articles/exit.en.md': '---\ntitle: Exit\nsummary: S.\noriginal: ar\n---\n\nText with Sudani.\n',
    };
    const [diagnostic] = run(files, (graph) => {
      const body = graph.article('exit')!.versions.en!.body;
      const start = body.indexOf('Sudani');
      return [
        {
          at: { kind: 'article', id: 'exit', lang: 'en' },
          path: ['body', 'en'],
          bodyRange: { start, end: start + 6 },
          message: 'm',
        },
      ];
    });
    expect(diagnostic).toMatchObject({ file: 'articles/exit.en.md', line: 7, column: 11, endColumn: 17 });
  });

  it('places spans in actor profiles, and body paths without a range still point at mentions', () => {
    const text =
      '---\nkind: person\nname: { ar: أبو تقوى }\n---\nقاد :actor[النجباء]{#nujaba} سنوات مع السوداني.\n';
    const diagnostics = run({ 'actors/abu-taqwa.md': text }, (graph) => {
      const body = graph.actor('abu-taqwa')!.profile!.body;
      const start = body.indexOf('السوداني');
      return [
        {
          at: { kind: 'actor', id: 'abu-taqwa' },
          path: ['body'],
          bodyRange: { start, end: start + 8 },
          message: 'span',
        },
        { at: { kind: 'actor', id: 'abu-taqwa' }, path: ['body', 0], message: 'mention' },
      ];
    });
    expect(diagnostics.map((d) => [d.message, underlined(text, d)])).toEqual([
      ['span', 'السوداني'],
      ['mention', ':actor[النجباء]{#nujaba}'],
    ]);
  });
});

describe('runRules subjects', () => {
  const files = {
    'actors/aa.md': '---\nkind: person\nname: { en: A }\n---\n',
    'actors/bb.md': '---\nkind: person\nname: { en: B }\n---\n',
    'actors/cc.md': '---\nkind: person\nname: { en: C }\n---\n',
  };
  const load = () => {
    const sources = Object.entries(files).flatMap(
      ([file, text]) => parseSourceFile({ file, collection: 'actors', format: 'markdown' }, text).entries,
    );
    const validated = validateEntries(sources);
    expect(validated.diagnostics).toEqual([]);
    return { validated, graph: new ContentGraph(validated.entities) };
  };
  /** Reports at every actor checked, but at `cc` while checking `bb`. */
  const rule: Rule = {
    id: 'test/subjects',
    severity: 'warning',
    description: 'Reports by subject.',
    check: ({ subjects, report }) => {
      for (const { id } of subjects('actor')) {
        const at = { kind: 'actor' as const, id: id === 'bb' ? 'cc' : id };
        report({ at, path: ['name'], message: `from ${id}` });
      }
    },
  };

  it('keeps each diagnostic with the subject being checked when it was made', () => {
    const { validated, graph } = load();
    const findings = runRules([rule], graph, validated.origins, () => false);
    expect(findings.map((f) => [f.subject, f.diagnostics.map((d) => `${d.file} ${d.message}`)])).toEqual([
      ['actor:aa', ['actors/aa.md from aa']],
      ['actor:bb', ['actors/cc.md from bb']],
      ['actor:cc', ['actors/cc.md from cc']],
    ]);
  });

  it('checks only the subjects it is given', () => {
    const { validated, graph } = load();
    const only = (kind: string) => (kind === 'actor' ? [graph.actor('bb')!] : []);
    const findings = runRules([rule], graph, validated.origins, () => false, { subjects: only as never });
    expect(findings.map((f) => f.subject)).toEqual(['actor:bb']);
  });

  it('refuses a report made outside any subject', () => {
    const { validated, graph } = load();
    const stray: Rule = {
      ...rule,
      check: ({ report }) => report({ at: { kind: 'actor', id: 'aa' }, path: [], message: 'm' }),
    };
    expect(() => runRules([stray], graph, validated.origins, () => false)).toThrow(/outside a subject/);
  });
});
