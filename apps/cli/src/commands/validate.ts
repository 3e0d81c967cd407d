import { relative, resolve } from 'node:path';
import {
  type Diagnostic,
  integrityRules,
  type LoadContentOptions,
  type LoadedContent,
} from '@marsad/content';
import { type CommandInput, defineCommand, oneOf, UsageError } from '../command.js';
import type { CliIO } from '../io.js';
import { ioErrorMessage } from '../io-error.js';
import { PROJECT_PATH_ARGUMENT } from '../paths.js';
import { reportGithub } from '../reporters/github.js';
import { reportJson } from '../reporters/json.js';
import { reportPretty } from '../reporters/pretty.js';
import { reportPrettyChanges } from '../reporters/pretty-changes.js';
import { prettyOptionsFor } from '../reporters/report-loaded.js';
import { countSeverities, listedDiagnostics } from '../reporters/report-options.js';
import { cacheFrom, cacheOptions } from '../validate/cache-options.js';
import { loadWithProgress } from '../validate/progress.js';
import { verdict, type WarningPolicy } from '../validate/verdict.js';
import { diffDiagnostics } from '../watch/diagnostic-changes.js';
import { watchFolder } from '../watch/watch-folder.js';

const FORMATS = ['pretty', 'json', 'github'] as const;
type Format = (typeof FORMATS)[number];

const options = {
  format: {
    type: 'string',
    short: 'f',
    valueName: 'format',
    description: 'pretty (default: grouped by file, with the source line), json or github (annotations).',
  },
  strict: { type: 'boolean', description: 'Fail on warnings too.' },
  'max-warnings': {
    type: 'string',
    valueName: 'n',
    description: 'Fail when there are more than n warnings.',
  },
  quiet: {
    type: 'boolean',
    short: 'q',
    description: 'List errors only (warnings still count for the exit code).',
  },
  watch: {
    type: 'boolean',
    short: 'w',
    description: 'Validate again on every change and print what changed, until Ctrl-C (pretty only).',
  },
  ...cacheOptions,
} as const;

/** The validate flags, checked. */
interface ValidateSettings extends WarningPolicy {
  format: Format;
  quiet: boolean;
  watch: boolean;
  load: LoadContentOptions;
}

function settingsFrom(values: CommandInput<typeof options>['values'], cwd: string): ValidateSettings {
  const format = oneOf('format', values.format, FORMATS) ?? 'pretty';
  const max = values['max-warnings'];
  if (max !== undefined && !/^\d+$/.test(max)) {
    throw new UsageError(`--max-warnings takes a whole number of 0 or more; got "${max}".`);
  }
  if (values.watch && format !== 'pretty') {
    throw new UsageError('--watch prints changes in the pretty format only; drop --format.');
  }
  return {
    format,
    quiet: values.quiet ?? false,
    watch: values.watch ?? false,
    load: { cache: cacheFrom(values, cwd) },
    strict: values.strict ?? false,
    ...(max !== undefined && { maxWarnings: Number(max) }),
  };
}

async function report(loaded: LoadedContent, settings: ValidateSettings, io: CliIO): Promise<string> {
  const { diagnostics, fileCount } = loaded;
  switch (settings.format) {
    case 'json':
      return reportJson(diagnostics, { fileCount, quiet: settings.quiet });
    case 'github':
      return reportGithub(diagnostics, {
        fileCount,
        quiet: settings.quiet,
        contentRoot: loaded.contentRoot,
        // Annotations need paths from the repository root, which is not the cwd in a working-directory step.
        root: io.env.GITHUB_WORKSPACE || io.cwd,
      });
    case 'pretty': {
      const shown = listedDiagnostics(diagnostics, settings.quiet);
      return reportPretty(diagnostics, await prettyOptionsFor(loaded, shown, settings.quiet, io));
    }
  }
}

/** Prints why warnings failed the run (on stderr, so a json report on stdout stays one document). */
function judge(diagnostics: readonly Diagnostic[], settings: ValidateSettings, io: CliIO): number {
  const outcome = verdict(countSeverities(diagnostics), settings);
  if (outcome.reason) io.stderr.write(`marsad validate: ${outcome.reason}\n`);
  return outcome.exitCode;
}

/** Re-validates on every change below the content root, printing what changed, until interrupted. */
async function watchContent(
  path: string,
  first: LoadedContent,
  firstExitCode: number,
  settings: ValidateSettings,
  io: CliIO,
): Promise<number> {
  let previous = first.diagnostics;
  let exitCode = firstExitCode;
  const shownRoot = relative(io.cwd, first.contentRoot) || '.';
  io.stdout.write(`\nWatching ${shownRoot} for changes (Ctrl-C to stop)…\n`);
  await watchFolder(first.contentRoot, {
    signal: io.signal ?? new AbortController().signal,
    onChange: async () => {
      let loaded: LoadedContent;
      try {
        loaded = await loadWithProgress(path, io, settings.load);
      } catch (error) {
        const message = ioErrorMessage(error);
        if (message === undefined) throw error;
        io.stderr.write(`marsad validate: ${message}\n`);
        return;
      }
      const changes = diffDiagnostics(previous, loaded.diagnostics);
      previous = loaded.diagnostics;
      const options = await prettyOptionsFor(loaded, changes.added, settings.quiet, io);
      const time = new Date().toTimeString().slice(0, 8);
      io.stdout.write(`\n${reportPrettyChanges(changes, loaded.diagnostics, { ...options, time })}`);
      exitCode = judge(loaded.diagnostics, settings, io);
    },
  });
  return exitCode;
}

const ruleWidth = Math.max(...integrityRules.map((rule) => rule.id.length));
const rules = integrityRules.map(
  (rule) => `  ${rule.id.padEnd(ruleWidth)}  ${rule.severity.padEnd(7)}  ${rule.description}`,
);

/** `marsad validate`: checks a content repository and reports every problem with its place. */
export const validateCommand = defineCommand({
  name: 'validate',
  summary: 'Check content against the schemas and the integrity rules, and report every problem.',
  usage: ['marsad validate [path] [options]'],
  positionals: [PROJECT_PATH_ARGUMENT],
  options,
  details: [
    'Exit codes: 0 no errors (warnings allowed unless --strict or over --max-warnings);\n' +
      '            1 the content is invalid; 2 a usage error, or the path cannot be read.',
    `Integrity rules (besides YAML syntax and the schemas):\n${rules.join('\n')}`,
  ],
  examples: [
    { command: 'marsad validate', description: 'Check the project in the current folder.' },
    { command: 'marsad validate content --strict', description: 'Check ./content and fail on warnings too.' },
    {
      command: 'marsad validate --format json | jq .errors',
      description: 'Machine-readable report: { files, errors, warnings, diagnostics }.',
    },
    {
      command: 'marsad validate --format github',
      description: 'Annotate a pull request from a GitHub Actions step.',
    },
    { command: 'marsad validate --watch', description: 'Keep checking while you edit.' },
  ],
  async run({ values, positionals, io }) {
    const settings = settingsFrom(values, io.cwd);
    const path = resolve(io.cwd, positionals[0] ?? '.');
    const loaded = await loadWithProgress(path, io, settings.load);
    io.stdout.write(await report(loaded, settings, io));
    const exitCode = judge(loaded.diagnostics, settings, io);
    return settings.watch ? watchContent(path, loaded, exitCode, settings, io) : exitCode;
  },
});
