import { collectionOf } from '@marsad/content';
import type { ContentFileKind } from '@marsad/schema';

/** The kinds kept in data files an editor's YAML or JSON language server can check (not Markdown). */
export const DATA_FILE_KINDS = [
  'actor',
  'event',
  'place',
  'author',
] as const satisfies readonly ContentFileKind[];
export type DataFileKind = (typeof DATA_FILE_KINDS)[number];

/** File extensions each language server reads, as the content engine takes them for data files. */
const EXTENSIONS = { yaml: ['yaml', 'yml'], json: ['json'] } as const;

/**
 * Globs of a kind's data files, relative to the project root (`content/events/**\/*.yaml`): events may
 * sit in subfolders (by year, by import), the other collections are flat, as domain-model.md lays out.
 */
export function contentGlobs(
  contentDir: string,
  kind: DataFileKind,
  language: keyof typeof EXTENSIONS,
): string[] {
  const folder = [contentDir, collectionOf[kind]].filter((part) => part !== '' && part !== '.').join('/');
  const depth = kind === 'event' ? '**/' : '';
  return EXTENSIONS[language].map((extension) => `${folder}/${depth}*.${extension}`);
}
