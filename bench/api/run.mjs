#!/usr/bin/env node
// The API under load beside a bare node:http server serving a fixed body of the same size, in the same
// run: a filtered event list and a search on the 10,000-article / 50,000-event corpus, plus start-up
// time and memory. Writes bench/results/api.json; see bench/README.md (## api).
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { BUNDLE_FORMAT } from '@marsad/content';
import autocannon from 'autocannon';

const REPO = join(dirname(fileURLToPath(import.meta.url)), '../..');
const WORK = join(REPO, 'bench/results/tmp/api');
const SERVER = join(REPO, 'apps/api/dist/server.js');
const TARGETS = { listToBare: 0.6, listP99Ms: 15, searchP99Ms: 30, startupMs: 1500, rssMb: 400 };
/**
 * The bundle is built for this moment, so every run serves the same content: after the corpus's last
 * publication time and embargo (2024-12-31), and in the past, as a server's bundle is once it serves.
 */
const NOW = '2025-01-01T00:00:00.000Z';

const log = (/** @type {string} */ message) => console.error(`[bench:api] ${message}`);

const { values } = parseArgs({
  options: {
    corpus: { type: 'string' },
    duration: { type: 'string', default: '10' },
    connections: { type: 'string', default: '50' },
    starts: { type: 'string', default: '5' },
  },
});
const duration = Number(values.duration);
const connections = Number(values.connections);
const starts = Number(values.starts);

/**
 * Runs a node script to completion; rejects on a non-zero exit.
 * @param {string[]} args
 * @param {NodeJS.ProcessEnv} [env]
 */
function runNode(args, env = process.env) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'inherit'], env });
    let stdout = '';
    child.stdout.on('data', (chunk) => {
      stdout += chunk;
    });
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0 ? resolve(stdout) : reject(new Error(`${args[0]} exited with ${code}`)),
    );
  });
}

/**
 * A child process that prints a line telling where it listens; resolves with the process and that line.
 * @param {string[]} args
 * @param {NodeJS.ProcessEnv} env
 * @param {RegExp} ready the line that says it is listening; its first group is the base URL or port
 * @returns {Promise<{ child: import('node:child_process').ChildProcess, match: string, ms: number }>}
 */
function startChild(args, env, ready) {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'], env });
    let output = '';
    const read = (/** @type {Buffer} */ chunk) => {
      output += chunk;
      const match = ready.exec(output);
      if (match?.[1]) resolve({ child, match: match[1], ms: performance.now() - started });
    };
    child.stdout?.on('data', read);
    child.stderr?.on('data', read);
    child.on('error', reject);
    child.on('close', (code) => reject(new Error(`${args[0]} exited with ${code}:\n${output.slice(-2000)}`)));
  });
}

/** @param {import('node:child_process').ChildProcess} child */
function stop(child) {
  return new Promise((resolve) => {
    child.removeAllListeners('close');
    child.once('close', resolve);
    child.kill('SIGTERM');
  });
}

/**
 * Peak and current resident memory of a process, in MiB, from /proc.
 * @param {number} pid
 */
async function memoryOf(pid) {
  const status = await readFile(`/proc/${pid}/status`, 'utf8');
  const field = (/** @type {string} */ name) =>
    Math.round(Number(new RegExp(`${name}:\\s+(\\d+)`).exec(status)?.[1] ?? 0) / 1024);
  return { rssMb: field('VmRSS'), peakRssMb: field('VmHWM') };
}

/** Clock ticks per second of /proc/<pid>/stat (USER_HZ, 100 on Linux). */
const TICKS = 100;

/**
 * CPU milliseconds (user and system) a process has used so far, from /proc: unlike wall time, it
 * hardly moves when other jobs compete for the cores.
 * @param {number} pid
 */
async function cpuMsOf(pid) {
  const stat = await readFile(`/proc/${pid}/stat`, 'utf8');
  // Fields after the command name (which may hold spaces) start at state: utime and stime are 14 and 15.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return ((Number(fields[11]) + Number(fields[12])) / TICKS) * 1000;
}

