/**
 * A relative path that cannot leave its folder: no leading slash or backslash, no `..` segment.
 * Paths from content end up in file reads and URLs, so traversal is rejected at the schema.
 */
export const RELATIVE_PATH_PATTERN = String.raw`^(?![/\\])(?!.*(?:^|[/\\])\.\.(?:[/\\]|$))[^\0]+$`;

/** Whether `path` is relative and stays inside its folder. */
export function isContainedPath(path: string): boolean {
  return new RegExp(RELATIVE_PATH_PATTERN).test(path);
}
