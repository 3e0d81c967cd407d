import {
  Actor,
  Article,
  ArticleTranslation,
  Author,
  Event,
  Place,
  sharedArticleFields,
} from '@marsad/schema';
import type * as z from 'zod';
import { createDiagnostic, type Diagnostic, type Position } from '../diagnostics/diagnostic.js';
import type { ActorEntry, ArticleEntry, ArticleVersion, EntityKind, EntityValue } from '../model/entities.js';
import type { Mention } from '../parse/markdown.js';
import type { Locator } from '../parse/yaml-data.js';
import type { Collection } from '../source/discover.js';
import type { FailedSource, MarkdownContent, SourceEntry } from '../source/load-sources.js';
import { issueDiagnostics } from './issue-diagnostics.js';

/** Where a validated entry (or an article version) was written, to point diagnostics at it. */
export interface EntryOrigin {
  file: string;
  locator: Locator;
  /** Body mentions, for Markdown entries. */
  mentions?: readonly Mention[];
  /** Markdown entries: the body text and where it starts in the file, to place rule reports inside it. */
  body?: { text: string; start: Position };
}

/** The validated entries of a content root, before linking. */
export interface ValidatedContent {
  entities: { [K in EntityKind]: EntityValue[K][] };
  /** By `originKey(kind, id)`, and for article versions `originKey('article', id, lang)`. */
  origins: Map<string, EntryOrigin>;
  /** `originKey`s of entries that exist but failed to parse or validate. */
  failed: Set<string>;
  diagnostics: Diagnostic[];
  /** The same diagnostics by the `originKey` of the entry (or article) they are about. */
  diagnosticsByKey: Map<string, Diagnostic[]>;
}

/** The key of an entry (or an article's language version) in origin and failure sets. */
export function originKey(kind: EntityKind, id: string, lang?: string): string {
  return lang === undefined ? `${kind}:${id}` : `${kind}:${id}:${lang}`;
}

/** The kind of an entry's {@link originKey} and the rest: its id (and an article version's language). */
export function splitOriginKey(key: string): { kind: EntityKind; id: string } {
  const colon = key.indexOf(':');
  return { kind: key.slice(0, colon) as EntityKind, id: key.slice(colon + 1) };
}

/** The entity kind of each collection folder. */
export const kindOf: Record<Collection, EntityKind> = {
  actors: 'actor',
  events: 'event',
  places: 'place',
  authors: 'author',
  articles: 'article',
};

const entitySchemas = { actor: Actor, event: Event, place: Place, author: Author } as const;

/** What a body carries into the graph (its prose mask is left behind: no later step reads it). */
export type CheckedMarkdown = Omit<MarkdownContent, 'prose'>;

/**
 * One entry checked against its schema on its own, before entries are compared with each other: plain
 * data (no functions, no shared strings), so it can cross a worker boundary and be cached with its file.
 */
export interface CheckedSource {
  collection: Collection;
  id: string;
  file: string;
  pointer: (string | number)[];
  lang?: string;
  markdown?: CheckedMarkdown;
  /** Entities: the validated value without its profile; articles: the version's frontmatter. */
  value?: unknown;
  /** Articles: the `original:` field as written (a translation names its original's language). */
  original?: unknown;
  /** The entry's own problems: schema issues, and for articles `lang` and shared-field conflicts. */
  diagnostics: Diagnostic[];
}

/** A checked entry with the locator that places diagnostics in its file. */
export type LocatedSource = CheckedSource & { locator: Locator };

function parseWith<T>(
  schema: z.ZodType<T>,
  data: unknown,
  source: SourceEntry,
  diagnostics: Diagnostic[],
): T | undefined {
  const result = schema.safeParse(data);
  if (result.success) return result.data;
  diagnostics.push(
    ...issueDiagnostics(result.error.issues, { file: source.file, data, locator: source.locator, schema }),
  );
  return undefined;
}

function checkEntity(source: SourceEntry, diagnostics: Diagnostic[]): unknown {
  const kind = kindOf[source.collection] as Exclude<EntityKind, 'article'>;
  // The file name is the id; a differing `id:` was reported while loading, so the name wins here.
  const data = { ...(source.data as Record<string, unknown>), id: source.id };
  return parseWith(entitySchemas[kind] as z.ZodType<unknown>, data, source, diagnostics);
}

