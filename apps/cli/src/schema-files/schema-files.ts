import { createRequire } from 'node:module';
import { type ContentFileKind, contentFileKinds, publicSchemas } from '@marsad/schema';

/** What `marsad schema` writes by default, in the project root; not `.marsad`, which `build` replaces whole. */
export const SCHEMA_FOLDER = '.marsad-schema';

/** The file `<kind>-file.json` that describes a content file of that kind as an editor writes it. */
export function contentFileSchemaName(kind: ContentFileKind): string {
  return `${kind}-file.json`;
}

/** Every JSON Schema file @marsad/schema publishes: one per public schema, one per content file kind. */
export function schemaFileNames(): string[] {
  return [
    ...Object.keys(publicSchemas).map((name) => `${name}.json`),
    ...contentFileKinds.map(contentFileSchemaName),
  ];
}

const require = createRequire(import.meta.url);

/**
 * Where the installed @marsad/schema keeps a JSON Schema file, resolved through the package's exports
 * (`@marsad/schema/json-schema/*`), so it is the copy this CLI runs with wherever npm put it.
 */
export function installedSchemaFile(name: string, from?: string): string {
  const resolver = from === undefined ? require : createRequire(from);
  return resolver.resolve(`@marsad/schema/json-schema/${name}`);
}

/** The version of the @marsad/schema this CLI runs with, to pin a URL to the files it describes. */
export function installedSchemaVersion(): string {
  return (require('@marsad/schema/package.json') as { version: string }).version;
}
