import { resolve } from 'node:path';
import { type CommandInput, defineCommand, oneOf, UsageError } from '../command.js';
import { PROJECT_PATH_ARGUMENT, shownPath } from '../paths.js';
import { contentStats } from '../stats/content-stats.js';
import { reportStatsTable } from '../stats/report-stats.js';
import { loadWithProgress } from '../validate/progress.js';

const FORMATS = ['pretty', 'json'] as const;
const DEFAULT_TOP = 10;
const MAX_TOP = 1000;

const options = {
  format: {
    type: 'string',
    short: 'f',
    valueName: 'format',
    description: 'pretty (default: aligned tables) or json (one document on stdout).',
  },
  top: {
    type: 'string',
    valueName: 'n',
    description: `How many of the most-mentioned actors to list, 1 to ${MAX_TOP} (default: ${DEFAULT_TOP}).`,
  },
} as const;

function settingsFrom(values: CommandInput<typeof options>['values']): { json: boolean; top: number } {
  const format = oneOf('format', values.format, FORMATS) ?? 'pretty';
  const top = values.top ?? String(DEFAULT_TOP);
  if (!/^\d+$/.test(top) || Number(top) < 1 || Number(top) > MAX_TOP) {
    throw new UsageError(`--top takes a whole number from 1 to ${MAX_TOP}; got "${top}".`);
  }
  return { json: format === 'json', top: Number(top) };
}

/** `marsad stats`: what the content holds, by collection, language, year and type, and who it is about. */
export const statsCommand = defineCommand({
  name: 'stats',
  summary:
    'Count the content: entries, article languages, events by year and type, most-mentioned and orphan actors.',
  usage: ['marsad stats [path] [options]'],
  positionals: [PROJECT_PATH_ARGUMENT],
  options,
  details: [
    'Counts the entries that pass validation. An event counts in the year of the earliest day it may fall\n' +
      'on (an interval in the year it starts). An actor is mentioned by an article version whose body\n' +
      'links it (:actor[…]{#id}) or whose article lists it in `about`; each version counts once. Orphans are\n' +
      'actors no article and no event refers to (references from other actors do not count).',
    'Exit codes: 0 counted; 1 the content has errors: the statistics leave out the entries with errors\n' +
      '            (stderr says how many errors; run marsad validate); 2 a usage error, or the path cannot be read.',
  ],
  examples: [
    { command: 'marsad stats', description: 'The statistics of the project in the current folder.' },
    {
      command: 'marsad stats --format json | jq .eventsByYear',
      description: 'One JSON document: { files, errors, warnings, counts, articlesByLanguage, … }.',
    },
    { command: 'marsad stats --top 25', description: 'List the 25 most-mentioned actors.' },
  ],
  async run({ values, positionals, io }) {
    const settings = settingsFrom(values);
    const path = resolve(io.cwd, positionals[0] ?? '.');
    const loaded = await loadWithProgress(path, io);
    const stats = contentStats(loaded, settings.top);
    io.stdout.write(
      settings.json
        ? `${JSON.stringify(stats, null, 2)}\n`
        : reportStatsTable(stats, shownPath(io.cwd, loaded.contentRoot), loaded.config?.defaultLanguage),
    );
    if (stats.errors === 0) return 0;
    io.stderr.write(
      `marsad stats: the content has ${stats.errors} error${stats.errors === 1 ? '' : 's'}; entries with errors are not counted (run marsad validate).\n`,
    );
    return 1;
  },
});
