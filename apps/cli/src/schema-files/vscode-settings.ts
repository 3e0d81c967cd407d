import { applyEdits, modify, type ParseError, parse, printParseErrorCode } from 'jsonc-parser';
import { OutputError } from '../output/write-atomic.js';
import { contentGlobs, DATA_FILE_KINDS } from './content-globs.js';
import { contentFileSchemaName } from './schema-files.js';

/** One entry of VS Code's `json.schemas`. */
interface JsonSchemaMapping {
  fileMatch: string[];
  url: string;
}

/** The VS Code settings that map each content folder to its JSON Schema. */
export interface SchemaSettings {
  'yaml.schemas': Record<string, string[]>;
  'json.schemas': JsonSchemaMapping[];
}

/**
 * `yaml.schemas` (redhat.vscode-yaml) and `json.schemas` (VS Code's own) for the data files of a project,
 * with paths relative to the project root, which VS Code resolves them against when it is the workspace
 * folder. `schemaFolder` and `contentDir` are relative to that root, with `/`. Markdown frontmatter is
 * not mapped: neither language server reads it.
 */
export function schemaSettings(schemaFolder: string, contentDir: string): SchemaSettings {
  const url = (kind: (typeof DATA_FILE_KINDS)[number]) => `./${schemaFolder}/${contentFileSchemaName(kind)}`;
  return {
    'yaml.schemas': Object.fromEntries(
      DATA_FILE_KINDS.map((kind) => [url(kind), contentGlobs(contentDir, kind, 'yaml')]),
    ),
    'json.schemas': DATA_FILE_KINDS.map((kind) => ({
      fileMatch: contentGlobs(contentDir, kind, 'json'),
      url: url(kind),
    })),
  };
}

const FORMATTING = { formattingOptions: { insertSpaces: true, tabSize: 2, eol: '\n' } };

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function lineOf(text: string, offset: number): number {
  return text.slice(0, offset).split('\n').length;
}

/**
 * `existing` settings (JSON with comments, as VS Code writes them; empty when there is no file) with
 * `settings` merged in: each of our schemas replaces its own mapping and every other setting, mapping and
 * comment is kept. Throws an {@link OutputError} for text it cannot read as a settings object, rather
 * than rewrite a file whose content it would lose.
 */
export function mergeSchemaSettings(existing: string, settings: SchemaSettings, shownFile: string): string {
  const errors: ParseError[] = [];
  const current: unknown =
    existing.trim() === '' ? {} : parse(existing, errors, { allowTrailingComma: true });
  const [error] = errors;
  if (error || !isObject(current)) {
    const why = error
      ? `${printParseErrorCode(error.error)} at line ${lineOf(existing, error.offset)}`
      : 'not an object';
    throw new OutputError(`cannot merge into ${shownFile} (${why}); it was left as it is.`);
  }
  let text = existing.trim() === '' ? '{}\n' : existing;
  for (const [url, globs] of Object.entries(settings['yaml.schemas'])) {
    text = applyEdits(text, modify(text, ['yaml.schemas', url], globs, FORMATTING));
  }
  const ours = new Set(settings['json.schemas'].map((mapping) => mapping.url));
  const previous = Array.isArray(current['json.schemas']) ? current['json.schemas'] : [];
  const kept = previous.filter((mapping) => !(isObject(mapping) && ours.has(String(mapping.url))));
  return applyEdits(text, modify(text, ['json.schemas'], [...kept, ...settings['json.schemas']], FORMATTING));
}
