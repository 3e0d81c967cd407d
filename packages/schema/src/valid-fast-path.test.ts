import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import * as z from 'zod';
// The benchmark's corpus: 1–4 participants, sources, coordinates and every EDTF form, as loaded.
import { generateCorpus } from '../../../bench/schema/generate.mjs';
import * as seed from '../test/seed.js';
import { publicSchemas } from './json-schema.js';
import { compileFastPath, NOT_FAST, provenBy } from './valid-fast-path.js';

const entities = ['actor', 'event', 'place', 'author', 'article', 'article-translation'] as const;
type Entity = (typeof entities)[number];

const corpus = generateCorpus(300);
const valid: [Entity, unknown][] = [
  ...seed.seedEntities,
  ...corpus.events.map((event) => ['event', event] as [Entity, unknown]),
  ...corpus.actors.map((actor) => ['actor', actor] as [Entity, unknown]),
];

/** Each entity on zod's interpreter alone (a clone has none of the entity's tiers), and its fast path. */
const parsers = Object.fromEntries(
  entities.map((name) => {
    const fast = compileFastPath(publicSchemas[name]);
    if (!fast) throw new Error(`no fast path for ${name}`);
    return [name, { zod: publicSchemas[name].clone(), fast }];
  }),
) as unknown as Record<Entity, { zod: z.ZodType; fast: (input: unknown) => unknown }>;

/**
 * What the fast path answers for `input`, checked against zod: a value only if zod accepts `input`
 * with an output equal to it, key order included (a JSON dump of it is byte for byte the same).
 */
function agreeWithZod(name: Entity, input: unknown) {
  return agree(parsers[name], input);
}

/** As {@link agreeWithZod}, for any schema `zod` and the fast path generated from it. */
function agree({ zod, fast }: { zod: z.ZodType; fast: (input: unknown) => unknown }, input: unknown) {
  const reference = zod.safeParse(input);
  const output = fast(input);
  if (output !== NOT_FAST) {
    expect(reference.success).toBe(true);
    expect(output).toStrictEqual(reference.data);
    expect(JSON.stringify(output)).toBe(JSON.stringify(reference.data));
  }
  return { zodAccepts: reference.success, fastAccepts: output !== NOT_FAST };
}

type Path = (string | number)[];

/** Every path to a value inside `value`, the root's children first. */
function pathsIn(value: unknown, prefix: Path = []): Path[] {
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value).flatMap(([key, child]) => {
    const path = [...prefix, Array.isArray(value) ? Number(key) : key];
    return [path, ...pathsIn(child, path)];
  });
}

/** A deep copy of `value` where `edit` has changed the object or list holding `path`'s last step. */
function edited(
  value: unknown,
  path: Path,
  edit: (holder: Record<string | number, unknown>, key: string | number) => void,
) {
  const copy = structuredClone(value) as Record<string | number, unknown>;
  let holder = copy;
  for (const step of path.slice(0, -1)) holder = holder[step] as Record<string | number, unknown>;
  edit(holder, path.at(-1) as string | number);
  return copy;
}

const isMapping = (value: unknown) => typeof value === 'object' && value !== null && !Array.isArray(value);
const valueAt = (value: unknown, path: Path) =>
  path.reduce<unknown>((holder, step) => (holder as Record<string | number, unknown>)[step], value);

const hasUndefined = (value: unknown): boolean =>
  value === undefined ||
  (typeof value === 'object' && value !== null && Object.values(value).some(hasUndefined));

// Values close to valid ones and far from them: the edges of every check the entities make.
const replacement = fc.constantFrom<unknown>(
  undefined,
  null,
  '',
  ' ',
  '  padded text  ',
  '\u00a0نص',
  'نص\u3000',
  'x',
  'ab',
  '𝒳',
  '𝒳𝒳',
  'ar',
  'AR',
  'ar-IQ',
  'ckb',
  'not a tag',
  'al-sudani',
  'Al-Sudani',
  'a--b',
  '-a',
  'https://www.reuters.com/world/report-1',
  'HTTPS://Example.com/a b',
  'https://xn--mgbaam7a8h.com/',
  'javascript:alert(1)',
  '2024-01-04',
  '2024-02-30',
  '2023-08~',
  '2023-21',
  '2023-10-17/2024-01',
  '2024-01/2023-10',
  '../2019',
  '2024-01-04T11:45:00+03:00',
  1979,
  800,
  0,
  -1,
  1.5,
  10_000,
  Number.NaN,
  Number.POSITIVE_INFINITY,
  true,
  [],
  {},
  { ar: '' },
  { en: ' Text ' },
  { 'not a tag': 'text' },
  ['al-sudani'],
  [44.3, 33.3],
  [200, 33.3],
  'remote-violence',
  'armed-clash',
  'air-or-drone-strike',
  'perpetrator',
  'exact',
  'high',
  'person',
  'state',
);
const extraKey = fc.constantFrom(
  'note',
  'extra',
  'ar',
  'EN',
  'constructor',
  'low',
  'high',
  'died',
  'founded',
);

