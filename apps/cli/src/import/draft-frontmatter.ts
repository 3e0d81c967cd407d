import { Article } from '@marsad/schema';
import { stringify } from 'yaml';

/** What the import found for the frontmatter of a draft. */
export interface DraftFields {
  title: string;
  summary: string;
  type: string;
}

/** A draft's frontmatter as YAML (between the `---` lines), and the imported keys it could not keep. */
export interface DraftFrontmatter {
  yaml: string;
  leftOut: string[];
}

/** Fields the import always writes itself: a draft is a draft, whatever the imported file said. */
const OWN_FIELDS = new Set(['title', 'summary', 'status']);

const toYaml = (data: Record<string, unknown>) => stringify(data, { lineWidth: 0 });

/** The top-level keys the Article schema refuses in `data`. */
function refusedKeys(data: Record<string, unknown>): Set<string> {
  const keys = new Set<string>();
  for (const issue of Article.safeParse(data).error?.issues ?? []) {
    // A strict object reports unknown keys at the root, by name; other issues at their path.
    for (const key of issue.code === 'unrecognized_keys' ? issue.keys : [String(issue.path[0])])
      keys.add(key);
  }
  return keys;
}

/**
 * The frontmatter of a draft: title, summary, type, `status: draft`, and empty `authors` and `about`
 * for the editor to fill, with the imported file's own frontmatter merged in (its values win, but for
 * title, summary and status). Imported keys that are no article field, or whose value the schema
 * refuses, are kept as YAML comments after the fields, so nothing is lost and the draft validates.
 */
export function draftFrontmatter(fields: DraftFields, imported: Record<string, unknown>): DraftFrontmatter {
  const defaults: Record<string, unknown> = { ...fields, status: 'draft', authors: [], about: [] };
  const data = { ...defaults };
  for (const [key, value] of Object.entries(imported)) if (!OWN_FIELDS.has(key)) data[key] = value;
  const leftOut = [...refusedKeys(data)].filter((key) => key in imported && !OWN_FIELDS.has(key));
  for (const key of leftOut) {
    if (key in defaults) data[key] = defaults[key];
    else delete data[key];
  }
  if (refusedKeys(data).size > 0)
    throw new Error(`marsad import made an invalid frontmatter: ${toYaml(data)}`);
  let yaml = toYaml(data);
  if (leftOut.length > 0) {
    const comments = toYaml(Object.fromEntries(leftOut.map((key) => [key, imported[key]])))
      .trimEnd()
      .split('\n')
      .map((line) => `# ${line}`);
    yaml += `# Left out of the imported frontmatter (not article fields, or values the schema refuses):\n${comments.join('\n')}\n`;
  }
  return { yaml, leftOut };
}
