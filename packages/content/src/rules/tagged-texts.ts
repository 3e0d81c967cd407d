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
  const def = inner._zod.def as unknown as {
    type: string;
    shape?: Record<string, AnySchema>;
    element?: AnySchema;
    valueType?: AnySchema;
  };
  if (def.type === 'object' && isRecord(value)) {
    for (const [key, field] of Object.entries(def.shape ?? {}))
      if (value[key] !== undefined) yield* taggedTexts(field, value[key], [...path, key]);
  } else if (def.type === 'array' && Array.isArray(value)) {
    for (const [index, item] of value.entries()) yield* taggedTexts(def.element!, item, [...path, index]);
  } else if (def.type === 'record' && isRecord(value)) {
    for (const [key, item] of Object.entries(value)) yield* taggedTexts(def.valueType!, item, [...path, key]);
  }
}
