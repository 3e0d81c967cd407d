import { dirname } from 'node:path';
import type { ResolvedProject } from '@marsad/content';

/** The project root of a run at `path`: the config file's folder when there is one, else `path` itself. */
export function projectRootOf(project: ResolvedProject, path: string): string {
  return project.configFile ? dirname(project.configFile) : path;
}
