import { createHash } from 'node:crypto';
import { serialize } from 'node:v8';
import type { SiteConfig } from '@marsad/schema';
import { affectedSubjects, referredSubjects } from './cache/affected-subjects.js';
import { defaultCacheDir } from './cache/cache-dir.js';
import { engineVersion } from './cache/engine-version.js';
import { keysOf, linksOf } from './cache/file-links.js';
import { type EntryFiles, StoredEntries } from './cache/stored-entries.js';
import {
  type FileRecord,
  type KnownFile,
  type Link,
  type Referrer,
  type SharedValue,
  type StoredDiagnostics,
  ValidationState,
} from './cache/validation-state.js';
import { type ResolvedProject, resolveProject } from './config/resolve-project.js';
import { compareDiagnostics, type Diagnostic } from './diagnostics/diagnostic.js';
import { ContentGraph } from './graph/content-graph.js';
import type { EntityKind } from './model/entities.js';
import { integrityRules, type Rule } from './rules/index.js';
import { runRules } from './rules/run-rules.js';
import type { CheckedFile } from './source/check-file.js';
import { type CheckSourcesOptions, checkFiles, checkSources, gatherSources } from './source/check-sources.js';
import {
  ContentRootError,
  DEFAULT_MAX_FILE_SIZE,
  type DiscoveredFile,
  discoverFiles,
  type FileStamp,
} from './source/discover.js';
import type { LoadOptions } from './source/load-sources.js';
import { assembleEntries, originKey, splitOriginKey } from './validate/validate-entries.js';

/** Options of {@link loadContent}. */
export interface LoadContentOptions extends LoadOptions {
  /** The integrity rules to run; default: all of them. */
  rules?: readonly Rule[];
  /**
   * Keep the run's outcome (each file's results by content digest, every diagnostic by what it is about)
   * and, on the next run, check again only what changed: files whose `stat` or content differ, and the
   * rules' subjects those changes reach (see `Rule`). `true` for the default folder (see
   * `defaultCacheDir`), `{ dir }` for another. Default: no cache. Not with custom `rules`, whose code the
   * cache cannot tell apart from one run to the next.
   */
  cache?: boolean | { dir: string };
  /**
   * Read and check files over worker threads when at least this many must be read (default 500);
   * `Infinity` for none. The outcome is the same either way.
   */
  workerMinFiles?: number;
  /** Worker threads to start then; default one per core beyond two (none on a 2-core machine). */
  workers?: number;
}

/** The outcome of {@link loadContent}: the linked valid content and every problem found. */
export interface LoadedContent {
  /**
   * Only entries that passed validation; references to failed entries are left dangling. After a run that
   * reused a cache, built on first access from the cached results.
   */
  readonly graph: ContentGraph;
  /** Every diagnostic of the run, ordered by file, line and column. */
  diagnostics: Diagnostic[];
  /** Content files read. */
  fileCount: number;
  /** Of those, files whose results came from the cache (their content unchanged since it was filled). */
  cachedFileCount: number;
  /** Absolute path of the content root that was read. */
  contentRoot: string;
  /** The project's site config, when a valid `marsad.config.*` was found. */
  config?: SiteConfig;
}

/**
 * A file written within this long before it was read may be written again with the same `stat` (coarse
 * timestamps, two writes in one tick): its stamp is not trusted, its content is hashed (racy git).
 */
const RACY_MS = 2000;

const sameStamp = (a: FileStamp, b: FileStamp) =>
  a.size === b.size && a.mtimeMs === b.mtimeMs && a.ctimeMs === b.ctimeMs && a.ino === b.ino;

/** Whether `stat` says a known file was not touched since it was read: no need to read it. */
const untouched = (known: KnownFile | undefined, stamp: FileStamp) =>
  known !== undefined && sameStamp(known.stamp, stamp) && stamp.mtimeMs < known.seenAt - RACY_MS;

