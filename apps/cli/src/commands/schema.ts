import { readFile, stat } from 'node:fs/promises';
import { join, relative, resolve, sep } from 'node:path';
import { ContentRootError, resolveProject } from '@marsad/content';
import { defineCommand } from '../command.js';
import { OutputError } from '../output/write-atomic.js';
import { PROJECT_PATH_ARGUMENT, projectRootOf, shownPath } from '../paths.js';
import {
  installedSchemaFile,
  installedSchemaVersion,
  SCHEMA_FOLDER,
  schemaFileNames,
} from '../schema-files/schema-files.js';
import { mergeSchemaSettings, schemaSettings } from '../schema-files/vscode-settings.js';
import { writeFolderFiles } from '../schema-files/write-schema-folder.js';

/** The settings fragment written beside the schemas, to copy from or merge with --vscode. */
const FRAGMENT = 'vscode-settings.json';

const options = {
  out: {
    type: 'string',
    short: 'o',
    valueName: 'dir',
    description: `Folder to write the JSON Schemas to (default: ${SCHEMA_FOLDER} in the project root).`,
  },
  vscode: {
    type: 'boolean',
    description: 'Also merge the schema mappings into .vscode/settings.json, keeping everything else in it.',
  },
} as const;

const posix = (path: string) => path.split(sep).join('/') || '.';

/** The files to write: every JSON Schema of the installed @marsad/schema, as published, and the fragment. */
async function folderFiles(fragment: string): Promise<Map<string, string>> {
  const names = schemaFileNames();
  const texts = await Promise.all(names.map((name) => readFile(installedSchemaFile(name), 'utf8')));
  return new Map([...names.map((name, index) => [name, texts[index]!] as const), [FRAGMENT, fragment]]);
}

/** The settings file's text, empty when there is none yet; refused when something else has its name. */
async function readSettings(file: string, shown: string): Promise<string> {
  // A missing file is fine; a missing folder is not (`.vscode` being a file fails here, before any write).
  const info = await stat(file).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return undefined;
    throw error;
  });
  if (info === undefined) return '';
  if (!info.isFile())
    throw new OutputError(`cannot merge into ${shown}: it is not a file; it was left as it is.`);
  return readFile(file, 'utf8');
}

/** `marsad schema`: the JSON Schemas and the VS Code settings that give editors completion and checks. */
export const schemaCommand = defineCommand({
  name: 'schema',
  summary:
    'Write the JSON Schemas of the content files, and the VS Code settings mapping them to the content folders.',
  usage: ['marsad schema [path] [options]'],
  positionals: [PROJECT_PATH_ARGUMENT],
  options,
  details: [
    `Copies every JSON Schema of the installed @marsad/schema (<kind>-file.json for actor, event, place,\n` +
      `author and article files, and one per schema) into the output folder, with ${FRAGMENT}: the\n` +
      '`yaml.schemas` and `json.schemas` settings mapping actors/, events/, places/ and authors/ to their\n' +
      'schemas, paths relative to the project root (open that folder in VS Code). `marsad new` then points\n' +
      "new files' $schema line at this copy. Each file is written whole; rerun after upgrading @marsad/schema.",
    'Exit codes: 0 written; 2 a usage error, the path does not exist, the output folder is a file, or\n' +
      '            .vscode/settings.json cannot be parsed (it is then left as it is).',
  ],
  examples: [
    { command: 'marsad schema', description: `Write ${SCHEMA_FOLDER}/ in the project root.` },
    {
      command: 'marsad schema --vscode',
      description: 'Also map the content folders to the schemas in .vscode/settings.json.',
    },
  ],
  async run({ values, positionals, io }) {
    const path = resolve(io.cwd, positionals[0] ?? '.');
    const project = await resolveProject(path);
    if (!(await stat(project.contentRoot).catch(() => undefined))?.isDirectory()) {
      throw new ContentRootError(project.contentRoot, 'not-found');
    }
    const root = projectRootOf(project, path);
    const out = values.out === undefined ? join(root, SCHEMA_FOLDER) : resolve(io.cwd, values.out);
    const settings = schemaSettings(posix(relative(root, out)), posix(relative(root, project.contentRoot)));
    const settingsFile = join(root, '.vscode', 'settings.json');
    const shownSettings = shownPath(io.cwd, settingsFile);
    // Merged before anything is written, so a settings file that cannot be read stops the run whole.
    const merged = values.vscode
      ? mergeSchemaSettings(await readSettings(settingsFile, shownSettings), settings, shownSettings)
      : undefined;
    const files = await folderFiles(`${JSON.stringify(settings, null, 2)}\n`);
    const shownOut = shownPath(io.cwd, out);
    await writeFolderFiles(out, files, shownOut);
    const lines = [
      `✔ Wrote ${files.size - 1} JSON Schemas of @marsad/schema ${installedSchemaVersion()} and ${FRAGMENT} to ${shownOut}`,
    ];
    if (merged !== undefined) {
      await writeFolderFiles(
        join(root, '.vscode'),
        new Map([['settings.json', merged]]),
        shownPath(io.cwd, join(root, '.vscode')),
      );
      lines.push(`✔ Mapped the content folders to them in ${shownSettings}`);
    } else {
      lines.push(`  Add ${FRAGMENT} to .vscode/settings.json, or run again with --vscode to merge it.`);
    }
    io.stdout.write(`${lines.join('\n')}\n`);
    return 0;
  },
});
