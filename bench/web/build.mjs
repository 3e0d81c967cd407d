// Build time and peak memory of the web site on the generated corpus (2,000 articles, 300 actors,
// 5,000 events by default) beside its peer, built in the same run on the same entries: a plain Astro 7
// site that renders only the article pages from a content collection (bench/peers/astro-site). Each
// build is cold and timed under GNU time (elapsed, CPU = user + system, peak RSS); the result is the
// cost per page of each and the ratios. Writes bench/results/web-build.json.
// Usage: node bench/web/build.mjs [--corpus <dir>] [--runs N] [--sites marsad,astro]
//   --corpus: a folder holding (or to hold) both corpora, `marsad/` and `astro/`
//   --runs:   builds of each site, the median reported (default 1)
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { generateCorpus } from '../corpus/corpus.mjs';
import { measure, median } from '../validate/measure.mjs';
import { ASTRO_VERSION, REPO } from '../validate/tools.mjs';

const PEER = join(REPO, 'bench/peers/astro-site');
const COUNTS = { articles: 2000, actors: 300, events: 5000 };
/** Marsad's targets against the peer: cost per page and peak memory. */
const TARGETS = { msPerPage: 0.5, peakMB: 1 };

const { values } = parseArgs({
  options: {
    corpus: { type: 'string', default: join(REPO, 'bench/results/tmp/web-corpus') },
    runs: { type: 'string', default: '1' },
    sites: { type: 'string', default: 'marsad,astro' },
  },
});
const corpus = resolve(values.corpus);
const runs = Number(values.runs);
if (!Number.isInteger(runs) || runs < 1)
  throw new RangeError(`--runs takes a whole number ≥ 1, got "${values.runs}"`);
const log = (/** @type {string} */ message) => console.error(`[bench] ${message}`);

/**
 * @typedef {object} Site
 * @property {string} name
 * @property {string} description
 * @property {string} cwd the Astro project
 * @property {string} astro the Astro it builds with (the workspace's, or the peer's own)
 * @property {NodeJS.ProcessEnv} env points the project at its corpus
 * @property {string[]} caches folders deleted before each build, so every build is cold
 */

/** @type {Site[]} */
const SITES = [
  {
    name: 'marsad',
    description:
      'apps/web: article, actor, event and place pages in both languages, lists, timeline, network, search index, feeds, sitemap',
    cwd: join(REPO, 'apps/web'),
    astro: join(REPO, 'node_modules/astro/bin/astro.mjs'),
    env: { MARSAD_CONTENT: join(corpus, 'marsad') },
    // Marsad reads its content itself and keeps nothing between builds.
    caches: [],
  },
  {
    name: 'astro',
    description: `plain Astro ${ASTRO_VERSION} site (bench/peers/astro-site): one page per article version from a glob() content collection, and an index`,
    cwd: PEER,
    astro: join(PEER, 'node_modules/astro/bin/astro.mjs'),
    env: { MARSAD_BENCH_CONTENT: join(corpus, 'astro/src/content') },
    // Astro's data store would let it skip the entries it loaded last time.
    caches: [join(PEER, '.astro'), join(PEER, 'node_modules/.astro')],
  },
].filter((site) => values.sites.split(',').includes(site.name));
if (SITES.length === 0) throw new RangeError(`--sites takes marsad, astro or both, got "${values.sites}"`);

function preparePeer() {
  const installed = join(PEER, 'node_modules/astro/package.json');
  if (existsSync(installed) && JSON.parse(readFileSync(installed, 'utf8')).version === ASTRO_VERSION) return;
  log(`installing astro@${ASTRO_VERSION} into bench/peers/astro-site`);
  const install = spawnSync('npm', ['ci', '--prefix', PEER, '--no-audit', '--no-fund'], { stdio: 'inherit' });
  if (install.status !== 0) throw new Error('npm ci in bench/peers/astro-site failed');
}

async function prepareCorpora() {
  for (const format of /** @type {const} */ (['marsad', 'astro'])) {
    const out = join(corpus, format);
    if (existsSync(out)) continue;
    log(`generating the ${format} corpus into ${out}`);
    await generateCorpus({ out, ...COUNTS, seed: 1, format });
  }
}

/** @param {Site} site */
async function buildOnce(site) {
  const outDir = join(REPO, 'bench/results/tmp', `web-site-${site.name}`);
  rmSync(outDir, { recursive: true, force: true });
  for (const cache of site.caches) rmSync(cache, { recursive: true, force: true });
  const run = await measure(process.execPath, [site.astro, 'build', '--outDir', outDir], {
    cwd: site.cwd,
    env: { ...process.env, ...site.env, ASTRO_TELEMETRY_DISABLED: '1' },
  });
  if (run.exitCode !== 0) throw new Error(`${site.name} build exited with ${run.exitCode}:\n${run.output}`);
  const pages = readdirSync(outDir, { recursive: true }).filter((file) =>
    String(file).endsWith('.html'),
  ).length;
  log(
    `${site.name}: ${pages} pages, ${(run.ms / 1000).toFixed(1)} s elapsed, ${(run.cpuMs / 1000).toFixed(1)} CPU-s, ` +
      `${Math.round(run.rssKb / 1024)} MB (load ${loadavg()[0]?.toFixed(1)})`,
  );
  return { pages, ...run };
}

const round = (/** @type {number} */ value, digits = 1) => Number(value.toFixed(digits));

/** @param {Site} site */
async function series(site) {
  const builds = [];
  for (let run = 0; run < runs; run++) builds.push(await buildOnce(site));
  const pages = builds[0]?.pages ?? 0;
  const cpuSeconds = median(builds.map((b) => b.cpuMs)) / 1000;
  const elapsedSeconds = median(builds.map((b) => b.ms)) / 1000;
  return {
    description: site.description,
    pages,
    elapsedSeconds: round(elapsedSeconds),
    cpuSeconds: round(cpuSeconds),
    peakMB: Math.round(median(builds.map((b) => b.rssKb)) / 1024),
    msPerPage: {
      cpu: round((cpuSeconds * 1000) / pages, 2),
      elapsed: round((elapsedSeconds * 1000) / pages, 2),
    },
    runs: builds.map((b) => ({
      cpuSeconds: round(b.cpuMs / 1000),
      elapsedSeconds: round(b.ms / 1000),
      peakMB: Math.round(b.rssKb / 1024),
    })),
  };
}

if (SITES.some((site) => site.name === 'astro')) preparePeer();
await prepareCorpora();
const loadBefore = loadavg();
/** @type {Record<string, Awaited<ReturnType<typeof series>>>} */
const sites = {};
for (const site of SITES) sites[site.name] = await series(site);
const { marsad, astro } = sites;
const ratios =
  marsad && astro
    ? {
        cpuPerPage: round(marsad.msPerPage.cpu / astro.msPerPage.cpu, 2),
        peakMemory: round(marsad.peakMB / astro.peakMB, 2),
        targets: TARGETS,
      }
    : undefined;
const result = {
  date: new Date().toISOString(),
  node: process.version,
  corpus: { folder: corpus, ...COUNTS },
  runs,
  loadAverage: { before: loadBefore.map((n) => round(n, 2)), after: loadavg().map((n) => round(n, 2)) },
  sites,
  ratios,
};
mkdirSync(join(REPO, 'bench/results'), { recursive: true });
writeFileSync(join(REPO, 'bench/results/web-build.json'), `${JSON.stringify(result, null, 2)}\n`);
console.log(JSON.stringify(result, null, 2));
