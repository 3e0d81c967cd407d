import { readFile, stat } from 'node:fs/promises';
import { join, relative, resolve, sep } from 'node:path';
import { SiteConfig } from '@marsad/schema';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { parseJsonData } from '../parse/json-data.js';
import { parseYamlData } from '../parse/yaml-data.js';
import { COLLECTIONS } from '../source/discover.js';
import { issueDiagnostics } from '../validate/issue-diagnostics.js';

/** Config file names looked for in a project root, in this order. */
export const CONFIG_FILES = ['marsad.config.yaml', 'marsad.config.yml', 'marsad.config.json'] as const;

/** A project as found from a path: where its content is and its site config, if any. */
export interface ResolvedProject {
  /** Absolute path of the content root (the folder holding articles/, actors/…). */
  contentRoot: string;
  /** The validated site config, when a `marsad.config.*` exists and is valid. */
  config?: SiteConfig;
  /** The config file's absolute path, when there is one. */
  configFile?: string;
  /** Problems of the config file (its path relative to the content root, like every diagnostic). */
  diagnostics: Diagnostic[];
}

const exists = (path: string) =>
  stat(path).then(
    (info) => info,
    () => undefined,
  );

async function readConfig(dir: string, name: string): Promise<ResolvedProject> {
  const file = join(dir, name);
  const text = await readFile(file, 'utf8');
  const parsed = name.endsWith('.json')
    ? parseJsonData(text, { file: name })
    : parseYamlData(text, { file: name });
  const valid = parsed.ok ? SiteConfig.safeParse(parsed.data) : undefined;
  const config = valid?.success ? valid.data : undefined;
  // An invalid config still gets its content checked, from the conventional folder.
  const contentRoot = join(dir, config?.contentDir ?? 'content');
  let diagnostics = parsed.ok ? [] : parsed.diagnostics;
  if (parsed.ok && valid && !valid.success) {
    diagnostics = issueDiagnostics(valid.error.issues, {
      file: name,
      data: parsed.data,
      locator: parsed.locator,
      schema: SiteConfig,
    });
  }
  const shown = relative(contentRoot, file).split(sep).join('/');
  return {
    contentRoot,
    configFile: file,
    ...(config && { config }),
    diagnostics: diagnostics.map((diagnostic) => ({ ...diagnostic, file: shown })),
  };
}

/**
 * Finds the content root for `path`: a project root with a `marsad.config.*` (its `contentDir`,
 * default `content/`), a folder that is itself a content root (has articles/, actors/…), or a folder
 * with a `content/` subfolder. Otherwise `path` itself, so loading reports what is missing.
 */
export async function resolveProject(path: string): Promise<ResolvedProject> {
  const dir = resolve(path);
  for (const name of CONFIG_FILES) {
    if ((await exists(join(dir, name)))?.isFile()) return readConfig(dir, name);
  }
  for (const collection of COLLECTIONS) {
    if ((await exists(join(dir, collection)))?.isDirectory()) return { contentRoot: dir, diagnostics: [] };
  }
  const nested = join(dir, 'content');
  if ((await exists(nested))?.isDirectory()) return { contentRoot: nested, diagnostics: [] };
  return { contentRoot: dir, diagnostics: [] };
}