const API_READY = /(http:\/\/127\.0\.0\.1:\d+)\/v1\/events/;

/**
 * The environment of an API server on a free port; `cacheMb` sets its response cache (0 turns it off).
 * @param {string} bundle
 * @param {string} corpus
 * @param {string} [cacheMb]
 */
const apiEnv = (bundle, corpus, cacheMb) => ({
  ...process.env,
  MARSAD_BUNDLE: bundle,
  MARSAD_CONTENT: corpus,
  PORT: '0',
  ...(cacheMb !== undefined && { MARSAD_RESPONSE_CACHE_MB: cacheMb }),
});

/**
 * autocannon against one URL, after a short warm-up on the same URL, with the CPU time the server
 * process spent per request.
 * @param {string} url
 * @param {number} pid the server's process
 */
async function load(url, pid) {
  await autocannon({ url, connections, duration: 2 });
  const cpuBefore = await cpuMsOf(pid);
  const result = await autocannon({ url, connections, duration });
  const cpuMs = (await cpuMsOf(pid)) - cpuBefore;
  return {
    serverCpuMsPerRequest:
      result.requests.total > 0 ? Number((cpuMs / result.requests.total).toFixed(2)) : null,
    requestsPerSecond: Math.round(result.requests.average),
    latencyMs: {
      p50: result.latency.p50,
      p90: result.latency.p90,
      p99: result.latency.p99,
      max: result.latency.max,
    },
    requests: result.requests.total,
    errors: result.errors,
    timeouts: result.timeouts,
    non2xx: result.non2xx,
    bytesPerRequest: Math.round(result.throughput.total / Math.max(1, result.requests.total)),
  };
}

if (!existsSync(SERVER)) throw new Error(`${SERVER} is missing: run npm run build -w @marsad/api first`);
await mkdir(WORK, { recursive: true });
const corpus = values.corpus ?? join(WORK, 'corpus-10000-2000-50000-seed1');
if (!existsSync(join(corpus, 'articles'))) {
  log(`generating the corpus in ${corpus} (10,000 articles, 2,000 actors, 50,000 events)`);
  await runNode([
    join(REPO, 'bench/corpus/generate.mjs'),
    '--out',
    corpus,
    '--articles',
    '10000',
    '--actors',
    '2000',
    '--events',
    '50000',
  ]);
}
const bundle = join(WORK, 'bundle');
const manifestPath = join(bundle, 'manifest.json');
// A bundle of an older format would be rebuilt by the server at start, inside the timed start-up.
const built = existsSync(manifestPath) ? JSON.parse(await readFile(manifestPath, 'utf8')) : undefined;
if (built?.format !== BUNDLE_FORMAT || built?.builtFor !== NOW) {
  log(`building the bundle in ${bundle} (once; later runs reuse it)`);
  // loadData keeps a readable bundle; one built for another moment must go first.
  await rm(bundle, { recursive: true, force: true });
  await runNode([
    '--input-type=module',
    '-e',
    `import { loadData } from ${JSON.stringify(join(REPO, 'apps/api/dist/index.js'))};
      (await loadData({ bundleDir: process.argv[1], contentDir: process.argv[2], now: new Date(${JSON.stringify(NOW)}) })).close();`,
    bundle,
    corpus,
  ]);
}

// A probe server finds the URLs to measure: the facets it counts read every event, which the measured
// servers must not have done (their memory and first responses are part of the figures).
const probe = await startChild([SERVER], apiEnv(bundle, corpus), API_READY);
/**
 * A JSON response of the probe, read as the shapes this script uses.
 * @param {string} path
 * @returns {Promise<any>}
 */
