import { Alias, Localized } from '@marsad/schema';
import type * as z from 'zod';

type AnySchema = z.core.$ZodType;

/** A text whose language is declared beside it, found at `path` inside an entry. */
export interface TaggedText {
  path: (string | number)[];
  lang: string;
  text: string;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function unwrap(schema: AnySchema): AnySchema {
  const def = schema._zod.def as unknown as { type: string; innerType?: AnySchema; in?: AnySchema };
  if (def.type === 'optional' || def.type === 'nullable' || def.type === 'default')
    return unwrap(def.innerType!);
  if (def.type === 'pipe') return unwrap(def.in!);
  return schema;
}

/** The parts of a schema's definition that {@link taggedTexts} descends into. */
function containerDef(schema: AnySchema) {
  return schema._zod.def as unknown as {
    type: string;
    shape?: Record<string, AnySchema>;
    element?: AnySchema;
    valueType?: AnySchema;
  };
}

const holding = new WeakMap<AnySchema, boolean>();

/**
 * Whether values of `schema` can hold a tagged text where {@link taggedTexts} looks. Most fields of an
 * entry cannot (dates, ids, participants, sources), and skipping them spares the walk a generator and a
 * path per field: on 50,000 events that walk was most of the rule's time.
 */
function holdsTaggedTexts(schema: AnySchema): boolean {
  let holds = holding.get(schema);
  if (holds !== undefined) return holds;
  // A schema that refers back to itself (a getter in its shape) is walked through that loop: a wrong
  // "yes" only costs the walk, a wrong "no" would miss texts.
  holding.set(schema, true);
  const inner = unwrap(schema);
  const def = containerDef(inner);
  holds =
    inner === Localized ||
    inner === Alias ||
    (def.type === 'object' && Object.values(def.shape ?? {}).some(holdsTaggedTexts)) ||
    (def.type === 'array' && holdsTaggedTexts(def.element!)) ||
    (def.type === 'record' && holdsTaggedTexts(def.valueType!));
  holding.set(schema, holds);
  return holds;
}

/**
 * Every language-tagged text in `value`, read against its zod `schema`: each entry of a `Localized`
 * value (names, titles, summaries, roles, notes, lists…) and each alias `{ value, lang }`. The schema is
 * the one list of where such texts are, so a field added to the model is checked without naming it
 * here. Parts of `value` that do not fit the schema are skipped, never thrown on.
 */
export function* taggedTexts(
  schema: AnySchema,
  value: unknown,
  path: (string | number)[] = [],
): Generator<TaggedText> {
  const inner = unwrap(schema);
  if (inner === Localized) {
    if (!isRecord(value)) return;
    for (const [lang, text] of Object.entries(value))
      if (typeof text === 'string') yield { path: [...path, lang], lang, text };
    return;
  }
  if (inner === Alias) {
    if (isRecord(value) && typeof value.value === 'string' && typeof value.lang === 'string')
      yield { path: [...path, 'value'], lang: value.lang, text: value.value };
    return;
  }
  const def = containerDef(inner);
  if (def.type === 'object' && isRecord(value)) {
    for (const [key, field] of Object.entries(def.shape ?? {}))
      if (value[key] !== undefined && holdsTaggedTexts(field))
        yield* taggedTexts(field, value[key], [...path, key]);
  } else if (def.type === 'array' && Array.isArray(value)) {
    if (!holdsTaggedTexts(def.element!)) return;
    for (const [index, item] of value.entries()) yield* taggedTexts(def.element!, item, [...path, index]);
  } else if (def.type === 'record' && isRecord(value)) {
    if (!holdsTaggedTexts(def.valueType!)) return;
    for (const [key, item] of Object.entries(value)) yield* taggedTexts(def.valueType!, item, [...path, key]);
  }
}
