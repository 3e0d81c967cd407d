import { createDiagnostic, type Diagnostic, type Range } from '../diagnostics/diagnostic.js';
import type { ContentGraph } from '../graph/content-graph.js';
import { type EntryOrigin, originKey } from '../validate/validate-entries.js';
import type { Rule, RuleReport, RuleSite } from './rule.js';

/** Where a rule's site and path are in the files: the file and the range to underline. */
function locate(
  graph: ContentGraph,
  origins: ReadonlyMap<string, EntryOrigin>,
  at: RuleSite,
  path: readonly (string | number)[],
  target: 'key' | 'value',
): { file: string; range: Range } | undefined {
  let origin: EntryOrigin | undefined;
  let rest = path;
  if (at.kind === 'article') {
    const bodyLang = path[0] === 'body' ? String(path[1]) : undefined;
    const lang = bodyLang ?? at.lang ?? graph.article(at.id)?.lang;
    origin = origins.get(originKey('article', at.id, lang));
    if (bodyLang !== undefined) rest = ['body', ...path.slice(2)];
  } else {
    origin = origins.get(originKey(at.kind, at.id));
  }
  if (!origin) return undefined;
  if (rest[0] === 'body') {
    const mention = origin.mentions?.[rest[1] as number];
    if (mention) return { file: origin.file, range: mention.range };
  }
  return { file: origin.file, range: origin.locator.locate(rest, target) };
}

/**
 * Runs integrity rules over the graph and turns their reports into diagnostics with positions.
 * Positions are computed only here, for reports, so valid content never pays for them.
 */
export function runRules(
  rules: readonly Rule[],
  graph: ContentGraph,
  origins: ReadonlyMap<string, EntryOrigin>,
  failed: ReadonlySet<string>,
): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  for (const rule of rules) {
    const report = ({ at, path, target = 'value', message, suggestions, cause }: RuleReport) => {
      const place = locate(graph, origins, at, path, target);
      if (!place) return;
      const causePlace = cause && locate(graph, origins, cause.at, cause.path, 'value');
      diagnostics.push(
        createDiagnostic({
          file: place.file,
          ...place.range,
          ruleId: rule.id,
          severity: rule.severity,
          message,
          suggestions,
          cause: causePlace && {
            file: causePlace.file,
            line: causePlace.range.line,
            column: causePlace.range.column,
            message: cause.message,
          },
        }),
      );
    };
    rule.check({ graph, isFailed: (kind, id) => failed.has(originKey(kind, id)), report });
  }
  return diagnostics;
}
