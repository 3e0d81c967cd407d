import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { type Browser, chromium } from 'playwright-core';
import { createStaticServer } from '../../server/serve.js';

/** The web app's folder. */
export const APP_DIR = fileURLToPath(new URL('../../', import.meta.url));
/** The built site. */
export const DIST = fileURLToPath(new URL('../../dist/', import.meta.url));
/** Where screenshots go (git-ignored). */
export const RESULTS = fileURLToPath(new URL('../../test-results/', import.meta.url));

const CHROMIUM = '/usr/bin/chromium';
const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/**
 * Builds the site when `dist/` has no home page (CI builds it before the tests; a developer running
 * the tests alone gets a build), bounded so a hung build fails the run instead of stalling it.
 */
export function ensureBuilt(): void {
  if (existsSync(`${DIST}index.html`)) return;
  const build = spawnSync('npm', ['run', 'build'], { cwd: APP_DIR, encoding: 'utf8', timeout: 280_000 });
  if (build.status !== 0) {
    throw new Error(
      `astro build failed (${build.signal ?? build.status}):\n${build.stdout}\n${build.stderr}`,
    );
  }
}

/** Serves `dist/` on an ephemeral port of 127.0.0.1. */
export async function serveDist(): Promise<{ base: string; close: () => Promise<void> }> {
  const server = createStaticServer({ root: DIST });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    base: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** Debian's Chromium, headless, with nothing that phones home. */
export function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`${CHROMIUM} is missing: install it with \`apt-get install -y chromium\``);
  }
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_FLAGS });
}

/** axe-core's browser build, to inject into pages. */
export const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
