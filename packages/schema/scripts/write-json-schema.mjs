// Writes json-schema/<name>.json from the built package, so the files always match the code.
// The drift test (src/json-schema.test.ts) fails when the committed files differ.
import { mkdirSync, writeFileSync } from 'node:fs';
import { publicSchemas, toJsonSchema } from '../dist/index.js';

const dir = new URL('../json-schema/', import.meta.url);
mkdirSync(dir, { recursive: true });
for (const name of Object.keys(publicSchemas)) {
  writeFileSync(new URL(`${name}.json`, dir), `${JSON.stringify(toJsonSchema(name), null, 2)}\n`);
}
console.log(`wrote ${Object.keys(publicSchemas).length} JSON Schemas to json-schema/`);
