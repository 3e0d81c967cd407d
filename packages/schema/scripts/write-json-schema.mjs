// Writes json-schema/<name>.json (every public schema) and json-schema/<kind>-file.json (what editors'
// YAML language servers point at) from the built package, so the files always match the code.
// The drift test (src/json-schema.test.ts) fails when the committed files differ.
import { mkdirSync, writeFileSync } from 'node:fs';
import { contentFileKinds, publicSchemas, toContentFileJsonSchema, toJsonSchema } from '../dist/index.js';

const dir = new URL('../json-schema/', import.meta.url);
mkdirSync(dir, { recursive: true });
const write = (name, schema) =>
  writeFileSync(new URL(`${name}.json`, dir), `${JSON.stringify(schema, null, 2)}\n`);
for (const name of Object.keys(publicSchemas)) write(name, toJsonSchema(name));
for (const kind of contentFileKinds) write(`${kind}-file`, toContentFileJsonSchema(kind));
console.log(
  `wrote ${Object.keys(publicSchemas).length + contentFileKinds.length} JSON Schemas to json-schema/`,
);
