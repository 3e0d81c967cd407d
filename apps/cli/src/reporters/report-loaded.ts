import type { Diagnostic, LoadedContent } from '@marsad/content';
import { colorsWanted } from '../ansi.js';
import type { CliIO } from '../io.js';
import { readDiagnosticSources } from '../validate/read-sources.js';
import { type PrettyOptions, reportPretty } from './pretty.js';
import { listedDiagnostics } from './report-options.js';

/** The pretty reporter's options for a run: the source lines of `shown`, colours as the terminal allows. */
export async function prettyOptionsFor(
  loaded: LoadedContent,
  shown: readonly Diagnostic[],
  quiet: boolean,
  io: CliIO,
): Promise<PrettyOptions> {
  return {
    fileCount: loaded.fileCount,
    quiet,
    sources: await readDiagnosticSources(loaded.contentRoot, shown),
    color: colorsWanted(io.isTTY, io.env),
    ...(io.columns !== undefined && { columns: io.columns }),
  };
}

/** The pretty report of a load, as `marsad validate` prints it, for commands that check content first. */
export async function reportLoaded(loaded: LoadedContent, quiet: boolean, io: CliIO): Promise<string> {
  const shown = listedDiagnostics(loaded.diagnostics, quiet);
  return reportPretty(loaded.diagnostics, await prettyOptionsFor(loaded, shown, quiet, io));
}
