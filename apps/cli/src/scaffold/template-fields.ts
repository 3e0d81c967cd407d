import { type ContentFileKind, toContentFileJsonSchema } from '@marsad/schema';

type JsonSchema = Record<string, unknown> & {
  $ref?: string;
  anyOf?: JsonSchema[];
  items?: JsonSchema;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  title?: string;
  description?: string;
  examples?: unknown[];
  type?: string;
};

/** One top-level field of a content file, documented from the JSON Schema. */
export interface TemplateField {
  name: string;
  required: boolean;
  /** One line: the field's own description when the schema has one, else its type's title and description. */
  description: string;
  /** A value from the schema's examples, when it gives one. */
  example?: unknown;
}

/** What a content file of this kind holds, and its fields in the schema's order. */
export interface TemplateSchema {
  title: string;
  description: string;
  fields: TemplateField[];
}

function definition(root: JsonSchema, ref: string): JsonSchema {
  const name = ref.replace('#/$defs/', '');
  const found = (root.$defs as Record<string, JsonSchema> | undefined)?.[name];
  if (!found) throw new Error(`JSON Schema reference ${ref} is not in $defs`);
  return found;
}

/** A field's schema with a `$ref` followed, so its title, description and examples can be read. */
function resolved(root: JsonSchema, schema: JsonSchema): JsonSchema {
  return schema.$ref ? { ...definition(root, schema.$ref), ...schema } : schema;
}

/** The first sentence: a type's description goes on to say what holds for the entry itself (`The file name is the id`). */
function firstSentence(text: string | undefined): string | undefined {
  return text?.split(/(?<=\.)\s/)[0];
}

/** Examples are shown for values with a fixed set of keys, whose shape is what an editor has to guess. */
function shapeExample(schema: JsonSchema): unknown {
  return schema.type === 'object' && schema.properties ? schema.examples?.[0] : undefined;
}

function describe(root: JsonSchema, property: JsonSchema): Pick<TemplateField, 'description' | 'example'> {
  const own = resolved(root, property);
  const items = own.type === 'array' && own.items ? resolved(root, own.items) : undefined;
  const target = items ?? own;
  const summary =
    [target.title, firstSentence(target.description)].filter(Boolean).join(': ') || target.type || 'a value';
  const description = property.description ?? (items ? `a list of ${summary}` : summary);
  const itemExample = items && shapeExample(items);
  const example = property.examples?.[0] ?? (itemExample === undefined ? shapeExample(own) : [itemExample]);
  return { description, ...(example !== undefined && { example }) };
}

/**
 * The fields of a content file of `kind`, read from @marsad/schema's JSON Schema of that file (the first
 * alternative: one entry, or an article's original), so a field added to the schema appears in every
 * template without editing the CLI.
 */
export function templateSchema(kind: ContentFileKind): TemplateSchema {
  const root = toContentFileJsonSchema(kind) as JsonSchema;
  const top = root.$ref ? root : (root.anyOf?.[0] ?? root);
  const entity = resolved(root, top);
  const required = new Set(entity.required ?? []);
  return {
    title: entity.title ?? kind,
    description: entity.description ?? '',
    fields: Object.entries(entity.properties ?? {}).map(([name, property]) => ({
      name,
      required: required.has(name),
      ...describe(root, property),
    })),
  };
}
