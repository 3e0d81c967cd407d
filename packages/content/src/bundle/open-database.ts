import type { DatabaseSync, DatabaseSyncOptions } from 'node:sqlite';

/**
 * Opens a SQLite database with `node:sqlite`, loaded on first use: on Node 22 loading it prints an
 * experimental-feature warning, which commands that never touch a bundle (`marsad validate`) should not.
 */
export async function openDatabase(path: string, options: DatabaseSyncOptions = {}): Promise<DatabaseSync> {
  const { DatabaseSync } = await import('node:sqlite');
  return new DatabaseSync(path, options);
}
