import type { SortKey } from './sort-key.js';

/** The type of each element of a resource's sort key, so a cursor can be checked before it is used. */
export type KeyShape = readonly ('string' | 'number')[];

/** The opaque `cursor` of the page after the item whose sort key is `key`. */
export function encodeCursor(key: SortKey): string {
  return Buffer.from(JSON.stringify(key)).toString('base64url');
}

/**
 * The sort key inside a cursor made by {@link encodeCursor}, or `undefined` when the text is not such
 * a cursor for a list whose keys have `shape` (damaged, forged, or from another list).
 */
export function decodeCursor(text: string, shape: KeyShape): SortKey | undefined {
  if (!/^[A-Za-z0-9_-]+$/.test(text)) return undefined;
  let key: unknown;
  try {
    key = JSON.parse(Buffer.from(text, 'base64url').toString('utf8'));
  } catch {
    return undefined;
  }
  if (!Array.isArray(key) || key.length !== shape.length) return undefined;
  const fits = key.every((part, index) =>
    shape[index] === 'number' ? typeof part === 'number' && Number.isFinite(part) : typeof part === 'string',
  );
  return fits ? (key as SortKey) : undefined;
}
