import { resolve } from 'node:path';
import { defineCommand, UsageError } from '../command.js';
import { chunked } from '../export/chunks.js';
import { EXPORT_FORMATS, type ExportFormat, type ExportInput } from '../export/formats.js';
import { parseNow } from '../now-option.js';
import { checkOutputFile, writeFileAtomic } from '../output/write-atomic.js';
import { PROJECT_PATH_ARGUMENT, shownPath } from '../paths.js';
import { reportLoaded } from '../reporters/report-loaded.js';
import { countSeverities } from '../reporters/report-options.js';
import { cacheFrom, cacheOptions } from '../validate/cache-options.js';
import { loadWithProgress, withProgress } from '../validate/progress.js';

const FORMAT_NAMES = Object.keys(EXPORT_FORMATS);

const options = {
  format: {
    type: 'string',
    short: 'f',
    valueName: 'format',
    description: `What to write (required): ${FORMAT_NAMES.join(', ')}.`,
  },
  out: {
    type: 'string',
    short: 'o',
    valueName: 'file',
    description: 'File to write, whole or not at all (default: standard output).',
  },
  now: {
    type: 'string',
    valueName: 'datetime',
    description:
      'Export what is public at this moment (ISO 8601 with offset, e.g. 2024-06-01T00:00:00Z). Default: now.',
  },
  'include-drafts': {
    type: 'boolean',
    description: 'Export every article, drafts, articles in review and embargoed ones too.',
  },
  quiet: { type: 'boolean', short: 'q', description: 'List errors only.' },
  ...cacheOptions,
} as const;

function formatOf(name: string | undefined): ExportFormat {
  const format = name === undefined ? undefined : EXPORT_FORMATS[name];
  if (format) return format;
  const given = name === undefined ? '--format is required' : `unknown format "${name}"`;
  throw new UsageError(`${given}: expected ${FORMAT_NAMES.join(', ')}.`);
}

/** `marsad export`: the content as data for other tools (ACLED CSV, GeoJSON, Popolo, JSON-LD, JSON). */
export const exportCommand = defineCommand({
  name: 'export',
  summary: 'Write the content as JSON, JSON Lines, ACLED CSV, GeoJSON, Popolo or schema.org JSON-LD.',
  usage: ['marsad export [path] --format <format> [options]'],
  positionals: [PROJECT_PATH_ARGUMENT],
  options,
  details: [
    `Formats:\n${Object.entries(EXPORT_FORMATS)
      .map(([name, format]) => `  ${name.padEnd(10)} ${format.description}`)
      .join('\n')}`,
    'Articles are exported as `marsad build` publishes them: only those public at --now (never drafts,\n' +
      'articles in review or under embargo) unless --include-drafts is given. Actors, events, places and\n' +
      'authors are always exported. jsonld takes its node ids from the site config (baseUrl).',
    'Exit codes: 0 exported (warnings allowed); 1 the content has errors, nothing is written;\n' +
      '            2 a usage error, the path cannot be read, or the output file cannot be written.',
  ],
  examples: [
    {
      command: 'marsad export --format acled-csv --out events.csv',
      description: "The events in ACLED's columns, for ACLED tools and spreadsheets.",
    },
    {
      command: 'marsad export content --format geojson > events.geojson',
      description: 'The located events as a map layer.',
    },
    {
      command: 'marsad export --format jsonl --include-drafts --now 2024-06-01T00:00:00Z',
      description: 'Everything, drafts included, one entity per line.',
    },
  ],
  async run({ values, positionals, io }) {
    const format = formatOf(values.format);
    const now = parseNow(values.now);
    const path = resolve(io.cwd, positionals[0] ?? '.');
    const out = values.out === undefined ? undefined : resolve(io.cwd, values.out);
    // Before the content is read: a bad output path fails at once, not after a long load.
    if (out !== undefined) await checkOutputFile(out);
    const loaded = await loadWithProgress(path, io, {
      cache: cacheFrom(values, io.cwd),
    });
    if (countSeverities(loaded.diagnostics).errors > 0) {
      io.stderr.write(await reportLoaded(loaded, values.quiet ?? false, io));
      io.stderr.write('marsad export: the content has errors; nothing was exported.\n');
      return 1;
    }
    const notes: string[] = [];
    const { graph, config } = loaded;
    const input: ExportInput = {
      graph,
      articles: graph.articles(values['include-drafts'] ? {} : { publicAt: now }),
      config,
      note: (message) => notes.push(message),
    };
    const unavailable = format.unavailable?.(input);
    if (unavailable !== undefined) throw new UsageError(unavailable);
    const pieces = chunked(format.write(input));
    if (out === undefined) {
      for (const chunk of pieces) io.stdout.write(chunk);
    } else {
      await withProgress(`Writing ${shownPath(io.cwd, out)}…`, loaded.fileCount, io, () =>
        writeFileAtomic(out, pieces),
      );
    }
    for (const message of notes) io.stderr.write(`marsad export: ${message}\n`);
    return 0;
  },
});
