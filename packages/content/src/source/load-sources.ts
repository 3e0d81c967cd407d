import {
  compareDiagnostics,
  createDiagnostic,
  type Diagnostic,
  type Position,
} from '../diagnostics/diagnostic.js';
import { parseJsonData, parseJsonLines } from '../parse/json-data.js';
import { type Heading, type Mention, parseMarkdownFile } from '../parse/markdown.js';
import {
  checkShape,
  type DataResult,
  type Locator,
  parseYamlData,
  scopeLocator,
} from '../parse/yaml-data.js';
import { type Collection, type DiscoveredFile, type DiscoverOptions, discoverFiles } from './discover.js';
import { readText, stripBom } from './read-text.js';

/** What a Markdown entry (an article, an actor profile) carries besides its frontmatter. */
export interface MarkdownContent {
  body: string;
  bodyStart: Position;
  mentions: Mention[];
  headings: Heading[];
  /**
   * The body's prose: as long as `body`, with its line breaks, everything a reader does not read as
   * prose (mention labels included, since they are links already) replaced by spaces. Offsets into it
   * are offsets into `body`.
   */
  prose: string;
}

/** One entry as written in a content file, before schema validation. */
export interface SourceEntry {
  collection: Collection;
  /** Id from the file name (or, in list and JSONL files, the item's `id`). */
  id: string;
  /** Path relative to the content root, POSIX separators. */
  file: string;
  /** Where the entry sits in its file: `[]` for single-entity files, `[index]` for list and JSONL items. */
  pointer: (string | number)[];
  /** Plain JS value as written (the frontmatter for Markdown). */
  data: unknown;
  /** Locates paths inside {@link SourceEntry.data} (relative to the entry, not to its file). */
  locator: Locator;
  /** Articles: the language from `<id>.<lang>.md`. */
  lang?: string;
  /** Articles and `.md` actors. */
  markdown?: MarkdownContent;
}

/**
 * A single-entity file that could not be loaded, with the id its name gives, so later steps can tell
 * a reference to a broken entry from a reference to an unknown one.
 */
export interface FailedSource {
  collection: Collection;
  id: string;
  file: string;
}

/** The outcome of parsing one content file. */
export interface ParsedSource {
  entries: SourceEntry[];
  diagnostics: Diagnostic[];
  failed: FailedSource[];
}

/** The outcome of {@link loadSources}. */
export interface LoadResult extends ParsedSource {
  /** Content files found and read (files over the size limit are not counted). */
  fileCount: number;
}

/** Options of {@link loadSources}. */
export interface LoadOptions extends DiscoverOptions {}

/** The parts of a discovered file that parsing needs (no path, no size: the text is given). */
export type SourceFileInfo = Pick<DiscoveredFile, 'file' | 'collection' | 'format'>;

