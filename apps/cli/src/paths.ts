import { dirname, isAbsolute, relative } from 'node:path';
import type { ResolvedProject } from '@marsad/content';

/** A path as the user would type it from `cwd`: relative inside it, absolute elsewhere. */
export function shownPath(cwd: string, path: string): string {
  const inside = relative(cwd, path);
  return inside.startsWith('..') || isAbsolute(inside) ? path : inside || '.';
}

/** The `[path]` argument of every command that reads a project, as help describes it. */
export const PROJECT_PATH_ARGUMENT = {
  name: 'path',
  description:
    'A project root with marsad.config.yaml, a content folder, or a folder holding content/ (default: .).',
} as const;

/** The project root of a run at `path`: the config file's folder when there is one, else `path` itself. */
export function projectRootOf(project: ResolvedProject, path: string): string {
  return project.configFile ? dirname(project.configFile) : path;
}
