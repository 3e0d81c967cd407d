import { join, resolve } from 'node:path';
import {
  BUNDLE_FILES,
  BundleError,
  type BundleManifest,
  checkBundleOutput,
  prepareBundle,
  resolveProject,
  writeBundle,
} from '@marsad/content';
import { defineCommand } from '../command.js';
import { parseNow } from '../now-option.js';
import { PROJECT_PATH_ARGUMENT, projectRootOf, shownPath } from '../paths.js';
import { reportLoaded } from '../reporters/report-loaded.js';
import { countSeverities } from '../reporters/report-options.js';
import { byteSize } from '../text/byte-size.js';
import { cacheFrom, cacheOptions } from '../validate/cache-options.js';
import { loadWithProgress, withProgress } from '../validate/progress.js';

const options = {
  out: {
    type: 'string',
    short: 'o',
    valueName: 'dir',
    description:
      'Folder to write the bundle to (default: .marsad in the project root). It is replaced whole.',
  },
  now: {
    type: 'string',
    valueName: 'datetime',
    description:
      'Build for this moment (ISO 8601 with offset, e.g. 2024-06-01T00:00:00Z): articles public then go in. Default: now.',
  },
  quiet: { type: 'boolean', short: 'q', description: 'List errors only.' },
  ...cacheOptions,
} as const;

/** `<project root>/.marsad`: beside the config file when there is one, else in the folder given. */
async function defaultOut(path: string): Promise<string> {
  return join(projectRootOf(await resolveProject(path), path), '.marsad');
}

/** What was written: where, how much of each kind, the file sizes, and when the public content next changes. */
function summary(manifest: BundleManifest, shownOut: string, seconds: number): string {
  const { counts, files, search } = manifest;
  const rows: [string, string][] = [
    [
      'articles',
      `${counts.articles} (${counts.articleVersions} versions: ${manifest.languages.join(', ') || 'none'})`,
    ],
    ['actors', String(counts.actors)],
    ['events', String(counts.events)],
    ['places', String(counts.places)],
    ['authors', String(counts.authors)],
    [BUNDLE_FILES.graph, byteSize(files.graph.bytes)],
    [BUNDLE_FILES.search, `${byteSize(files.search.bytes)} (${search.documents} documents)`],
    ['built for', manifest.builtFor],
    ['next change', manifest.nextChange ?? 'none scheduled'],
  ];
  const width = Math.max(...rows.map(([label]) => label.length));
  return [
    `✔ Bundle written to ${shownOut} in ${seconds.toFixed(1)}s`,
    ...rows.map(([label, value]) => `  ${label.padEnd(width)}  ${value}`),
    '',
  ].join('\n');
}

/** `marsad build`: validates the content and writes the bundle the site and the API serve. */
export const buildCommand = defineCommand({
  name: 'build',
  summary: 'Validate the content, then write the bundle (public content graph, search index, manifest).',
  usage: ['marsad build [path] [options]'],
  positionals: [PROJECT_PATH_ARGUMENT],
  options,
  details: [
    'The bundle holds only what is public at --now: published articles past any embargo (never drafts\n' +
      'or articles in review), and every actor, event, place and author. The same content and --now give\n' +
      'byte-identical files. The bundle is written beside the output folder and moved into place when whole.',
    'Exit codes: 0 bundle written (warnings allowed); 1 the content has errors, nothing is written;\n' +
      '            2 a usage error, the path cannot be read, or the output folder cannot be written.',
  ],
  examples: [
    { command: 'marsad build', description: 'Build the project in the current folder into ./.marsad.' },
    {
      command: 'marsad build --out dist/bundle --now 2024-06-01T00:00:00Z',
      description: 'Build for a fixed moment, reproducibly.',
    },
  ],
  async run({ values, positionals, io }) {
    const started = performance.now();
    const now = parseNow(values.now);
    const path = resolve(io.cwd, positionals[0] ?? '.');
    const out = values.out === undefined ? await defaultOut(path) : resolve(io.cwd, values.out);
    try {
      await checkBundleOutput(out);
      // The articles' bodies are made ready for search on a second thread while this one validates.
      const preparation = prepareBundle(path);
      try {
        const loaded = await loadWithProgress(path, io, { cache: cacheFrom(values, io.cwd) });
        io.stdout.write(await reportLoaded(loaded, values.quiet ?? false, io));
        if (countSeverities(loaded.diagnostics).errors > 0) {
          io.stderr.write('marsad build: the content has errors; no bundle was written.\n');
          return 1;
        }
        const manifest = await withProgress('Writing the bundle…', loaded.fileCount, io, () =>
          writeBundle(loaded, out, { now, preparation }),
        );
        const seconds = (performance.now() - started) / 1000;
        io.stdout.write(`\n${summary(manifest, shownPath(io.cwd, out), seconds)}`);
        return 0;
      } finally {
        await preparation.close();
      }
    } catch (error) {
      if (!(error instanceof BundleError)) throw error;
      io.stderr.write(`marsad build: ${error.message}\n`);
      return error.problem === 'content' ? 1 : 2;
    }
  },
});
