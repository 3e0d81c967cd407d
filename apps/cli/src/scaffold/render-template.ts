import { stringify } from 'yaml';
import type { TemplateField, TemplateSchema } from './template-fields.js';

/** What a template writes and where its `$schema` comment points. */
export interface TemplateOptions {
  /** The `$schema=` target for yaml-language-server: a relative path or a URL. */
  schemaReference: string;
  /** Values written in, by field name (the id, an article's `status: draft`). */
  presets: Readonly<Record<string, string>>;
}

/** A value as one line of flow YAML, as the sample content writes short values. */
function flow(value: unknown): string {
  return stringify(value, { collectionStyle: 'flow', lineWidth: 0 }).trimEnd();
}

/**
 * A field's lines: its description, then the field itself. A preset is written in; a required field is
 * left empty, so `marsad validate` points at exactly the lines still to fill; an optional field is
 * commented out, with the schema's example as its value when there is one.
 */
function fieldLines(field: TemplateField, presets: TemplateOptions['presets']): string[] {
  const preset = presets[field.name];
  const label = field.required && preset === undefined ? `${field.name} (required)` : field.name;
  const lines = [`# ${label}: ${field.description}`];
  if (preset !== undefined) lines.push(`${field.name}: ${preset}`);
  else if (field.required) {
    if (field.example !== undefined) lines.push(`#   e.g. ${flow(field.example)}`);
    lines.push(`${field.name}:`);
  } else lines.push(`# ${field.name}:${field.example === undefined ? '' : ` ${flow(field.example)}`}`);
  return lines;
}

/** The YAML of a new entry: the `$schema` line, what the entry is, and every field of the schema documented. */
export function renderYamlTemplate(schema: TemplateSchema, options: TemplateOptions): string {
  const header = [
    `# yaml-language-server: $schema=${options.schemaReference}`,
    `# ${schema.title}: ${schema.description}`,
    '# Fill in the empty (required) fields, uncomment the others you need, then run `marsad validate`.',
  ];
  const blocks = schema.fields.map((field) => fieldLines(field, options.presets).join('\n'));
  return `${[header.join('\n'), ...blocks].join('\n\n')}\n`;
}

/** A new article version: the template as frontmatter, then an empty body. */
export function renderArticleTemplate(schema: TemplateSchema, options: TemplateOptions): string {
  return `---\n${renderYamlTemplate(schema, options)}---\n\n`;
}
