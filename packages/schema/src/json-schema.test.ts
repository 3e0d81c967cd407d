import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { invalidCases } from '../test/invalid-cases.js';
import * as seed from '../test/seed.js';
import {
  type ContentFileKind,
  contentFileKinds,
  type PublicSchemaName,
  publicSchemas,
  toContentFileJsonSchema,
  toJsonSchema,
} from './json-schema.js';

const committed = (name: string) =>
  JSON.parse(readFileSync(new URL(`../json-schema/${name}.json`, import.meta.url), 'utf8')) as unknown;

describe('committed JSON Schema files', () => {
  it.each(Object.keys(publicSchemas) as PublicSchemaName[])('%s.json matches the zod schema', (name) => {
    expect(committed(name), 'run `npm run build -w @marsad/schema` and commit json-schema/').toEqual(
      toJsonSchema(name),
    );
  });
  it.each([...contentFileKinds])('%s-file.json matches the zod schema', (kind: ContentFileKind) => {
    expect(
      committed(`${kind}-file`),
      'run `npm run build -w @marsad/schema` and commit json-schema/',
    ).toEqual(toContentFileJsonSchema(kind));
  });
});

// strictRequired would flag Source's `anyOf: [{ required: [url] }, { required: [title] }]`, which is valid JSON Schema.
const ajv = new Ajv2020({ allErrors: true, strict: true, strictTuples: false, strictRequired: false });
// ajv-formats is CommonJS; under NodeNext its default export is the module object.
const addFormats = addFormatsModule as unknown as typeof addFormatsModule.default;
addFormats(ajv);
const validators = new Map<string, ReturnType<typeof ajv.compile>>();
const validatorFor = (name: string) => {
  if (!validators.has(name)) validators.set(name, ajv.compile(committed(name) as object));
  return validators.get(name)!;
};

describe('ajv with the JSON Schemas agrees with zod', () => {
  const validCases: [PublicSchemaName, unknown][] = [...seed.seedEntities];

  it.each(validCases)('accepts the valid %s fixture', (name, input) => {
    const validate = validatorFor(name);
    expect(validate(input), JSON.stringify(validate.errors)).toBe(true);
  });

  const expressible = invalidCases.filter((testCase) => testCase.jsonSchemaCannot === undefined);
  it.each(expressible.map((c) => [c.name, c] as const))('rejects: %s', (_name, testCase) => {
    expect(validatorFor(testCase.schema)(testCase.input)).toBe(false);
  });

  // The rules JSON Schema cannot express are listed on the cases themselves (`jsonSchemaCannot`):
  // calendar validity, interval order and comparisons between fields. ajv accepts those inputs.
  const inexpressible = invalidCases.filter((testCase) => testCase.jsonSchemaCannot !== undefined);
  it.each(inexpressible.map((c) => [c.name, c] as const))('only zod rejects: %s', (_name, testCase) => {
    expect(validatorFor(testCase.schema)(testCase.input)).toBe(true);
    expect(publicSchemas[testCase.schema].safeParse(testCase.input).success).toBe(false);
  });
});

describe('content file schemas', () => {
  it('let an entity file leave out its id and an events file hold a list', () => {
    const { id: _id, ...actorWithoutId } = seed.alSudani;
    expect(validatorFor('actor-file')(actorWithoutId)).toBe(true);
    expect(validatorFor('actor')(actorWithoutId)).toBe(false);
    const events = validatorFor('event-file');
    expect(events([seed.brigade12Strike, seed.attackCampaign])).toBe(true);
    const { id: _eventId, ...eventWithoutId } = seed.brigade12Strike;
    expect(events([eventWithoutId]), 'list items need their own id').toBe(false);
  });

  it('accept an original or a translation as article frontmatter, but not a mix', () => {
    const articles = validatorFor('article-file');
    expect(articles(seed.withdrawalArticle)).toBe(true);
    expect(articles(seed.withdrawalTranslation)).toBe(true);
    expect(articles({ ...seed.withdrawalTranslation, status: 'published' })).toBe(false);
  });
});
