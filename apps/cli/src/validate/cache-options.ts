import { resolve } from 'node:path';
import type { LoadContentOptions } from '@marsad/content';
import type { OptionValues } from '../command.js';

/** The cache flags of the commands that load content (validate, build). */
export const cacheOptions = {
  'no-cache': {
    type: 'boolean',
    description: 'Check every file afresh and leave the cache as it is (the results are the same).',
  },
  'cache-dir': {
    type: 'string',
    valueName: 'dir',
    description:
      'Where to keep results between runs (default: node_modules/.cache/marsad above the content, else ~/.cache/marsad).',
  },
} as const;

/** The `cache` option of `loadContent` that the flags ask for; relative folders are from `cwd`. */
export function cacheFrom(
  values: OptionValues<typeof cacheOptions>,
  cwd: string,
): LoadContentOptions['cache'] {
  if (values['no-cache']) return false;
  const dir = values['cache-dir'];
  return dir === undefined ? true : { dir: resolve(cwd, dir) };
}
