import { createHash } from 'node:crypto';
import { stat } from 'node:fs/promises';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';

/**
 * Where a content root's cache lives by default: `node_modules/.cache/marsad/` in the nearest folder at
 * or above the content root that has `node_modules` (where Babel, ESLint and Vite keep theirs: ignored by
 * git, deleted with the dependencies), otherwise the user's cache folder (`$XDG_CACHE_HOME/marsad`,
 * default `~/.cache/marsad`): never inside the content, which a watcher would see change. Not `.marsad/`:
 * that is the bundle, replaced whole by every build. Each content root gets its own subfolder, so two
 * roots never share records.
 */
export async function defaultCacheDir(contentRoot: string): Promise<string> {
  const rootKey = createHash('sha1').update(contentRoot).digest('hex').slice(0, 16);
  for (let dir = contentRoot; ; dir = dirname(dir)) {
    const modules = join(dir, 'node_modules');
    if ((await stat(modules).catch(() => undefined))?.isDirectory()) {
      return join(modules, '.cache', 'marsad', rootKey);
    }
    if (dirname(dir) === dir) {
      const userCache = process.env.XDG_CACHE_HOME || join(homedir(), '.cache');
      return join(userCache, 'marsad', rootKey);
    }
  }
}