const getJson = async (path) => (await fetch(`${probe.match}${path}`)).json();
const health = await getJson('/healthz');
// The actor in most events, in its busiest half-year: a filter that returns a full page.
const topActor = (await getJson('/v1/events?facets=actor&limit=1')).facets.actor[0].value;
const year = (await getJson(`/v1/events?actor=${topActor}&facets=year&limit=1`)).facets.year[0].value;
const listPath = `/v1/events?actor=${topActor}&from=${year}-01&to=${year}-06`;
const listBody = await (await fetch(`${probe.match}${listPath}`)).text();
const listBytes = Buffer.byteLength(listBody);
const searchPath = `/v1/search?q=${encodeURIComponent('القوات')}`;
const searchHits = (await getJson(searchPath)).data.length;
await stop(probe.child);
log(
  `list ${listPath}: ${JSON.parse(listBody).data.length} of ${JSON.parse(listBody).total} events, ${listBytes} bytes; search: ${searchHits} hits`,
);

/**
 * Milliseconds until the first response to `path` has been read whole.
 * @param {string} url
 */
async function firstResponseMs(url) {
  const started = performance.now();
  await (await fetch(url)).arrayBuffer();
  return Math.round(performance.now() - started);
}

log(`measuring start-up ${starts} times`);
/** @type {number[]} */
const startupMs = [];
/** @type {number[]} */
const startupCpuMs = [];
// What a reader waits for after the server listens: the first filtered list and the first search,
// which find nothing built yet (a design that built its indexes on first use would show here).
/** @type {number[]} */
const firstListMs = [];
/** @type {number[]} */
const firstSearchMs = [];
for (let run = 0; run < starts; run++) {
  const { child, ms, match } = await startChild([SERVER], apiEnv(bundle, corpus), API_READY);
  startupCpuMs.push(Math.round(await cpuMsOf(/** @type {number} */ (child.pid))));
  startupMs.push(Math.round(ms));
  firstListMs.push(await firstResponseMs(`${match}${listPath}`));
  firstSearchMs.push(await firstResponseMs(`${match}${searchPath}`));
  await stop(child);
}
const middle = (/** @type {number[]} */ values) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

// Two servers on the same bundle: as shipped (with the response cache) and with the cache off, so the
// figures show both a repeated read and the work a read does.
const api = await startChild([SERVER], apiEnv(bundle, corpus), API_READY);
const uncached = await startChild([SERVER], apiEnv(bundle, corpus, '0'), API_READY);
const base = api.match;
const bare = await startChild(
  [join(REPO, 'bench/api/bare-server.mjs'), String(listBytes)],
  process.env,
  /^(\d+)$/m,
);
const bareUrl = `http://127.0.0.1:${bare.match}/`;

log(
  `autocannon: ${connections} connections, ${duration} s each (load average ${os.loadavg()[0]?.toFixed(1)})`,
);
const apiPid = /** @type {number} */ (api.child.pid);
const uncachedPid = /** @type {number} */ (uncached.child.pid);
// Warms the uncached server's indexes (built on first use) outside the measured runs.
await fetch(`${uncached.match}${listPath}`);
await fetch(`${uncached.match}${searchPath}`);
const results = {
  list: await load(`${base}${listPath}`, apiPid),
  listUncached: await load(`${uncached.match}${listPath}`, uncachedPid),
  bare: await load(bareUrl, /** @type {number} */ (bare.child.pid)),
  search: await load(`${base}${searchPath}`, apiPid),
  searchUncached: await load(`${uncached.match}${searchPath}`, uncachedPid),
};
const memory = await memoryOf(apiPid);
const memoryUncached = await memoryOf(uncachedPid);
await stop(api.child);
await stop(uncached.child);
await stop(bare.child);

const figures = {
  date: new Date().toISOString(),
  machine: {
    cpus: os.cpus().length,
    model: os.cpus()[0]?.model,
    memGb: Math.round(os.totalmem() / 2 ** 30),
    node: process.version,
  },
  loadAverage: os.loadavg().map((value) => Number(value.toFixed(1))),
  corpus: health.counts,
  bundleLoadMs: Math.round(health.loadMs),
  startupMs: {
    median: middle(startupMs),
    all: startupMs,
    cpuMedian: middle(startupCpuMs),
    cpuAll: startupCpuMs,
  },
  firstResponseMs: {
    listMedian: middle(firstListMs),
    list: firstListMs,
    searchMedian: middle(firstSearchMs),
    search: firstSearchMs,
  },
  listPath,
  listBytes,
  searchPath,
  ...results,
  listToBare: Number((results.list.requestsPerSecond / results.bare.requestsPerSecond).toFixed(2)),
  listUncachedToBare: Number(
    (results.listUncached.requestsPerSecond / results.bare.requestsPerSecond).toFixed(2),
  ),
  memory,
  memoryUncached,
  targets: TARGETS,
};
await writeFile(join(REPO, 'bench/results/api.json'), `${JSON.stringify(figures, null, 2)}\n`);

