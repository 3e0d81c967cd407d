// Build time and peak memory of the web site on the generated corpus (2,000 articles, 300 actors,
// 5,000 events by default), measured under GNU time: elapsed, CPU (user + system) and peak RSS,
// per page. Writes bench/results/web-build.json.
// Usage: node bench/web/build.mjs [--corpus <dir>] (generates the corpus into bench/results/tmp when absent)
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const REPO = fileURLToPath(new URL('../../', import.meta.url));
const { values } = parseArgs({ options: { corpus: { type: 'string' } } });
const corpus = values.corpus ?? join(REPO, 'bench/results/tmp/web-corpus');
const out = join(REPO, 'bench/results/tmp/web-site');
// The figures the issue quotes for a plain Astro 7 site rendering only the article pages.
const PEER = {
  name: 'plain Astro 7 site, article pages only (quoted in the issue)',
  pages: 2001,
  seconds: 15.6,
  peakMB: 1270,
};

if (!existsSync(corpus)) {
  const generate = spawnSync(
    process.execPath,
    [
      'bench/corpus/generate.mjs',
      '--out',
      corpus,
      '--articles',
      '2000',
      '--actors',
      '300',
      '--events',
      '5000',
    ],
    { cwd: REPO, stdio: 'inherit' },
  );
  if (generate.status !== 0) process.exit(generate.status ?? 1);
}

rmSync(out, { recursive: true, force: true });
const timed = spawnSync(
  '/usr/bin/time',
  [
    '-f',
    '%e %U %S %M',
    process.execPath,
    join(REPO, 'node_modules/astro/bin/astro.mjs'),
    'build',
    '--outDir',
    out,
  ],
  {
    cwd: join(REPO, 'apps/web'),
    env: { ...process.env, MARSAD_CONTENT: corpus, ASTRO_TELEMETRY_DISABLED: '1' },
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  },
);
if (timed.status !== 0) {
  console.error(timed.stdout.slice(-4000), timed.stderr.slice(-4000));
  process.exit(timed.status ?? 1);
}
const [elapsed, user, system, maxKB] = timed.stderr.trim().split('\n').at(-1).split(' ').map(Number);
const pages = readdirSync(out, { recursive: true }).filter((file) => String(file).endsWith('.html')).length;
const result = {
  date: new Date().toISOString(),
  node: process.version,
  corpus,
  pages,
  elapsedSeconds: elapsed,
  cpuSeconds: Math.round((user + system) * 10) / 10,
  peakMB: Math.round(maxKB / 1024),
  msPerPage: {
    elapsed: Math.round((elapsed / pages) * 10000) / 10,
    cpu: Math.round(((user + system) / pages) * 10000) / 10,
  },
  peer: { ...PEER, msPerPage: Math.round((PEER.seconds / PEER.pages) * 10000) / 10 },
  loadAverage: (await import('node:os')).loadavg(),
};
mkdirSync(join(REPO, 'bench/results'), { recursive: true });
writeFileSync(join(REPO, 'bench/results/web-build.json'), `${JSON.stringify(result, null, 2)}\n`);
console.log(result);
