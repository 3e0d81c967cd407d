import { isAbsolute, relative } from 'node:path';

/** A path as the user would type it from `cwd`: relative inside it, absolute elsewhere. */
export function shownPath(cwd: string, path: string): string {
  const inside = relative(cwd, path);
  return inside.startsWith('..') || isAbsolute(inside) ? path : inside || '.';
}
