import { afterEach, describe, expect, it } from 'vitest';
import * as z from 'zod';
import { invalidCases } from '../test/invalid-cases.js';
import * as seed from '../test/seed.js';
import { COMPILE_AFTER, compileWhenHot } from './compile-when-hot.js';
import { publicSchemas } from './json-schema.js';

/**
 * A schema whose refinement counts its calls. zod's compiled parser runs a refinement once on valid
 * input and, on invalid input, again when it falls back to the interpreter to word the issue: two
 * calls per rejected value tell the compiled tier from the interpreter's one.
 */
function countingSchema(compileAfter: number) {
  const calls = { count: 0 };
  const schema = compileWhenHot(
    z.strictObject({ name: z.string() }).refine((value) => {
      calls.count++;
      return value.name !== 'bad';
    }, 'bad name'),
    { title: 'Counting' },
    compileAfter,
  );
  const callsFor = (input: unknown) => {
    const before = calls.count;
    const result = schema.safeParse(input);
    return { calls: calls.count - before, result };
  };
  return { schema, callsFor };
}

describe('compileWhenHot', () => {
  afterEach(() => {
    z.config({ jitless: false });
  });

  it('interprets the first values and compiles from the given count on, with the same results', () => {
    const { callsFor } = countingSchema(3);
    const interpreted = callsFor({ name: 'bad' });
    expect(interpreted.calls).toBe(1);
    callsFor({ name: 'ok' });
    const compiled = callsFor({ name: 'bad' });
    expect(compiled.calls).toBe(2);
    expect(compiled.result.error?.issues).toEqual(interpreted.result.error?.issues);
    expect(callsFor({ name: 'ok' })).toEqual({ calls: 1, result: { success: true, data: { name: 'ok' } } });
  });

  it('stays on the interpreter when zod is told not to generate code', () => {
    z.config({ jitless: true });
    const { callsFor } = countingSchema(1);
    for (let index = 0; index < 3; index++) expect(callsFor({ name: 'bad' }).calls).toBe(1);
  });

  it('registers the metadata as .meta() does', () => {
    const { schema } = countingSchema(1);
    expect(z.globalRegistry.get(schema)).toEqual({ title: 'Counting' });
    expect(z.toJSONSchema(schema)).toMatchObject({ title: 'Counting', required: ['name'] });
  });

  it('compiles every entity without falling back to the interpreter for part of it', () => {
    for (const name of ['actor', 'event', 'place', 'author', 'article', 'article-translation'] as const) {
      expect(() => z.compile(publicSchemas[name], { strict: true })).not.toThrow();
    }
  });

  it('leaves every entity’s results and issues unchanged once the entity is compiled', () => {
    const outcome = (schema: z.ZodType, input: unknown) => {
      const result = schema.safeParse(input);
      return result.success ? { data: result.data } : { issues: result.error.issues };
    };
    const valid: [keyof typeof publicSchemas, unknown][] = [...seed.seedEntities];
    const cases = [...valid, ...invalidCases.map((testCase) => [testCase.schema, testCase.input] as const)];
    const interpreted = cases.map(([name, input]) => outcome(publicSchemas[name], input));

    for (const [name, input] of valid) {
      for (let index = 0; index < COMPILE_AFTER; index++) publicSchemas[name].safeParse(input);
    }
    const compiled = cases.map(([name, input]) => outcome(publicSchemas[name], input));

    expect(compiled).toEqual(interpreted);
    expect(interpreted.filter((result) => 'issues' in result)).toHaveLength(invalidCases.length);
  });
});
