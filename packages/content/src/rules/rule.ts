import type { Severity } from '../diagnostics/diagnostic.js';
import type { ContentGraph } from '../graph/content-graph.js';
import type { EntityKind } from '../model/entities.js';
import type { LocateTarget } from '../parse/yaml-data.js';

/**
 * An entry a rule points at. For articles, `lang` picks a language version (default: the original);
 * paths `['body', lang, i]` (articles) and `['body', i]` (actor profiles) point at the i-th mention, and
 * `['body', lang]` / `['body']` with a {@link RuleReport.bodyRange} at a span of the body text.
 */
export interface RuleSite {
  kind: EntityKind;
  id: string;
  lang?: string;
}

/** What a rule reports; the runner turns it into a positioned diagnostic. */
export interface RuleReport {
  at: RuleSite;
  /** Path inside the entry's data, as in zod issues and references. */
  path: readonly (string | number)[];
  /** Point at the key or at the value (default). */
  target?: LocateTarget;
  /**
   * A span of the Markdown body that `path` names (`['body', lang]` for an article version, `['body']` for
   * an actor profile), in UTF-16 offsets into the body text as the entry holds it (`version.body`,
   * `profile.body`), end exclusive. The runner maps it to the file's lines, so a rule that scans body text
   * reports what it found without knowing where the body starts in the file.
   */
  bodyRange?: { start: number; end: number };
  message: string;
  suggestions?: readonly string[];
  /** A second place that explains this one (the event responded to, the actor's death). */
  cause?: { at: RuleSite; path: readonly (string | number)[]; message: string };
}

/** What a rule sees: the linked content and a way to report. */
export interface RuleContext {
  readonly graph: ContentGraph;
  /** Whether an entry exists but failed to load or validate (so a reference to it is not "unknown"). */
  isFailed(kind: EntityKind, id: string): boolean;
  report(report: RuleReport): void;
  /**
   * The reports `compute` makes for the entry `at`, reused from an earlier run when the entry's file has
   * the same content and `inputs` is the same: a digest of whatever else in the graph the reports read
   * (`''` when they read nothing but the entry). For rules whose work is per entry.
   */
  memo(at: RuleSite, inputs: string, compute: () => RuleReport[]): readonly RuleReport[];
}

/** An integrity rule: a small function over the graph, one per module (unified-lint style). */
export interface Rule {
  /** Stable id shown to editors and used in fixtures: `ref/unknown`, `time/after-end`… */
  id: string;
  severity: Severity;
  /** One sentence for `marsad validate --help` and the docs. */
  description: string;
  check(context: RuleContext): void;
}
