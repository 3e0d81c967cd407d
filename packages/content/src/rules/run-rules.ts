import { createDiagnostic, type Diagnostic, type Range } from '../diagnostics/diagnostic.js';
import type { ContentGraph } from '../graph/content-graph.js';
import type { EntityKind, EntityValue } from '../model/entities.js';
import { LineIndex } from '../source/line-index.js';
import { type EntryOrigin, originKey } from '../validate/validate-entries.js';
import type { Rule, RuleContext, RuleReport, RuleSite } from './rule.js';

type Body = NonNullable<EntryOrigin['body']>;

/** Where entries were written, by `originKey` (a map, or a store that reads them when asked). */
export type OriginLookup = Pick<ReadonlyMap<string, EntryOrigin>, 'get'>;

/**
 * The file range of a span of a Markdown body. Line indexes are built on the first report into a body
 * and kept for the next ones, so clean bodies cost nothing.
 */
function bodySpanRange(
  body: Body,
  span: { start: number; end: number },
  lineIndexes: WeakMap<Body, LineIndex>,
): Range {
  let index = lineIndexes.get(body);
  if (!index) {
    index = new LineIndex(body.text);
    lineIndexes.set(body, index);
  }
  const range = index.range(span.start, span.end, body.start.line - 1);
  // Only the body's first line can start after column 1 (a body that begins on the closing fence's line).
  const shift = body.start.column - 1;
  if (range.line === body.start.line) range.column += shift;
  if (range.endLine === body.start.line) range.endColumn += shift;
  return range;
}

/** Where an entry (an article's version `lang`, default its original) was written. */
function originOf(
  graph: ContentGraph,
  origins: OriginLookup,
  at: RuleSite,
  lang = at.lang,
): EntryOrigin | undefined {
  return at.kind === 'article'
    ? origins.get(originKey('article', at.id, lang ?? graph.article(at.id)?.lang))
    : origins.get(originKey(at.kind, at.id));
}

/** Where a rule's site and path are in the files: the file and the range to underline. */
function locate(
  graph: ContentGraph,
  origins: OriginLookup,
  lineIndexes: WeakMap<Body, LineIndex>,
  { at, path, target = 'value', bodyRange }: Pick<RuleReport, 'at' | 'path' | 'target' | 'bodyRange'>,
): { file: string; range: Range } | undefined {
  const bodyLang = at.kind === 'article' && path[0] === 'body' ? String(path[1]) : undefined;
  const origin = originOf(graph, origins, at, bodyLang ?? at.lang);
  const rest = bodyLang !== undefined ? ['body', ...path.slice(2)] : path;
  if (!origin) return undefined;
  if (rest[0] === 'body') {
    if (bodyRange && origin.body)
      return { file: origin.file, range: bodySpanRange(origin.body, bodyRange, lineIndexes) };
    const mention = origin.mentions?.[rest[1] as number];
    if (mention) return { file: origin.file, range: mention.range };
  }
  return { file: origin.file, range: origin.locator.locate(rest, target) };
}

/** What one rule reported while checking one subject (`originKey` of the entry), positioned. */
export interface RuleFinding {
  ruleId: string;
  subject: string;
  diagnostics: Diagnostic[];
}

/** Options of {@link runRules}. */
export interface RunRulesOptions {
  /** The entries to check (see {@link RuleContext.subjects}); default: every entry of the graph. */
  subjects?: <K extends EntityKind>(kind: K) => Iterable<EntityValue[K]>;
  /** The value of a rule's {@link Rule.shared}; default: computed over the graph. */
  shared?: (rule: Rule) => unknown;
}

/**
 * Runs integrity rules over the graph and turns their reports into diagnostics with positions, kept by
 * rule and subject (only pairs with something to say). Positions are computed only here, for reports, so
 * valid content never pays for them.
 */
export function runRules(
  rules: readonly Rule[],
  graph: ContentGraph,
  origins: OriginLookup,
  isFailed: (kind: EntityKind, id: string) => boolean,
  {
    subjects = (kind) => graph.all(kind),
    shared = (rule) => rule.shared?.compute(graph),
  }: RunRulesOptions = {},
): RuleFinding[] {
  const findings: RuleFinding[] = [];
  const lineIndexes = new WeakMap<Body, LineIndex>();
  for (const rule of rules) {
    let current: RuleFinding | undefined;
    let subject: string | undefined;
    function* subjectsOf<K extends EntityKind>(kind: K): Iterable<EntityValue[K]> {
      for (const value of subjects(kind)) {
        subject = originKey(kind, value.id);
        yield value;
      }
      subject = undefined;
    }
    const report = (reported: RuleReport) => {
      if (subject === undefined)
        throw new Error(`rule ${rule.id} reported outside a subject: report while checking one`);
      const { message, suggestions, cause } = reported;
      const place = locate(graph, origins, lineIndexes, reported);
      if (!place) return;
      const causePlace = cause && locate(graph, origins, lineIndexes, cause);
      if (current?.subject !== subject) {
        current = { ruleId: rule.id, subject, diagnostics: [] };
        findings.push(current);
      }
      current.diagnostics.push(
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
    rule.check({ graph, subjects: subjectsOf, shared: shared(rule), isFailed, report });
  }
  return findings;
}
