import type { Severity } from '../diagnostics/diagnostic.js';
import type { ContentGraph } from '../graph/content-graph.js';
import type { EntityKind, EntityValue } from '../model/entities.js';
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
  /**
   * The entries of `kind` to check, in id order: all of them in a full run; after a change, only those whose
   * reports the change can alter (see {@link Rule}). Reports are kept by the subject being checked when they
   * are made, so a rule reports everything about one subject before it asks for the next.
   */
  subjects<K extends EntityKind>(kind: K): Iterable<EntityValue[K]>;
  /** The value of {@link Rule.shared} for this run (`undefined` for a rule without one). */
  readonly shared: unknown;
  /** Whether an entry exists but failed to load or validate (so a reference to it is not "unknown"). */
  isFailed(kind: EntityKind, id: string): boolean;
  report(report: RuleReport): void;
}

/**
 * An integrity rule: a small function over the graph, one per module (unified-lint style).
 *
 * What a subject's reports may read, so that a run after a change can check again only the subjects the
 * change reaches: the subject; the entries it references and the `within`/`partOf` chains up from them;
 * entries of other collections with the id of one of them; the entries that refer to the subject through
 * the fields in {@link Rule.referrers}. Anything wider (every id of a collection, every name) must be
 * declared: {@link Rule.shared} or {@link Rule.revisitReported}.
 */
export interface Rule {
  /** Stable id shown to editors and used in fixtures: `ref/unknown`, `time/after-end`… */
  id: string;
  severity: Severity;
  /** One sentence for `marsad validate --help` and the docs. */
  description: string;
  check(context: RuleContext): void;
  /** Fields through which a subject's reports read the entries that refer to it (`participants`). */
  referrers?: readonly string[];
  /**
   * A value every subject's reports read, computed from all entries of `kinds` (every name of a language):
   * given to the rule as {@link RuleContext.shared}. Kept between runs and computed again only when an entry
   * of those kinds changed; when it comes out different, every subject is checked again. Plain data.
   */
  shared?: { kinds: readonly EntityKind[]; compute(graph: ContentGraph): unknown };
  /**
   * The reports' suggestions read whole collections (the closest ids): subjects this rule reported are
   * checked again after any change.
   */
  revisitReported?: boolean;
}