/** Where the outcome is kept, and what it must have been computed with to be reused. */
interface Keeping {
  dir: string;
  fingerprint: string;
}

async function keepingOf(contentRoot: string, options: LoadContentOptions): Promise<Keeping | undefined> {
  if (!options.cache || options.rules !== undefined) return undefined;
  const dir = options.cache === true ? await defaultCacheDir(contentRoot) : options.cache.dir;
  const rules = integrityRules.map((rule) => rule.id).join(',');
  const fingerprint = `${await engineVersion()} ${rules} ${options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE}`;
  return { dir, fingerprint };
}

const flatten = (stored: StoredDiagnostics): Diagnostic[] => [
  ...[...stored.files.values()].flat(),
  ...[...stored.entries.values()].flat(),
  ...stored.findings.flatMap((finding) => finding.diagnostics),
];

/** What a run yields besides the project's own diagnostics. */
interface RunOutcome {
  graph: () => ContentGraph;
  diagnostics: Diagnostic[];
  fileCount: number;
  cachedFileCount: number;
}

function recordOf(
  file: DiscoveredFile,
  hash: string | undefined,
  checked: CheckedFile,
  seenAt: number,
): FileRecord {
  return {
    file: file.file,
    hash,
    stamp: file.stamp,
    seenAt,
    keys: keysOf(checked),
    links: linksOf(checked),
    checked,
  };
}

/** A rule's shared value computed over `graph`, with the digest that tells two values apart. */
function sharedValueOf(rule: Rule, graph: ContentGraph): SharedValue | undefined {
  if (!rule.shared) return undefined;
  const value = rule.shared.compute(graph);
  return { digest: createHash('sha1').update(serialize(value)).digest('base64'), value };
}

/** Checks every file and runs every rule; keeps the outcome when asked. */
async function fullRun(
  root: string,
  rules: readonly Rule[],
  options: CheckSourcesOptions,
  keeping: Keeping | undefined,
  startedAt: number,
): Promise<RunOutcome> {
  const sources = await checkSources(root, options);
  const validated = assembleEntries(sources.entries, sources.failed);
  const graph = new ContentGraph(validated.entities);
  const shared = new Map(
    rules.flatMap((rule) => {
      const value = sharedValueOf(rule, graph);
      return value ? [[rule.id, value] as const] : [];
    }),
  );
  const findings = runRules(
    rules,
    graph,
    validated.origins,
    (kind, id) => validated.failed.has(originKey(kind, id)),
    { shared: (rule) => shared.get(rule.id)?.value },
  );
  if (keeping) {
    // Made as they are written: each file's references are held only while its row is.
    const records = function* () {
      for (const [index, file] of sources.files.entries()) {
        const work = sources.works[index]!;
        yield recordOf(file, work.hash, work.checked, startedAt);
      }
    };
    try {
      ValidationState.write(
        keeping.dir,
        keeping.fingerprint,
        records(),
        validated.diagnosticsByKey,
        findings,
        shared,
      );
    } catch {
      // A cache that cannot be written (read-only folder, full disk) only costs the next run time.
    }
  }
  return {
    graph: () => graph,
    diagnostics: [
      ...sources.discoveryDiagnostics,
      ...sources.diagnostics,
      ...validated.diagnostics,
      ...findings.flatMap((finding) => finding.diagnostics),
    ],
    fileCount: sources.files.length,
    cachedFileCount: 0,
  };
}

/** The content graph of every file's kept results, assembled as a full run would. */
function graphOfState(files: readonly DiscoveredFile[], read: EntryFiles['read']): ContentGraph {
  const present = files.filter((file) => read(file.file) !== undefined);
  const outcomes = present.map((file) => read(file.file)!);
  const gathered = gatherSources(
    present,
    outcomes.map((outcome) => outcome.checked),
    (index) => outcomes[index]!.locators,
  );
  return new ContentGraph(assembleEntries(gathered.entries, gathered.failed).entities);
}

