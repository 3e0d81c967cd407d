import type * as z from 'zod';

type AnySchema = z.core.$ZodType;

/** Steps into a zod schema along a data path, through optional, nullable, pipes (codecs), arrays and records. */
function childOf(schema: AnySchema, segment: PropertyKey): AnySchema | undefined {
  const def = schema._zod.def as unknown as Record<string, unknown> & { type: string };
  switch (def.type) {
    case 'optional':
    case 'nullable':
    case 'default':
      return childOf(def.innerType as AnySchema, segment);
    case 'pipe':
      return childOf(def.in as AnySchema, segment);
    case 'object':
      return (def.shape as Record<string, AnySchema>)[String(segment)];
    case 'array':
      return def.element as AnySchema;
    case 'record':
      return def.valueType as AnySchema;
    case 'tuple':
      return (def.items as AnySchema[])[Number(segment)];
    default:
      return undefined;
  }
}

function unwrap(schema: AnySchema): AnySchema {
  const def = schema._zod.def as unknown as Record<string, unknown> & { type: string };
  if (def.type === 'optional' || def.type === 'nullable' || def.type === 'default')
    return unwrap(def.innerType as AnySchema);
  if (def.type === 'pipe') return unwrap(def.in as AnySchema);
  return schema;
}

/**
 * The field names the object schema at `path` accepts, for "did you mean" suggestions on unknown
 * keys; `[]` when the path does not lead to an object schema.
 */
export function knownKeysAt(schema: AnySchema, path: readonly PropertyKey[]): string[] {
  let current: AnySchema | undefined = schema;
  for (const segment of path) {
    current = current && childOf(current, segment);
  }
  if (!current) return [];
  const def = unwrap(current)._zod.def as unknown as { type: string; shape?: Record<string, unknown> };
  return def.type === 'object' && def.shape ? Object.keys(def.shape) : [];
}
