// The package as npm publishes it, installed into a project outside the workspace: what a user gets.
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ConsumerProject, createConsumerProject } from './helpers/consumer-project.js';
import { externalImports, isNodeBuiltin } from './helpers/external-imports.js';
import { ensureBuilt, packageDir } from './helpers/workspace-package.js';

// npm pack and npm install take a few seconds each on a CI runner, tsc a few more; the limits leave
// room for a runner shared with other jobs.
const SETUP_TIMEOUT = 90_000;
const STEP_TIMEOUT = 60_000;

/**
 * A consumer script that validates a valid and an invalid actor and prints what it saw as JSON.
 * ESM and CJS differ only in how they load the package.
 */
function validationScript(load: string): string {
  return `${load}
const valid = Actor.safeParse({
  id: 'al-sudani',
  kind: 'person',
  name: { ar: 'محمد شياع السوداني', en: 'Mohammed Shia al-Sudani' },
  born: 1970,
  memberships: [{ organization: 'iraqi-government', role: { en: 'Prime Minister' }, from: '2022-10-27' }],
});
const invalid = Actor.safeParse({ id: 'al-sudani', kind: 'prime-minister', name: { en: 'Sudani' } });
console.log(JSON.stringify({
  valid: valid.success,
  born: valid.data?.born,
  organization: valid.data?.memberships?.[0]?.organization,
  issues: invalid.error?.issues.map((issue) => ({ path: issue.path, message: issue.message })),
}));
`;
}

/** What {@link validationScript} must print from both module systems. */
function expectValidationOutput(stdout: string): void {
  const output = JSON.parse(stdout);
  expect(output.valid).toBe(true);
  // YAML's bare year arrives as a number and leaves the schema as the text written.
  expect(output.born).toBe('1970');
  expect(output.organization).toBe('iraqi-government');
  expect(output.issues).toHaveLength(1);
  expect(output.issues[0].path).toEqual(['kind']);
  expect(output.issues[0].message).toMatch(/^expected an actor kind: .*"person".*, got "prime-minister"$/);
}

/** What the JSON Schema import prints from both module systems. */
function jsonSchemaScript(load: string): string {
  return `${load}
console.log(JSON.stringify({ ref: actorSchema.$ref, required: actorSchema.$defs.Actor.required }));
`;
}

/**
 * A TypeScript file a user could write: values typed with the exported types and `z.infer`, and
 * `@ts-expect-error` lines that make the check fail if the published types stop being precise.
 */
const typedUsage = `import * as z from 'zod';
import { Actor, type ActorKind, type Event, type ParticipantRole, parseFuzzyDate } from '@marsad/schema';

const sudani: Actor = {
  id: 'al-sudani',
  kind: 'person',
  name: { ar: 'محمد شياع السوداني' },
  memberships: [{ organization: 'iraqi-government', role: { en: 'Prime Minister' }, from: '2022-10-27' }],
};
sudani.memberships?.[0]?.organization satisfies string | undefined;
const inferred: z.infer<typeof Actor> = Actor.parse(sudani);
inferred.kind satisfies ActorKind;

const strike: Event = {
  id: 'brigade-12-strike',
  title: { en: 'US strike on the Brigade 12 headquarters in Baghdad' },
  date: '2024-01-04',
  type: 'remote-violence',
  subtype: 'air-or-drone-strike',
  participants: [{ actor: 'us-armed-forces', role: 'perpetrator' }],
};
strike.participants?.[0]?.role satisfies ParticipantRole | undefined;

const wrongKind: Actor = {
  id: 'x1',
  // @ts-expect-error "militia" is not an actor kind
  kind: 'militia',
  name: { en: 'x' },
};

const wrongField: Event = {
  ...strike,
  // @ts-expect-error events have "participants", not "actors"
  actors: [],
};

// @ts-expect-error a parsed date is a string, even when YAML wrote a number
const bornYear: number | undefined = inferred.born;

const parsed = parseFuzzyDate('2023-08~');
if (parsed.ok) parsed.value.precision satisfies 'year' | 'month' | 'day' | 'time';

export { bornYear, wrongField, wrongKind };
`;