/**
 * Brings a kept outcome up to date: reads the files whose `stat` changed, and when some content changed,
 * assembles the entries it yields and re-runs the rules over the subjects the change reaches (see
 * `affectedSubjects`), reading other entries from the state only when a rule asks for them.
 */
async function updateRun(
  root: string,
  rules: readonly Rule[],
  options: CheckSourcesOptions,
  state: ValidationState,
  startedAt: number,
): Promise<RunOutcome> {
  const discovery = await discoverFiles(root, options);
  const { files } = discovery;
  const toRead = files.filter((file) => !untouched(state.known.get(file.file), file.stamp));
  const works = await checkFiles(toRead, { ...options, knownHash: (file) => state.known.get(file)?.hash });
  const fresh = new Map<string, { record: FileRecord; locators: (typeof works)[number]['locators'] }>();
  const touched: DiscoveredFile[] = [];
  toRead.forEach((file, index) => {
    const work = works[index]!;
    if (work.checked)
      fresh.set(file.file, {
        record: recordOf(file, work.hash, work.checked, startedAt),
        locators: work.locators,
      });
    else touched.push(file);
  });
  const present = new Set(files.map((file) => file.file));
  const removed = [...state.known.keys()].filter((file) => !present.has(file));

  const readCache = new Map<string, ReturnType<EntryFiles['read']>>();
  const read: EntryFiles['read'] = (file) => {
    const held = fresh.get(file);
    if (held) return { checked: held.record.checked, ...(held.locators && { locators: held.locators }) };
    if (!readCache.has(file)) {
      const checked = state.checked(file);
      readCache.set(file, checked && { checked });
    }
    return readCache.get(file);
  };
  const outcome = (diagnostics: Diagnostic[]): RunOutcome => ({
    graph: () => graphOfState(files, read),
    diagnostics: [...discovery.diagnostics, ...diagnostics],
    fileCount: files.length,
    cachedFileCount: files.length - fresh.size,
  });

  if (fresh.size === 0 && removed.length === 0) {
    state.update(() => {
      for (const file of touched) state.touchFile(file.file, file.stamp, startedAt);
    });
    return outcome(flatten(state.diagnostics()));
  }

  const filesOf = new Map<string, string[]>();
  for (const file of files) {
    for (const key of fresh.get(file.file)?.record.keys ?? state.known.get(file.file)?.keys ?? []) {
      const held = filesOf.get(key);
      if (held) held.push(file.file);
      else filesOf.set(key, [file.file]);
    }
  }
  const changedFiles = new Set([...fresh.keys(), ...removed]);
  const changedKeys = new Set<string>();
  const changedLinks: Link[] = [];
  for (const file of changedFiles) {
    const before = state.known.get(file);
    const after = fresh.get(file)?.record;
    for (const key of [...(before?.keys ?? []), ...(after?.keys ?? [])]) changedKeys.add(key);
    if (before) changedLinks.push(...state.links(file));
    if (after) changedLinks.push(...after.links);
  }
  // The references to the entries the changed files referred to or refer to, as they are after the change.
  const referrersAfter = new Map<string, Referrer[]>();
  for (const { to } of changedLinks) {
    if (referrersAfter.has(to)) continue;
    referrersAfter.set(
      to,
      state.referrers(to).filter((referrer) => !changedFiles.has(referrer.file)),
    );
  }
  for (const { record } of fresh.values())
    for (const { from, to, field } of record.links)
      referrersAfter.get(to)!.push({ from, field, file: record.file });
  const referrersHeld = new Map<string, readonly Referrer[]>();
  const referrers = (target: string): readonly Referrer[] => {
    let held = referrersAfter.get(target) ?? referrersHeld.get(target);
    if (!held) {
      held = state.referrers(target);
      referrersHeld.set(target, held);
    }
    return held;
  };

  const store = new StoredEntries({ files, filesOf, referrers, read });
  const graph = new ContentGraph(store);
  const everyRule = affectedSubjects(changedKeys, referrers);
  const changedKinds = new Set([...changedKeys].map((key) => splitOriginKey(key).kind));
  const origins = { get: (key: string) => store.origin(key) };
  const isFailed = (kind: EntityKind, id: string) => store.isFailed(kind, id);
  const revisited = state.reportedSubjects(
    rules.filter((rule) => rule.revisitReported).map((rule) => rule.id),
  );
  const runs = rules.map((rule) => {
    const kept = rule.shared && state.shared(rule.id);
    const stale = !kept || rule.shared?.kinds.some((kind) => changedKinds.has(kind));
    const computed = stale ? sharedValueOf(rule, graph) : undefined;
    const shared = computed ?? kept;
    const everything = rule.shared !== undefined && shared?.digest !== kept?.digest;
    const subjects = new Set([
      ...everyRule,
      ...referredSubjects(changedLinks, rule.referrers),
      ...(rule.revisitReported ? revisited : []),
    ]);
    const subjectsOf = <K extends EntityKind>(kind: K) =>
      [...subjects]
        .filter((key) => key.startsWith(`${kind}:`))
        .sort()
        .flatMap((key) => store.get(kind, splitOriginKey(key).id) ?? []);
    const findings = runRules([rule], graph, origins, isFailed, {
      shared: () => shared?.value,
      ...(!everything && { subjects: subjectsOf }),
    });
    return { rule, subjects, shared: computed, everything, findings };
  });

  state.update(() => {
    for (const { record } of fresh.values()) state.putFile(record);
    for (const file of removed) state.removeFile(file);
    for (const file of touched) state.touchFile(file.file, file.stamp, startedAt);
    for (const key of changedKeys)
      state.setEntryDiagnostics(key, store.group(key).diagnosticsByKey.get(key) ?? []);
    for (const { rule, subjects, shared, everything, findings } of runs) {
      if (everything) state.clearFindings(rule.id);
      else for (const subject of subjects) state.clearFindings(rule.id, subject);
      state.addFindings(findings);
      if (shared) state.setShared(rule.id, shared);
    }
  });
  return outcome(flatten(state.diagnostics()));
}

