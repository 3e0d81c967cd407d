import { readFile, stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { DEFAULT_MAX_FILE_SIZE, type Diagnostic } from '@marsad/content';

/**
 * Reads the files the diagnostics point into, so the pretty reporter can show their lines. Best effort:
 * a file that vanished, cannot be read or is larger than the engine reads is left out, and its
 * diagnostics are printed without a source line.
 */
export async function readDiagnosticSources(
  contentRoot: string,
  diagnostics: readonly Diagnostic[],
): Promise<Map<string, string>> {
  const files = new Set(diagnostics.map((diagnostic) => diagnostic.file));
  const sources = new Map<string, string>();
  await Promise.all(
    [...files].map(async (file) => {
      const path = resolve(contentRoot, file);
      try {
        if ((await stat(path)).size > DEFAULT_MAX_FILE_SIZE) return;
        sources.set(file, await readFile(path, 'utf8'));
      } catch {
        // Only the snippet is lost; the diagnostic itself is still reported.
      }
    }),
  );
  return sources;
}