function checkVersion(source: SourceEntry, diagnostics: Diagnostic[]): unknown {
  const lang = source.lang ?? '';
  // `id:` may be written in an article too; loading already checked it against the file name.
  const { id: _id, ...data } = source.data as Record<string, unknown>;
  if (data.lang !== undefined && data.lang !== lang) {
    diagnostics.push(
      createDiagnostic({
        file: source.file,
        ruleId: 'id/mismatch',
        severity: 'error',
        message: `lang "${String(data.lang)}" differs from the file name's language "${lang}": remove \`lang\` or rename the file`,
        suggestions: [lang],
        ...source.locator.locate(['lang'], 'value'),
      }),
    );
  }
  const isTranslation = data.original !== undefined;
  if (isTranslation) {
    for (const field of sharedArticleFields) {
      if (!(field in data)) continue;
      delete data[field];
      diagnostics.push(
        createDiagnostic({
          file: source.file,
          ruleId: 'article/translation-conflict',
          severity: 'error',
          message: `\`${field}\` is shared metadata: only the original version sets it; remove it from this translation`,
          ...source.locator.locate([field], 'key'),
        }),
      );
    }
  }
  const schema = isTranslation ? ArticleTranslation : Article;
  return parseWith<Article | ArticleTranslation>(schema, data, source, diagnostics);
}

/** Checks one loaded entry against its schema: the per-entry half of {@link validateEntries}. */
export function checkSource(source: SourceEntry): CheckedSource {
  const { collection, id, file, pointer, lang, markdown } = source;
  const diagnostics: Diagnostic[] = [];
  const checked: CheckedSource = { collection, id, file, pointer, diagnostics };
  if (lang !== undefined) checked.lang = lang;
  if (markdown) {
    const { body, bodyStart, mentions, headings } = markdown;
    checked.markdown = { body, bodyStart, mentions, headings };
  }
  let value: unknown;
  if (collection === 'articles') {
    value = checkVersion(source, diagnostics);
    const original = (source.data as Record<string, unknown>).original;
    if (original !== undefined) checked.original = original;
  } else {
    value = checkEntity(source, diagnostics);
  }
  if (value !== undefined) checked.value = value;
  return checked;
}

/**
 * `target` with its `key` (already present, so it keeps its place among the keys) reading the body of
 * `markdown` when asked: a body that came from the cache is decoded only if something reads it.
 */
function withBody<T extends object>(
  target: T,
  key: keyof T & string,
  markdown: CheckedMarkdown | undefined,
): T {
  return Object.defineProperty(target, key, { enumerable: true, get: () => markdown?.body ?? '' });
}

/** Records diagnostics about the entry `key`. */
function note(content: ValidatedContent, key: string, diagnostics: readonly Diagnostic[]): void {
  if (diagnostics.length === 0) return;
  content.diagnostics.push(...diagnostics);
  const held = content.diagnosticsByKey.get(key);
  if (held) held.push(...diagnostics);
  else content.diagnosticsByKey.set(key, [...diagnostics]);
}

function duplicateDiagnostic(source: LocatedSource, kind: EntityKind, first: EntryOrigin): Diagnostic {
  const at = first.locator.locate(['id'], 'value');
  return createDiagnostic({
    file: source.file,
    ruleId: 'id/duplicate',
    severity: 'error',
    message: `the ${kind} id "${source.id}" is already used by ${first.file}: ids are unique within a collection; rename one`,
    ...source.locator.locate(['id'], 'value'),
    cause: {
      file: first.file,
      line: at.line,
      column: at.column,
      message: `first ${kind} with id "${source.id}"`,
    },
  });
}

function addEntity(source: LocatedSource, content: ValidatedContent): void {
  const kind = kindOf[source.collection] as Exclude<EntityKind, 'article'>;
  const key = originKey(kind, source.id);
  const origin: EntryOrigin = { file: source.file, locator: source.locator };
  const first = content.origins.get(key);
  if (first) {
    note(content, key, [duplicateDiagnostic(source, kind, first)]);
    return;
  }
  content.origins.set(key, origin);
  note(content, key, source.diagnostics);
  if (source.value === undefined) {
    content.failed.add(key);
    return;
  }
  // A copy: the checked value may be a cache's, and the graph's entries must not alias it.
  const value = { ...(source.value as EntityValue[typeof kind]) };
  const markdown = source.markdown;
  if (kind === 'actor' && markdown) {
    const { bodyStart, mentions, headings } = markdown;
    origin.mentions = mentions;
    origin.body = withBody({ text: '', start: bodyStart }, 'text', markdown);
    (value as ActorEntry).profile = withBody({ body: '', mentions, headings }, 'body', markdown);
  }
  (content.entities[kind] as EntityValue[typeof kind][]).push(value);
}

