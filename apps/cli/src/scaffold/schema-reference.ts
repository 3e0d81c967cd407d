import { stat } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import type { ContentFileKind } from '@marsad/schema';
import {
  contentFileSchemaName,
  installedSchemaFile,
  installedSchemaVersion,
  SCHEMA_FOLDER,
} from '../schema-files/schema-files.js';

function inside(root: string, path: string): boolean {
  const rest = relative(root, path);
  return rest !== '' && !rest.startsWith('..') && !rest.startsWith(sep);
}

/** @marsad/schema's file as the project itself resolves it (its node_modules), if it does. */
function resolvedFromProject(name: string, projectRoot: string): string | undefined {
  try {
    return installedSchemaFile(name, join(projectRoot, 'package.json'));
  } catch {
    return undefined;
  }
}

/**
 * The `$schema=` target of a new `kind` file in `folder`, the first an editor can resolve offline:
 * the copy `marsad schema` wrote to `<project>/.marsad-schema/`; else the project's own installed
 * @marsad/schema (a path inside the project, so it survives a clone elsewhere); else a URL pinned to
 * the version of @marsad/schema this CLI runs with.
 */
export async function schemaReference(
  kind: ContentFileKind,
  projectRoot: string,
  folder: string,
): Promise<string> {
  const name = contentFileSchemaName(kind);
  const written = join(projectRoot, SCHEMA_FOLDER, name);
  const installed = (await stat(written).catch(() => undefined))?.isFile()
    ? written
    : resolvedFromProject(name, projectRoot);
  if (installed !== undefined && inside(projectRoot, installed)) {
    return relative(folder, installed).split(sep).join('/');
  }
  return `https://unpkg.com/@marsad/schema@${installedSchemaVersion()}/json-schema/${name}`;
}
