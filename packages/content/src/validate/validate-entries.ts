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
import type { FailedSource, SourceEntry } from '../source/load-sources.js';
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
}

/** The key of an entry (or an article's language version) in origin and failure sets. */
export function originKey(kind: EntityKind, id: string, lang?: string): string {
  return lang === undefined ? `${kind}:${id}` : `${kind}:${id}:${lang}`;
}

const kindOf: Record<Collection, EntityKind> = {
  actors: 'actor',
  events: 'event',
  places: 'place',
  authors: 'author',
  articles: 'article',
};

const entitySchemas = { actor: Actor, event: Event, place: Place, author: Author } as const;

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

function duplicateDiagnostic(source: SourceEntry, kind: EntityKind, first: EntryOrigin): Diagnostic {
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

function validateEntity(source: SourceEntry, content: ValidatedContent): void {
  const kind = kindOf[source.collection] as Exclude<EntityKind, 'article'>;
  const key = originKey(kind, source.id);
  const origin: EntryOrigin = { file: source.file, locator: source.locator };
  const first = content.origins.get(key);
  if (first) {
    content.diagnostics.push(duplicateDiagnostic(source, kind, first));
    return;
  }
  content.origins.set(key, origin);
  // The file name is the id; a differing `id:` was reported while loading, so the name wins here.
  const data = { ...(source.data as Record<string, unknown>), id: source.id };
  const value = parseWith(
    entitySchemas[kind] as z.ZodType<EntityValue[typeof kind]>,
    data,
    source,
    content.diagnostics,
  );
  if (value === undefined) {
    content.failed.add(key);
    return;
  }
  const markdown = source.markdown;
  if (kind === 'actor' && markdown) {
    const { body, bodyStart, mentions, headings } = markdown;
    origin.mentions = mentions;
    origin.body = { text: body, start: bodyStart };
    (value as ActorEntry).profile = { body, mentions, headings };
  }
  (content.entities[kind] as EntityValue[typeof kind][]).push(value);
}

interface VersionDraft {
  source: SourceEntry;
  lang: string;
  version?: ArticleVersion;
}

function validateVersion(source: SourceEntry, diagnostics: Diagnostic[]): VersionDraft {
  const lang = source.lang ?? '';
  // `id:` may be written in an article too; loading already checked it against the file name.
  const { id: _id, ...data } = source.data as Record<string, unknown>;
  const draft: VersionDraft = { source, lang };
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
  const frontmatter = parseWith<Article | ArticleTranslation>(schema, data, source, diagnostics);
  if (frontmatter === undefined) return draft;
  const markdown = source.markdown;
  draft.version = {
    lang,
    frontmatter,
    body: markdown?.body ?? '',
    mentions: markdown?.mentions ?? [],
    headings: markdown?.headings ?? [],
    file: source.file,
  };
  return draft;
}

function assembleArticle(id: string, drafts: VersionDraft[], content: ValidatedContent): void {
  for (const draft of drafts) {
    content.origins.set(originKey('article', id, draft.lang), {
      file: draft.source.file,
      locator: draft.source.locator,
      mentions: draft.source.markdown?.mentions ?? [],
      body: draft.source.markdown && {
        text: draft.source.markdown.body,
        start: draft.source.markdown.bodyStart,
      },
    });
  }
  const originals = drafts.filter(
    (draft) => (draft.source.data as Record<string, unknown>).original === undefined,
  );
  const [original, ...extraOriginals] = originals;
  for (const extra of extraOriginals) {
    content.diagnostics.push(
      createDiagnostic({
        file: extra.source.file,
        ruleId: 'article/translation-conflict',
        severity: 'error',
        message: `${original!.source.file} is already the original of "${id}": a translation names its original's language with \`original: ${original!.lang}\` and leaves the shared metadata to it`,
        ...extra.source.locator.locate([], 'key'),
      }),
    );
  }
  if (!original) {
    for (const draft of drafts) {
      content.diagnostics.push(
        createDiagnostic({
          file: draft.source.file,
          ruleId: 'article/missing-original',
          severity: 'error',
          message: `this translation has no original: add articles/${id}.${String((draft.source.data as Record<string, unknown>).original)}.md`,
          ...draft.source.locator.locate(['original'], 'value'),
        }),
      );
    }
  }
  for (const draft of drafts) {
    const data = draft.source.data as Record<string, unknown>;
    if (!original || draft === original || data.original === undefined || data.original === original.lang)
      continue;
    content.diagnostics.push(
      createDiagnostic({
        file: draft.source.file,
        ruleId: 'article/translation-conflict',
        severity: 'error',
        message: `\`original: ${String(data.original)}\` names a version that is not the original; the original is ${original.source.file}`,
        suggestions: [original.lang],
        ...draft.source.locator.locate(['original'], 'value'),
      }),
    );
  }
  const meta = original?.version?.frontmatter as Article | undefined;
  if (!original || !meta) {
    content.failed.add(originKey('article', id));
    return;
  }
  content.origins.set(
    originKey('article', id),
    content.origins.get(originKey('article', id, original.lang))!,
  );
  const versions: Record<string, ArticleVersion> = {};
  for (const draft of [original, ...drafts.filter((draft) => !originals.includes(draft))]) {
    if (draft.version) versions[draft.lang] = draft.version;
    else content.failed.add(originKey('article', id, draft.lang));
  }
  const article: ArticleEntry = { id, lang: original.lang, meta, versions };
  content.entities.article.push(article);
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
  const content: ValidatedContent = {
    entities: { actor: [], event: [], place: [], author: [], article: [] },
    origins: new Map(),
    failed: new Set(failedSources.map((failed) => originKey(kindOf[failed.collection], failed.id))),
    diagnostics: [],
  };
  const articleDrafts = new Map<string, VersionDraft[]>();
  for (const source of sources) {
    if (source.collection !== 'articles') {
      validateEntity(source, content);
      continue;
    }
    const drafts = articleDrafts.get(source.id) ?? [];
    drafts.push(validateVersion(source, content.diagnostics));
    articleDrafts.set(source.id, drafts);
  }
  for (const [id, drafts] of articleDrafts) assembleArticle(id, drafts, content);
  return content;
}