function versionOf(source: LocatedSource): ArticleVersion | undefined {
  if (source.value === undefined) return undefined;
  const markdown = source.markdown;
  const version: ArticleVersion = {
    lang: source.lang ?? '',
    frontmatter: source.value as Article | ArticleTranslation,
    body: '',
    mentions: markdown?.mentions ?? [],
    headings: markdown?.headings ?? [],
    file: source.file,
  };
  return withBody(version, 'body', markdown);
}

function assembleArticle(id: string, drafts: LocatedSource[], content: ValidatedContent): void {
  const langOf = (draft: LocatedSource) => draft.lang ?? '';
  for (const draft of drafts) {
    content.origins.set(originKey('article', id, langOf(draft)), {
      file: draft.file,
      locator: draft.locator,
      mentions: draft.markdown?.mentions ?? [],
      body: draft.markdown && withBody({ text: '', start: draft.markdown.bodyStart }, 'text', draft.markdown),
    });
  }
  const originals = drafts.filter((draft) => draft.original === undefined);
  const [original, ...extraOriginals] = originals;
  for (const extra of extraOriginals) {
    note(content, originKey('article', id), [
      createDiagnostic({
        file: extra.file,
        ruleId: 'article/translation-conflict',
        severity: 'error',
        message: `${original!.file} is already the original of "${id}": a translation names its original's language with \`original: ${langOf(original!)}\` and leaves the shared metadata to it`,
        ...extra.locator.locate([], 'key'),
      }),
    ]);
  }
  if (!original) {
    for (const draft of drafts) {
      note(content, originKey('article', id), [
        createDiagnostic({
          file: draft.file,
          ruleId: 'article/missing-original',
          severity: 'error',
          message: `this translation has no original: add articles/${id}.${String(draft.original)}.md`,
          ...draft.locator.locate(['original'], 'value'),
        }),
      ]);
    }
  }
  for (const draft of drafts) {
    if (
      !original ||
      draft === original ||
      draft.original === undefined ||
      draft.original === langOf(original)
    )
      continue;
    note(content, originKey('article', id), [
      createDiagnostic({
        file: draft.file,
        ruleId: 'article/translation-conflict',
        severity: 'error',
        message: `\`original: ${String(draft.original)}\` names a version that is not the original; the original is ${original.file}`,
        suggestions: [langOf(original)],
        ...draft.locator.locate(['original'], 'value'),
      }),
    ]);
  }
  const meta = original?.value as Article | undefined;
  if (!original || !meta) {
    content.failed.add(originKey('article', id));
    return;
  }
  content.origins.set(
    originKey('article', id),
    content.origins.get(originKey('article', id, langOf(original)))!,
  );
  const versions: Record<string, ArticleVersion> = {};
  for (const draft of [original, ...drafts.filter((draft) => !originals.includes(draft))]) {
    const version = versionOf(draft);
    if (version) versions[langOf(draft)] = version;
    else content.failed.add(originKey('article', id, langOf(draft)));
  }
  const article: ArticleEntry = { id, lang: langOf(original), meta, versions };
  content.entities.article.push(article);
}

/**
 * Compares checked entries with each other (duplicate ids, an article's versions) and gathers the valid
 * ones: the cross-entry half of {@link validateEntries}, cheap enough to run on every load.
 */
export function assembleEntries(
  checked: readonly LocatedSource[],
  failedSources: readonly FailedSource[] = [],
): ValidatedContent {
  const content: ValidatedContent = {
    entities: { actor: [], event: [], place: [], author: [], article: [] },
    origins: new Map(),
    failed: new Set(failedSources.map((failed) => originKey(kindOf[failed.collection], failed.id))),
    diagnostics: [],
    diagnosticsByKey: new Map(),
  };
  const articleDrafts = new Map<string, LocatedSource[]>();
  for (const source of checked) {
    if (source.collection !== 'articles') {
      addEntity(source, content);
      continue;
    }
    note(content, originKey('article', source.id), source.diagnostics);
    const drafts = articleDrafts.get(source.id) ?? [];
    drafts.push(source);
    articleDrafts.set(source.id, drafts);
  }
  for (const [id, drafts] of articleDrafts) assembleArticle(id, drafts, content);
  return content;
}

/**
 * Validates every loaded entry against its `@marsad/schema` schema and assembles articles from their
 * language versions. Entries that fail are left out (and remembered in `failed`); all their problems
 * are reported, never only the first.
 */
export function validateEntries(
  sources: readonly SourceEntry[],
  failedSources: readonly FailedSource[] = [],
): ValidatedContent {
  const checked = sources.map((source) => ({ ...checkSource(source), locator: source.locator }));
  return assembleEntries(checked, failedSources);
}