describe('the packed tarball installed in a project outside the workspace', () => {
  let project: ConsumerProject;

  beforeAll(async () => {
    project = await createConsumerProject();
  }, SETUP_TIMEOUT);

  afterAll(async () => {
    await project?.remove();
  });

  it('ships the builds, types, JSON Schemas and README, but no tests', () => {
    expect(project.packedFiles).toEqual(
      expect.arrayContaining([
        'dist/index.js',
        'dist/index.cjs',
        'dist/index.d.ts',
        'dist/index.d.cts',
        'json-schema/actor.json',
        'json-schema/event.json',
        'README.md',
        'package.json',
      ]),
    );
    expect(project.packedFiles.filter((file) => /\.test\.ts$|^test\//.test(file))).toEqual([]);
  });

  it(
    'validates an actor from an ES module',
    async () => {
      expectValidationOutput(
        await project.runScript('validate.mjs', validationScript("import { Actor } from '@marsad/schema';")),
      );
    },
    STEP_TIMEOUT,
  );

  it(
    'validates an actor from CommonJS',
    async () => {
      expectValidationOutput(
        await project.runScript(
          'validate.cjs',
          validationScript("const { Actor } = require('@marsad/schema');"),
        ),
      );
    },
    STEP_TIMEOUT,
  );

  it(
    'type-checks under moduleResolution node16, from ESM (.mts) and CommonJS (.cts)',
    async () => {
      await project.typecheck(
        'node16',
        { module: 'node16', moduleResolution: 'node16', target: 'es2022' },
        { 'usage.mts': typedUsage, 'usage.cts': typedUsage },
      );
    },
    STEP_TIMEOUT,
  );

  it(
    'type-checks under moduleResolution bundler',
    async () => {
      await project.typecheck(
        'bundler',
        { module: 'esnext', moduleResolution: 'bundler', target: 'es2022' },
        { 'usage.ts': typedUsage },
      );
    },
    STEP_TIMEOUT,
  );

  it(
    'rejects a wrongly typed use of the package (the type checks above can fail)',
    async () => {
      const misuse =
        "import type { Actor } from '@marsad/schema';\nexport const a: Actor = { id: 'x1', kind: 'militia', name: {} };\n";
      await expect(
        project.typecheck(
          'misuse',
          { module: 'esnext', moduleResolution: 'bundler' },
          { 'misuse.ts': misuse },
        ),
      ).rejects.toThrow(/misuse\.ts.*error TS2322.*"militia"/s);
    },
    STEP_TIMEOUT,
  );

  it(
    'exposes the JSON Schemas to ESM import attributes and to require',
    async () => {
      const expected = { ref: '#/$defs/Actor', required: ['id', 'kind', 'name'] };
      const esm = await project.runScript(
        'json-schema.mjs',
        jsonSchemaScript(
          "import actorSchema from '@marsad/schema/json-schema/actor.json' with { type: 'json' };",
        ),
      );
      const cjs = await project.runScript(
        'json-schema.cjs',
        jsonSchemaScript("const actorSchema = require('@marsad/schema/json-schema/actor.json');"),
      );
      expect(JSON.parse(esm)).toEqual(expected);
      expect(JSON.parse(cjs)).toEqual(expected);
    },
    STEP_TIMEOUT,
  );
});

describe('browser safety of dist/', () => {
  beforeAll(ensureBuilt, SETUP_TIMEOUT);

  it('imports nothing but zod, and no Node built-in, from any built file', async () => {
    const dist = join(packageDir, 'dist');
    const builtFiles = (await readdir(dist)).filter((file) => /\.[cm]?js$/.test(file));
    expect(builtFiles).toEqual(expect.arrayContaining(['index.js', 'index.cjs']));
    for (const file of builtFiles) {
      const imports = await externalImports(join(dist, file));
      expect({ file, builtins: imports.filter(isNodeBuiltin) }).toEqual({ file, builtins: [] });
      expect({ file, imports }).toEqual({ file, imports: ['zod'] });
    }
  });

  it('detects Node built-ins however they are loaded (the check above can fail)', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'marsad-builtins-'));
    try {
      const entry = join(dir, 'uses-node.cjs');
      await writeFile(
        entry,
        "const fs = require('fs');\nconst path = require('node:path');\nmodule.exports = () => import('fs/promises');\n",
      );
      const imports = await externalImports(entry);
      expect(imports.filter(isNodeBuiltin)).toEqual(['fs', 'fs/promises', 'node:path']);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
