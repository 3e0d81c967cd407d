// The README is part of the package: its runnable examples must run and compile, and its table of
// schemas must be the one generated from the schemas.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as api from '@marsad/schema';
import { describe, expect, it } from 'vitest';
import { readSchemaTable, renderSchemaTable } from '../scripts/readme-table.mjs';
import { runExample, runnableExamples } from './helpers/readme-examples.js';
import { typeErrors } from './helpers/typecheck-virtual.js';
import { packageDir } from './helpers/workspace-package.js';

const readme = readFileSync(join(packageDir, 'README.md'), 'utf8');
const examples = runnableExamples(readme);

// Each example spawns node on an esbuild bundle; the type check builds one program over all of them.
const EXAMPLE_TIMEOUT = 20_000;
const TYPECHECK_TIMEOUT = 60_000;

describe('README.md examples', () => {
  it('has runnable examples', () => {
    expect(examples.length).toBeGreaterThan(0);
  });

  it.each(examples.map((example) => [example.line, example] as const))(
    'the example at line %i runs without throwing',
    async (_line, example) => {
      await expect(runExample(example)).resolves.toBeTypeOf('string');
    },
    EXAMPLE_TIMEOUT,
  );

  it(
    'type-checks every example under the package tsconfig',
    () => {
      // Virtual files beside the tests resolve `@marsad/schema` and zod as the examples' readers would.
      // The canary shares the program, to show the check reports errors in these files at all.
      const path = (name: string) => join(packageDir, 'test', `${name}.ts`);
      const canary = path('readme-canary');
      const files = new Map([
        ...examples.map((example) => [path(`readme-line-${example.line}`), example.code] as const),
        [canary, "import { Id } from '@marsad/schema';\nexport const id: number = Id.parse('al-sudani');\n"],
      ]);
      const errors = typeErrors(files, join(packageDir, 'tsconfig.json'));
      expect(errors.filter((error) => !error.startsWith(canary))).toEqual([]);
      expect(errors.filter((error) => error.startsWith(canary))).toEqual([
        expect.stringContaining("Type 'string' is not assignable to type 'number'"),
      ]);
    },
    TYPECHECK_TIMEOUT,
  );

  it('fails an example whose expectation is wrong (the runs above can fail)', async () => {
    const wrong =
      "import assert from 'node:assert/strict';\nimport { Id } from '@marsad/schema';\nassert.equal(Id.safeParse('Al Sudani').success, true);\n";
    await expect(runExample({ line: 0, code: wrong })).rejects.toThrow(/AssertionError/);
  });
});

describe('README.md table of schemas', () => {
  it('is the table generated from the exported schemas and their .meta() descriptions', () => {
    const regenerate =
      'regenerate it: npm run build -w @marsad/schema && npm run readme:table -w @marsad/schema';
    expect(readSchemaTable(readme), regenerate).toBe(renderSchemaTable(api));
  });

  it('lists every exported zod schema, with its JSON Schema file', () => {
    const table = readSchemaTable(readme);
    for (const [file, schema] of Object.entries(api.publicSchemas)) {
      const name = Object.entries(api).find(([, value]) => value === schema)?.[0];
      expect(table).toContain(`| \`${name}\` | \`json-schema/${file}.json\` |`);
    }
  });
});
