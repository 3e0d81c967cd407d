// `npm start -w @marsad/api [-- --watch]`: serves the bundle (building it from the content when there is
// none); with --watch, rebuilds it when the content changes and swaps it in.
import { resolve } from 'node:path';
import type { ApiData } from './data.js';
import { LiveData } from './live-data.js';
import { findProjectRoot, loadData } from './load-data.js';
import { DEFAULT_PORT, startServer } from './serve.js';

const env = process.env;
const log = (line: string) => console.log(`marsad api: ${line}`);

function port(text: string | undefined): number {
  if (text === undefined) return DEFAULT_PORT;
  const value = Number(text);
  if (!Number.isInteger(value) || value < 0 || value > 65_535) {
    throw new RangeError(`PORT must be a whole number from 0 to 65535, got "${text}".`);
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
  const server = await startServer(served, { host: env.HOST, port: port(env.PORT), previewToken });
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
