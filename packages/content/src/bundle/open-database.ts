import type { DatabaseSync, DatabaseSyncOptions } from 'node:sqlite';

/**
 * Opens a SQLite database with `node:sqlite`, loaded on first use: on Node 22 loading it prints an
 * experimental-feature warning, which commands that never touch a bundle (`marsad validate`) should not.
 * `process.getBuiltinModule` rather than `import()`: bundlers strip the `node:` prefix from imports,
 * and `sqlite` without it is not a built-in module.
 */
export function openDatabase(path: string, options: DatabaseSyncOptions = {}): DatabaseSync {
  const { DatabaseSync } = process.getBuiltinModule('node:sqlite');
  return new DatabaseSync(path, options);
}