/** A valid entity with one value replaced, removed or added somewhere inside it. */
const mutation = fc
  .tuple(
    fc.nat(valid.length - 1),
    fc.nat(),
    fc.constantFrom('replace', 'remove', 'add'),
    replacement,
    extraKey,
  )
  .map(([which, where, how, value, key]) => {
    const [name, input] = valid[which] as [Entity, unknown];
    const paths = pathsIn(input);
    const path = paths[where % paths.length] as Path;
    if (how === 'replace') return { name, input: edited(input, path, (holder, at) => (holder[at] = value)) };
    if (how === 'remove') return { name, input: edited(input, path, (holder, at) => delete holder[at]) };
    const mappings = [[], ...paths].filter((candidate) => isMapping(valueAt(input, candidate)));
    const target = [...(mappings[where % mappings.length] as Path), key];
    return { name, input: edited(input, target, (holder, at) => (holder[at] = value)) };
  });

describe('compileFastPath', () => {
  afterEach(() => {
    z.config({ jitless: false });
  });

  it('accepts every valid entity with the output zod gives', () => {
    for (const [name, input] of valid)
      expect(agreeWithZod(name, input)).toEqual({ zodAccepts: true, fastAccepts: true });
  });

  it('accepts only what zod accepts, with zod’s output, on entities changed in one place', () => {
    const seen = { accepted: 0, rejected: 0 };
    fc.assert(
      fc.property(mutation, ({ name, input }) => {
        const { zodAccepts, fastAccepts } = agreeWithZod(name, input);
        // The one valid form it leaves to zod: a field present with nothing in it.
        if (zodAccepts && !hasUndefined(input)) expect(fastAccepts).toBe(true);
        seen[zodAccepts ? 'accepted' : 'rejected']++;
      }),
      { numRuns: 4000 },
    );
    // Both sides of the line were tried.
    expect(seen.accepted).toBeGreaterThan(400);
    expect(seen.rejected).toBeGreaterThan(400);
  }, 120_000);

  it('leaves a present field with nothing in it to zod, which keeps the key', () => {
    const input = { ...seed.brigade12Strike, summary: undefined };
    expect(parsers.event.fast(input)).toBe(NOT_FAST);
    expect(parsers.event.zod.parse(input)).toHaveProperty('summary', undefined);
  });

  it('leaves to zod the parts it does not model, and generates no code when zod may not', () => {
    const when = new Date(2024, 0, 4);
    const fast = compileFastPath(
      z.strictObject({ when: z.date(), tag: z.xor([z.string(), z.string().min(2)]) }),
    );
    expect(fast?.({ when, tag: 'a' })).toStrictEqual({ when, tag: 'a' });
    expect(fast?.({ when, tag: 'ab' })).toBe(NOT_FAST);
    expect(fast?.({ when: '2024-01-04', tag: 'a' })).toBe(NOT_FAST);
    z.config({ jitless: true });
    expect(compileFastPath(z.string())).toBeUndefined();
  });

  it('reads an object’s fields whatever the order and the source of its keys, as zod does', () => {
    const schema = z.strictObject({
      a: z.string(),
      b: z.string().optional(),
      gone: z
        .string()
        .transform(() => undefined)
        .optional(),
    });
    const pair = { zod: schema, fast: compileFastPath(schema) ?? ((): unknown => NOT_FAST) };
    const inherited = Object.assign(Object.create({ a: 'from the prototype' }), { b: 'own' });
    const unknownInherited = Object.assign(Object.create({ extra: 'x' }), { a: 'own' });
    expect(agree(pair, { b: 'second', a: 'first' })).toEqual({ zodAccepts: true, fastAccepts: true });
    expect(agree(pair, inherited)).toEqual({ zodAccepts: true, fastAccepts: true });
    // Both leave to zod what only zod words or keeps: an unknown key, and a key whose value became nothing.
    expect(agree(pair, unknownInherited).fastAccepts).toBe(false);
    expect(agree(pair, { a: 'x', gone: 'y' })).toEqual({ zodAccepts: true, fastAccepts: false });
  });

  it('reads a record’s own keys, of plain objects only, as zod does', () => {
    const schema = z.record(z.string().regex(/^\w+$/), z.string().trim());
    const pair = { zod: schema, fast: compileFastPath(schema) ?? ((): unknown => NOT_FAST) };
    const accepted = { zodAccepts: true, fastAccepts: true };
    expect(agree(pair, { b: ' spaced ', a: 'kept', 2: 'two', 1: 'one' })).toEqual(accepted);
    expect(pair.fast({ b: ' spaced ' })).toStrictEqual({ b: 'spaced' });
    expect(agree(pair, Object.assign(Object.create({ inherited: 'x' }), { own: 'y' }))).toEqual(accepted);
    // zod words what is wrong with a class instance or a symbol key, and keeps a key-less prototype's keys.
    class Instance {
      own = 'y';
    }
    expect(agree(pair, new Instance())).toEqual({ zodAccepts: false, fastAccepts: false });
    expect(agree(pair, { a: 'x', [Symbol('s')]: 'y' })).toEqual({ zodAccepts: false, fastAccepts: false });
    expect(agree(pair, Object.assign(Object.create(null), { a: 'x' })).zodAccepts).toBe(true);
    expect(agree(pair, JSON.parse('{"__proto__":"x","a":"y"}')).zodAccepts).toBe(true);
  });

  it('skips a check whose proof holds and runs it when the proof does not', () => {
    const seen: string[] = [];
    const schema = provenBy(
      z.string().refine((text) => {
        seen.push(text);
        return text !== 'bad';
      }),
      (text) => text.startsWith('ok'),
    );
    const fast = compileFastPath(schema);
    expect([fast?.('ok then'), fast?.('other'), fast?.('bad')]).toEqual(['ok then', 'other', NOT_FAST]);
    expect(seen).toEqual(['other', 'bad']);
  });
});
