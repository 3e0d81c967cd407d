import { mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { ArticleType, isId, isLangTag } from '@marsad/schema';
import { type CommandInput, defineCommand, oneOf, UsageError } from '../command.js';
import { defaultDraftId, existingArticle } from '../import/draft-id.js';
import type { InputFormat } from '../import/input-format.js';
import { LINK_MODES } from '../import/link-names.js';
import { type Draft, prepareDraft } from '../import/prepare-draft.js';
import { InputError, readInput } from '../import/read-input.js';
import type { CliIO } from '../io.js';
import { writeFileAtomic } from '../output/write-atomic.js';
import { PROJECT_PATH_ARGUMENT, shownPath } from '../paths.js';
import { countSeverities } from '../reporters/report-options.js';
import { loadWithProgress } from '../validate/progress.js';

const FORMATS = ['pretty', 'json'] as const;
const INPUT_FORMATS: readonly InputFormat[] = ['html', 'markdown', 'text'];

const options = {
  link: {
    type: 'string',
    valueName: 'which',
    description:
      'every (default: each occurrence of a known name becomes a directive) or first (only the first per entry).',
  },
  lang: {
    type: 'string',
    short: 'l',
    valueName: 'lang',
    description:
      "The article's language (ar, en…). Default: ar when the text is mostly Arabic script, else en.",
  },
  id: {
    type: 'string',
    valueName: 'id',
    description:
      'The article id (the file is articles/<id>.<lang>.md). Default: from a Latin title, else import-<date>.',
  },
  type: {
    type: 'string',
    short: 't',
    valueName: 'type',
    description: 'analysis (default), situation-assessment, brief, report, commentary or news.',
  },
  from: {
    type: 'string',
    valueName: 'format',
    description: 'What the input is: html, markdown or text. Default: from the file extension, else sniffed.',
  },
  out: {
    type: 'string',
    short: 'o',
    valueName: 'file',
    description: 'Write the draft to this file instead of the articles folder (never over an existing file).',
  },
  format: {
    type: 'string',
    short: 'f',
    valueName: 'format',
    description: 'pretty (default: a summary, candidates on stderr) or json (one document on stdout).',
  },
} as const;

type Values = CommandInput<typeof options>['values'];

/** The flags, checked before anything is read. */
function settingsFrom(values: Values) {
  if (values.lang !== undefined && !isLangTag(values.lang)) {
    throw new UsageError(`--lang takes a language tag like ar or en-GB; got "${values.lang}".`);
  }
  if (values.id !== undefined && !isId(values.id)) {
    throw new UsageError(
      `--id takes 2-80 lowercase letters and digits in words joined by hyphens, like pmf-after-the-coalition; got "${values.id}".`,
    );
  }
  if (values.id !== undefined && values.out !== undefined) {
    throw new UsageError(
      '--id names the file in the articles folder, --out names another file: give one of them.',
    );
  }
  return {
    link: oneOf('link', values.link, LINK_MODES) ?? 'every',
    format: oneOf('format', values.format, FORMATS) ?? 'pretty',
    from: oneOf('from', values.from, INPUT_FORMATS),
    type: oneOf('type', values.type, ArticleType.options),
  };
}

/** What was written, as `--format json` prints it. */
function jsonReport(draft: Draft, file: string, id: string | undefined): string {
  const { lang, format, title, linked, ambiguous, candidates, notes } = draft;
  const report = { file, id: id ?? null, lang, from: format, title, linked, ambiguous, candidates, notes };
  return `${JSON.stringify(report, null, 2)}\n`;
}

/** The summary on stdout and what needs the editor's eye on stderr. */
function prettyReport(draft: Draft, file: string, io: CliIO): void {
  const width = Math.max(0, ...draft.linked.map(({ kind, id }) => kind.length + id.length + 1));
  const linked = draft.linked.map(({ kind, id, text }) => `    ${`${kind} ${id}`.padEnd(width)}  ${text}`);
  io.stdout.write(
    [
      `✔ Draft written to ${file} (${draft.format}, ${draft.lang})`,
      `  title   ${draft.title}`,
      `  linked  ${draft.linked.length === 1 ? '1 entry' : `${draft.linked.length} entries`}`,
      ...linked,
      '',
    ].join('\n'),
  );
  const advice = draft.notes.map((note) => `note: ${note}`);
  if (draft.ambiguous.length > 0) {
    advice.push(`Not linked, as several entries share the name: ${draft.ambiguous.join(', ')}.`);
  }
  if (draft.candidates.length > 0) {
    const nameWidth = Math.max(...draft.candidates.map(({ name }) => name.length));
    advice.push(
      'Candidate new actors (quoted names that match no entry):',
      ...draft.candidates.map(
        ({ name, suggestedId }) => `  ${name.padEnd(nameWidth)}${suggestedId ? `  id: ${suggestedId}` : ''}`,
      ),
    );
  }
  if (advice.length > 0) io.stderr.write(`${advice.join('\n')}\n`);
}

/** `marsad import`: an article from elsewhere as a draft, its known names linked. */
export const importCommand = defineCommand({
  name: 'import',
  summary:
    'Turn a text, Markdown or HTML article into a draft, linking the actors, places and events it names.',
  usage: ['marsad import <file|-> [path] [options]'],
  positionals: [
    {
      name: 'file|-',
      description: 'The article to import: a .txt, .md or .html file, or - for standard input.',
    },
    PROJECT_PATH_ARGUMENT,
  ],
  options,
  details: [
    'The draft is written to articles/<id>.<lang>.md in the content folder with status: draft, a title\n' +
      '(the first <h1>, # heading or short first line, else the first sentence), a summary (the first\n' +
      'paragraph, cut at a sentence) and the body as Markdown. HTML is sanitised: scripts, styles, frames,\n' +
      'forms and navigation go, links keep only http(s) addresses. The first occurrence of each known\n' +
      "actor, place and event (its name or an alias in the draft's language, Arabic-normalised, the\n" +
      'longest name first, also inside «» and "" quotes) becomes :actor[…]{#id}; names several entries\n' +
      'share are left for the editor. Quoted names that match no entry are listed as candidate new actors.',
    'Exit codes: 0 the draft is written; 2 a usage error, input that cannot be read (missing, a folder,\n' +
      '            empty, binary), an id that is taken, or an output that cannot be written. Nothing is\n' +
      '            written unless the whole draft is (import never exits 1: it judges no content).',
  ],
  examples: [
    {
      command: 'marsad import seed.txt',
      description:
        'Import a text into the project in the current folder: content/articles/import-<date>.ar.md.',
    },
    {
      command: 'curl -s https://example.org/analysis | marsad import - --id sudani-committee',
      description: 'Import a web page from standard input under a chosen id.',
    },
    {
      command: 'marsad import notes.md content --format json | jq .candidates',
      description: 'Machine-readable: the file written, the linked entries and the candidate actors.',
    },
  ],
  async run({ values, positionals, io }) {
    const settings = settingsFrom(values);
    const [source, root = '.'] = positionals;
    if (source === undefined) throw new UsageError('give the file to import, or - for standard input.');
    try {
      const input = await readInput(source, resolve(io.cwd, source), io.stdin);
      const loaded = await loadWithProgress(resolve(io.cwd, root), io);
      const draft = prepareDraft(input, loaded.graph, {
        ...(settings.from && { format: settings.from }),
        ...(values.lang !== undefined && { lang: values.lang }),
        ...(settings.type && { type: settings.type }),
        link: settings.link,
      });
      const articles = join(loaded.contentRoot, 'articles');
      let id: string | undefined;
      let out: string;
      if (values.out !== undefined) out = resolve(io.cwd, values.out);
      else {
        id = values.id ?? defaultDraftId(draft.title, new Date());
        const existing = await existingArticle(id, loaded.graph, articles);
        if (existing) {
          throw new InputError(
            `an article with the id "${id}" exists (${existing}); choose another with --id.`,
          );
        }
        await mkdir(articles, { recursive: true });
        out = join(articles, `${id}.${draft.lang}.md`);
      }
      await writeFileAtomic(out, draft.markdown, { exclusive: true });
      const errors = countSeverities(loaded.diagnostics).errors;
      if (errors > 0) {
        draft.notes.push(
          `The content has ${errors} error(s) (see marsad validate); entries that fail validation were not linked.`,
        );
      }
      const file = shownPath(io.cwd, out);
      if (settings.format === 'json') io.stdout.write(jsonReport(draft, file, id));
      else prettyReport(draft, file, io);
      return 0;
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      io.stderr.write(`marsad import: ${error.message}\n`);
      return 2;
    }
  },
});
