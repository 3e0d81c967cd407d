import { mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { collectionOf, resolveProject } from '@marsad/content';
import { type ContentFileKind, contentFileKinds, Id, LangTag, type SiteConfig } from '@marsad/schema';
import { defineCommand, UsageError } from '../command.js';
import { OutputError, writeFileAtomic } from '../output/write-atomic.js';
import { PROJECT_PATH_ARGUMENT, projectRootOf, shownPath } from '../paths.js';
import { existingEntryFile } from '../scaffold/existing-entry.js';
import { renderArticleTemplate, renderYamlTemplate } from '../scaffold/render-template.js';
import { schemaReference } from '../scaffold/schema-reference.js';
import { templateSchema } from '../scaffold/template-fields.js';
import { filesToReport, withProgress } from '../validate/progress.js';

/** The language of a new article when neither --lang nor a config says: Marsad is Arabic-first. */
const FALLBACK_LANGUAGE = 'ar';

const options = {
  lang: {
    type: 'string',
    short: 'l',
    valueName: 'tag',
    description: "Language of a new article (default: the config's defaultLanguage, else ar).",
  },
} as const;

function parseKind(kind: string | undefined): ContentFileKind {
  if (kind !== undefined && (contentFileKinds as readonly string[]).includes(kind))
    return kind as ContentFileKind;
  throw new UsageError(
    kind === undefined
      ? `which kind of entry? One of ${contentFileKinds.join(', ')}.`
      : `the kind must be one of ${contentFileKinds.join(', ')}; got "${kind}".`,
  );
}

function parseId(id: string | undefined): string {
  if (id === undefined) throw new UsageError('give the new entry an id, like al-sudani.');
  const result = Id.safeParse(id);
  if (!result.success) throw new UsageError(`invalid id: ${result.error.issues[0]?.message}.`);
  return id;
}

/** The article's language: --lang, checked against the site's languages, else the site's default. */
function articleLanguage(lang: string | undefined, config: SiteConfig | undefined): string {
  if (lang === undefined) return config?.defaultLanguage ?? FALLBACK_LANGUAGE;
  const result = LangTag.safeParse(lang);
  if (!result.success) throw new UsageError(`--lang: ${result.error.issues[0]?.message}.`);
  if (config && !config.languages.includes(lang)) {
    throw new UsageError(
      `--lang ${lang} is not one of the site's languages (${config.languages.join(', ')}).`,
    );
  }
  return lang;
}

/** `marsad new`: a documented file for a new entry, with the fields still to fill left empty. */
export const newCommand = defineCommand({
  name: 'new',
  summary: 'Create a new article, actor, event, place or author, every field laid out and documented.',
  usage: ['marsad new <kind> <id> [path] [options]'],
  positionals: [
    { name: 'kind', description: `What to create: ${contentFileKinds.join(', ')}.` },
    { name: 'id', description: 'Its id, which is also its file name: lowercase words joined by hyphens.' },
    PROJECT_PATH_ARGUMENT,
  ],
  options,
  details: [
    'Writes <content>/actors/<id>.yaml (events/, places/, authors/ alike) or <content>/articles/<id>.<lang>.md\n' +
      '(status: draft). Each field of the schema is written with its description: required fields empty, so\n' +
      '`marsad validate` points at exactly what is left to fill; optional ones commented out. The first line\n' +
      "maps the file to its JSON Schema for the editor's YAML language server: .marsad-schema/ when\n" +
      "`marsad schema` wrote it, else the project's installed @marsad/schema, else a pinned unpkg URL.",
    'It never overwrites: an id already used by an entry of that kind anywhere in the content (in its own\n' +
      'file, a list or JSONL file, or an article in another language) is refused.',
    'Exit codes: 0 the file was written; 2 a usage error (unknown kind, invalid id), the id is taken,\n' +
      '            or the content folder cannot be read or written.',
  ],
  examples: [
    { command: 'marsad new actor al-sudani', description: 'Write content/actors/al-sudani.yaml to fill in.' },
    {
      command: 'marsad new article pmf-after-the-coalition --lang en',
      description: 'Start a draft article in English: content/articles/pmf-after-the-coalition.en.md.',
    },
  ],
  async run({ values, positionals, io }) {
    const kind = parseKind(positionals[0]);
    const id = parseId(positionals[1]);
    if (kind !== 'article' && values.lang !== undefined) {
      throw new UsageError('--lang is for articles: other entries hold every language in one file.');
    }
    const path = resolve(io.cwd, positionals[2] ?? '.');
    const project = await resolveProject(path);
    const lang = kind === 'article' ? articleLanguage(values.lang, project.config) : undefined;
    const collection = collectionOf[kind];
    const files = await filesToReport(path, io);
    const taken = await withProgress(`Reading ${files.toLocaleString('en-US')} files…`, files, io, () =>
      existingEntryFile(project.contentRoot, collection, id),
    );
    if (taken !== undefined) {
      const where = shownPath(io.cwd, join(project.contentRoot, taken));
      throw new OutputError(`${kind} "${id}" already exists in ${where}; nothing was written.`);
    }
    const folder = join(project.contentRoot, collection);
    const target = join(folder, lang === undefined ? `${id}.yaml` : `${id}.${lang}.md`);
    const schema = templateSchema(kind);
    const template = { schemaReference: await schemaReference(kind, projectRootOf(project, path), folder) };
    const presets: Record<string, string> = kind === 'article' ? { status: 'draft' } : { id };
    const render = kind === 'article' ? renderArticleTemplate : renderYamlTemplate;
    const text = render(schema, { ...template, presets });
    await mkdir(folder, { recursive: true });
    await writeFileAtomic(target, text, { exclusive: true });
    const toFill = schema.fields.filter((field) => field.required && presets[field.name] === undefined);
    io.stdout.write(
      `✔ Created ${shownPath(io.cwd, target)}: fill in ${toFill.map((field) => field.name).join(', ')}, then run marsad validate.\n`,
    );
    return 0;
  },
});