/**
 * Reads a content root (articles/, actors/, events/, places/, authors/), or the one a project's
 * `marsad.config.*` names, validates every entry
 * against `@marsad/schema`, links them into a {@link ContentGraph} and runs the integrity rules.
 * Never throws on content: problems come back as diagnostics. Throws `ContentRootError` only when
 * the root itself is missing or unreadable.
 */
export async function loadContent(path: string, options: LoadContentOptions = {}): Promise<LoadedContent> {
  const startedAt = Date.now();
  const project: ResolvedProject = await resolveProject(path);
  const rules = options.rules ?? integrityRules;
  const { cache: _cache, rules: _rules, ...checkOptions } = options;
  const keeping = await keepingOf(project.contentRoot, options);
  const state = keeping && ValidationState.open(keeping.dir, keeping.fingerprint);
  const full = () => fullRun(project.contentRoot, rules, checkOptions, keeping, startedAt);
  const run = state
    ? await updateRun(project.contentRoot, rules, checkOptions, state, startedAt).catch((error: unknown) => {
        // A state that cannot be brought up to date (locked by another run for too long, damaged in a way
        // opening it did not show) is replaced by a full run's; only the root itself missing is an error.
        state.close();
        if (error instanceof ContentRootError) throw error;
        return full();
      })
    : await full();
  let graph: ContentGraph | undefined;
  return {
    get graph() {
      graph ??= run.graph();
      return graph;
    },
    diagnostics: [...project.diagnostics, ...run.diagnostics].sort(compareDiagnostics),
    fileCount: run.fileCount,
    cachedFileCount: run.cachedFileCount,
    contentRoot: project.contentRoot,
    ...(project.config && { config: project.config }),
  };
}
