// Lighthouse on the built web site (apps/web/dist): performance, accessibility, best practices and
// SEO of the home, article, actor and timeline pages in both languages, mobile settings, Debian's
// Chromium. Serves dist/ on 127.0.0.1 itself; writes bench/results/lighthouse.json.
// Usage: node bench/web/lighthouse.mjs   (after `npm run build -w @marsad/web`)
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { createStaticServer } from '../../apps/web/server/serve.ts';

const DIST = fileURLToPath(new URL('../../apps/web/dist/', import.meta.url));
const RESULTS = fileURLToPath(new URL('../results/', import.meta.url));
const PAGES = {
  home: '/',
  article: '/articles/coalition-withdrawal/',
  actor: '/actors/abu-mahdi-al-muhandis/',
  timeline: '/timeline/',
};
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
const TARGET = 95;

if (!existsSync(`${DIST}index.html`)) {
  console.error('lighthouse: apps/web/dist is missing; run `npm run build -w @marsad/web` first.');
  process.exit(2);
}

const server = createStaticServer({ root: DIST });
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const base = `http://127.0.0.1:${server.address().port}`;
const chrome = await chromeLauncher.launch({
  chromePath: '/usr/bin/chromium',
  chromeFlags: [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ],
});

const runs = [];
try {
  for (const lang of ['ar', 'en']) {
    for (const [page, path] of Object.entries(PAGES)) {
      const url = `${base}${lang === 'ar' ? path : `/en${path}`}`;
      const result = await lighthouse(url, {
        port: chrome.port,
        onlyCategories: CATEGORIES,
        logLevel: 'error',
      });
      const scores = Object.fromEntries(
        CATEGORIES.map((category) => [category, Math.round(result.lhr.categories[category].score * 100)]),
      );
      const failed = Object.values(result.lhr.audits)
        .filter((audit) => audit.score !== null && audit.score < 0.9 && audit.scoreDisplayMode === 'binary')
        .map((audit) => audit.id);
      const metrics = Object.fromEntries(
        [
          'first-contentful-paint',
          'largest-contentful-paint',
          'total-blocking-time',
          'cumulative-layout-shift',
          'speed-index',
        ].map((id) => [id, result.lhr.audits[id]?.displayValue]),
      );
      runs.push({ page, lang, path: new URL(url).pathname, scores, metrics, failedAudits: failed });
      console.log(`${page.padEnd(9)} ${lang}  ${CATEGORIES.map((c) => `${c} ${scores[c]}`).join('  ')}`);
      console.log(
        `            ${Object.entries(metrics)
          .map(([id, value]) => `${id} ${value}`)
          .join('  ')}`,
      );
    }
  }
} finally {
  await chrome.kill();
  server.close();
}

const require = createRequire(import.meta.url);
const report = {
  date: new Date().toISOString(),
  lighthouse: require('lighthouse/package.json').version,
  node: process.version,
  settings:
    'Lighthouse defaults (mobile emulation, simulated throttling), Debian Chromium, site served from 127.0.0.1',
  target: `every category ≥ ${TARGET}`,
  met: runs.every((run) => Object.values(run.scores).every((score) => score >= TARGET)),
  runs,
};
mkdirSync(RESULTS, { recursive: true });
writeFileSync(`${RESULTS}lighthouse.json`, `${JSON.stringify(report, null, 2)}\n`);
console.log(`\ntarget ${report.target}: ${report.met ? 'met' : 'MISSED'} → bench/results/lighthouse.json`);