/** A primary language subtag with optional subtags: enough to split `<id>.<lang>` apart. */
const LANG_SUFFIX = /^(.+)\.([A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*)$/;

interface NameId {
  id: string;
  lang?: string;
  diagnostic?: Diagnostic;
}

/** The id (and an article's language) that a file name gives. */
function idFromName({ file, collection }: SourceFileInfo): NameId {
  const name = file.slice(file.lastIndexOf('/') + 1);
  const stem = name.includes('.') ? name.slice(0, name.lastIndexOf('.')) : name;
  if (collection !== 'articles') return { id: stem };
  const match = LANG_SUFFIX.exec(stem);
  if (match?.[1] && match[2]) return { id: match[1], lang: match[2] };
  return {
    id: stem,
    diagnostic: createDiagnostic({
      file,
      ruleId: 'file/name',
      severity: 'error',
      message: `Article files are named <id>.<lang>.md (e.g. coalition-withdrawal.ar.md); ${name} has no language part.`,
      suggestions: [`${stem}.ar.md`],
    }),
  };
}

/** The entry of a file that holds one entity: its id is the file name, and an `id:` must agree. */
function singleEntry(info: SourceFileInfo, name: NameId, data: Record<string, unknown>, locator: Locator) {
  const entry: SourceEntry = {
    collection: info.collection,
    id: name.id,
    file: info.file,
    pointer: [],
    data,
    locator,
  };
  if (name.lang !== undefined) entry.lang = name.lang;
  const written = data.id;
  const diagnostics: Diagnostic[] = [];
  if ((typeof written === 'string' || typeof written === 'number') && String(written) !== name.id) {
    diagnostics.push(
      createDiagnostic({
        file: info.file,
        ruleId: 'id/mismatch',
        severity: 'error',
        message: `The id "${written}" differs from the file name, which is the id: write id: ${name.id} (or rename the file to match).`,
        suggestions: [name.id],
        ...locator.locate(['id'], 'value'),
      }),
    );
  }
  return { entry, diagnostics };
}

interface ListItem {
  data: unknown;
  locator: Locator;
  /** Names the item in messages ("Item 3 of the list", "The item on line 7"). */
  subject: string;
}

/** The entries of a list or JSONL file: each item must be a mapping with its own `id`. */
function listEntries(info: SourceFileInfo, items: readonly ListItem[]): Omit<ParsedSource, 'failed'> {
  const entries: SourceEntry[] = [];
  const diagnostics: Diagnostic[] = [];
  items.forEach((item, index) => {
    const wrongShape = checkShape(item.data, 'mapping', {
      file: info.file,
      subject: item.subject,
      range: () => item.locator.locate([], 'value'),
    });
    if (wrongShape) {
      diagnostics.push(wrongShape);
      return;
    }
    const id = (item.data as Record<string, unknown>).id;
    if ((typeof id !== 'string' || id === '') && typeof id !== 'number') {
      diagnostics.push(
        createDiagnostic({
          file: info.file,
          ruleId: 'schema/missing-id',
          severity: 'error',
          message: `${item.subject} has no id: in a list or JSONL file every entry carries its own id (id: some-id).`,
          ...item.locator.locate(['id'], 'key'),
        }),
      );
      return;
    }
    entries.push({
      collection: info.collection,
      id: String(id),
      file: info.file,
      pointer: [index],
      data: item.data,
      locator: item.locator,
    });
  });
  return { entries, diagnostics };
}

/** Entries of a YAML or JSON file that parsed: one entity, or (events) a list of them. */
function dataEntries(info: SourceFileInfo, name: NameId, result: DataResult): ParsedSource {
  if (!result.ok) return { entries: [], diagnostics: result.diagnostics, failed: [failedSource(info, name)] };
  const { data, locator } = result;
  if (Array.isArray(data)) {
    const items = data.map((item, index) => ({
      data: item,
      locator: scopeLocator(locator, [index]),
      subject: `Item ${index + 1} of the list`,
    }));
    return { ...listEntries(info, items), failed: [] };
  }
  const single = singleEntry(info, name, data as Record<string, unknown>, locator);
  return { entries: [single.entry], diagnostics: single.diagnostics, failed: [] };
}

function failedSource(info: SourceFileInfo, name: NameId): FailedSource {
  return { collection: info.collection, id: name.id, file: info.file };
}

/** What a file that could not be read or decoded yields: its problem, and the entry it names as failed. */
export function unreadSource(info: SourceFileInfo, diagnostic: Diagnostic): ParsedSource {
  const failed = info.format === 'jsonl' ? [] : [failedSource(info, idFromName(info))];
  return { entries: [], diagnostics: [diagnostic], failed };
}

/**
 * Parses one content file from its decoded text into entries and diagnostics. Pure: no file system,
 * no shared state, so it can run in worker threads and be cached by content hash. Never throws.
 */
export function parseSourceFile(info: SourceFileInfo, text: string): ParsedSource {
  const source = stripBom(text);
  const { file, collection, format } = info;
  const name = idFromName(info);
  const nameDiagnostics = name.diagnostic ? [name.diagnostic] : [];
  let parsed: ParsedSource;
  switch (format) {
    case 'markdown': {
      const markdown = parseMarkdownFile(source, { file });
      if (markdown.frontmatter === undefined) {
        parsed = { entries: [], diagnostics: markdown.diagnostics, failed: [failedSource(info, name)] };
        break;
      }
      const single = singleEntry(
        info,
        name,
        markdown.frontmatter as Record<string, unknown>,
        markdown.locator,
      );
      const { body, bodyStart, mentions, headings, prose } = markdown;
      single.entry.markdown = { body, bodyStart, mentions, headings, prose };
      parsed = {
        entries: [single.entry],
        diagnostics: [...markdown.diagnostics, ...single.diagnostics],
        failed: [],
      };
      break;
    }
    case 'yaml':
    case 'json': {
      const accept = collection === 'events' ? 'mapping-or-list' : 'mapping';
      const result =
        format === 'yaml' ? parseYamlData(source, { file, accept }) : parseJsonData(source, { file, accept });
      parsed = dataEntries(info, name, result);
      break;
    }
    case 'jsonl': {
      const lines = parseJsonLines(source, { file });
      const items = lines.items.map((line) => ({ ...line, subject: `The item on line ${line.line}` }));
      const list = listEntries(info, items);
      parsed = {
        entries: list.entries,
        diagnostics: [...lines.diagnostics, ...list.diagnostics],
        failed: [],
      };
      break;
    }
  }
  parsed.diagnostics.unshift(...nameDiagnostics);
  return parsed;
}

/**
 * Discovers, reads and parses every content file under `root`: the source layer of the engine.
 * Diagnostics come back sorted. Throws `ContentRootError` only when the root itself is missing or
 * unreadable; every problem with the content is a diagnostic.
 */
export async function loadSources(root: string, options: LoadOptions = {}): Promise<LoadResult> {
  const discovery = await discoverFiles(root, options);
  const entries: SourceEntry[] = [];
  const diagnostics = [...discovery.diagnostics];
  const failed: FailedSource[] = [];
  for (const file of discovery.files) {
    const read = await readText(file.path, file.file);
    const parsed = read.ok ? parseSourceFile(file, read.text) : unreadSource(file, read.diagnostic);
    entries.push(...parsed.entries);
    diagnostics.push(...parsed.diagnostics);
    failed.push(...parsed.failed);
  }
  diagnostics.sort(compareDiagnostics);
  return { entries, diagnostics, failed, fileCount: discovery.files.length };
}
