import { existsSync } from 'node:fs';
import { dirname, extname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';

/**
 * Under a `source` condition (vitest, a dev run of the TypeScript) the worker runs the TypeScript too:
 * Node strips the types, and this hook maps the `.js` of relative imports to the `.ts` file beside it.
 */
const SOURCE_BOOTSTRAP = `
const { registerHooks } = require('node:module');
const { workerData } = require('node:worker_threads');
registerHooks({
  resolve(specifier, context, next) {
    try {
      return next(specifier, context);
    } catch (error) {
      if (!specifier.startsWith('.') || !specifier.endsWith('.js')) throw error;
      return next(specifier.slice(0, -3) + '.ts', context);
    }
  },
});
import(workerData.entry);
`;

/**
 * Starts the worker thread whose entry is `name` beside the module at `moduleUrl` (its `import.meta.url`),
 * with the module's extension. Built, every module of the engine is inside `dist/index.*`, and each
 * worker is an entry of its own beside it (tsup.config.ts); as source, the entry is the `.ts` file beside
 * the caller. `undefined` when there is no such file (the engine bundled into one file without its
 * workers): callers then do the work on their own thread.
 */
export function startWorker(moduleUrl: string, name: string, workerData?: unknown): Worker | undefined {
  const self = fileURLToPath(moduleUrl);
  const extension = extname(self);
  const entry = join(dirname(self), `${name}${extension}`);
  if (!existsSync(entry)) return undefined;
  if (extension !== '.ts') return new Worker(entry, { workerData });
  return new Worker(SOURCE_BOOTSTRAP, {
    eval: true,
    workerData: { ...(workerData as object), entry: pathToFileURL(entry).href },
    execArgv: [
      '--conditions=source',
      '--experimental-transform-types',
      '--disable-warning=ExperimentalWarning',
    ],
  });
}