const verdict = (/** @type {boolean} */ met) => (met ? 'met' : '**missed**');
/** @param {{ requests: number, latencyMs: { p99: number } }} run @param {number} target */
const p99Verdict = (run, target) =>
  run.requests === 0 ? '**missed** (no request completed)' : verdict(run.latencyMs.p99 <= target);
const { list, listUncached, bare: peer, search, searchUncached } = results;
const percent = (/** @type {number} */ ratio) => `${Math.round(ratio * 100)} %`;
/** @param {{ serverCpuMsPerRequest: number | null }} run */
const cpu = (run) => (run.serverCpuMsPerRequest === null ? '—' : `${run.serverCpuMsPerRequest} ms`);
/** @param {{ errors: number, timeouts: number, non2xx: number }} run */
const failures = (run) => `${run.errors}, ${run.timeouts}, ${run.non2xx}`;
console.log(`| measure | API (response cache on, as shipped) | API (cache off) | bare node:http | target |
|---|---|---|---|---|
| filtered list, requests/s | ${list.requestsPerSecond} (${percent(figures.listToBare)} of bare) | ${listUncached.requestsPerSecond} (${percent(figures.listUncachedToBare)}) | ${peer.requestsPerSecond} | ≥ 60 % of bare: ${verdict(figures.listToBare >= TARGETS.listToBare)} (cache off: ${verdict(figures.listUncachedToBare >= TARGETS.listToBare)}) |
| filtered list, server CPU per request | ${cpu(list)} | ${cpu(listUncached)} | ${cpu(peer)} | — |
| filtered list, p50 / p99 latency | ${list.latencyMs.p50} / ${list.latencyMs.p99} ms | ${listUncached.latencyMs.p50} / ${listUncached.latencyMs.p99} ms | ${peer.latencyMs.p50} / ${peer.latencyMs.p99} ms | p99 ≤ ${TARGETS.listP99Ms} ms: ${p99Verdict(list, TARGETS.listP99Ms)} (cache off: ${p99Verdict(listUncached, TARGETS.listP99Ms)}) |
| search, requests/s | ${search.requestsPerSecond} | ${searchUncached.requestsPerSecond} | — | — |
| search, server CPU per request | ${cpu(search)} | ${cpu(searchUncached)} | — | — |
| search, p50 / p99 latency | ${search.latencyMs.p50} / ${search.latencyMs.p99} ms | ${searchUncached.latencyMs.p50} / ${searchUncached.latencyMs.p99} ms | — | p99 ≤ ${TARGETS.searchP99Ms} ms: ${p99Verdict(search, TARGETS.searchP99Ms)} (cache off: ${p99Verdict(searchUncached, TARGETS.searchP99Ms)}) |
| start-up to listening, median of ${starts} | ${figures.startupMs.median} ms wall, ${figures.startupMs.cpuMedian} ms CPU | — | — | ≤ ${TARGETS.startupMs} ms: ${verdict(figures.startupMs.median <= TARGETS.startupMs)} |
| first filtered list / first search after listening, median | ${figures.firstResponseMs.listMedian} / ${figures.firstResponseMs.searchMedian} ms | — | — | — |
| peak RSS after the runs | ${memory.peakRssMb} MB | ${memoryUncached.peakRssMb} MB | — | ≤ ${TARGETS.rssMb} MB: ${verdict(memory.peakRssMb <= TARGETS.rssMb)} |
| errors, timeouts, non-2xx (list; search) | ${failures(list)}; ${failures(search)} | ${failures(listUncached)}; ${failures(searchUncached)} | ${failures(peer)} | none |`);
