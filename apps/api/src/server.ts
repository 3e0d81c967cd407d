// `npm start -w @marsad/api [-- --watch]`: serves the bundle (building it from the content when there is
// none); with --watch, rebuilds it when the content changes and swaps it in.
import { resolve } from 'node:path';
import type { ApiData } from './data.js';
import { LiveData } from './live-data.js';
import { findProjectRoot, loadData } from './load-data.js';
import { DEFAULT_PORT, startServer } from './serve.js';

const env = process.env;
const log = (line: string) => console.log(`marsad api: ${line}`);

/** A whole-number setting from the environment, within bounds; `undefined` when not set. */
function wholeNumber(name: string, min: number, max: number): number | undefined {
  const text = env[name];
  if (text === undefined || text === '') return undefined;
  const value = Number(text);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new RangeError(`${name} must be a whole number from ${min} to ${max}, got "${text}".`);
  }
  return value;
}

try {
  const root = findProjectRoot(process.cwd());
  const bundleDir = resolve(env.MARSAD_BUNDLE ?? resolve(root, '.marsad'));
  const contentDir = resolve(env.MARSAD_CONTENT ?? root);
  const previewToken = env.MARSAD_PREVIEW_TOKEN || undefined;
  const preview = previewToken !== undefined;
  const data = await loadData({ bundleDir, contentDir, preview, log });
  let served: ApiData | LiveData = data;
  if (process.argv.includes('--watch')) {
    const live = new LiveData(data, { bundleDir, contentDir, preview, log });
    await live.watch(data.nextChange);
    served = live;
    log(`watching ${contentDir} for changes`);
  }
  const cacheMb = wholeNumber('MARSAD_RESPONSE_CACHE_MB', 0, 65_536);
  const server = await startServer(served, {
    host: env.HOST,
    port: wholeNumber('PORT', 0, 65_535) ?? DEFAULT_PORT,
    previewToken,
    responseCacheBytes: cacheMb === undefined ? undefined : cacheMb * 1024 * 1024,
  });
  log(`serving ${data.origin.path} (${data.hash.slice(0, 12)}, loaded in ${Math.round(data.loadMs)} ms)`);
  log(`${server.url}/v1/events · reference at ${server.url}/docs`);
  const stop = () => {
    server.close().then(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
} catch (error) {
  log(error instanceof Error ? error.message : String(error));
  process.exit(1);
}
