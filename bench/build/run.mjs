#!/usr/bin/env node
// `marsad build` against a cold `marsad validate` on the same generated corpus, the bundle's size, and
// what loading it costs a server; see bench/README.md (## build).
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { measure, median } from '../validate/measure.mjs';
import { CLI_SOURCE, REPO, snapshot, snapshotFolder } from './snapshot.mjs';

/** The corpus of the issue. */
const FULL = { articles: 10_000, actors: 2_000, events: 50_000 };
/** The moment every build is for: fixed, so each run writes the same bytes. */
const NOW = '2027-01-01T00:00:00Z';
const TARGETS = { buildToValidate: 2, loadSeconds: 1, searchToText: 1.5 };
const WORK = join(REPO, 'bench/results/tmp/build');

const log = (/** @type {string} */ message) => console.error(`[bench:build] ${message}`);

/**
 * Runs the corpus generator as its own process.
 * @param {string} out
 * @param {Record<string, number>} counts
 */
function generate(out, counts) {
  const args = [join(REPO, 'bench/corpus/generate.mjs'), '--out', out];
  for (const [name, value] of Object.entries(counts)) args.push(`--${name}`, String(value));
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'inherit'] });
    let stdout = '';
    child.stdout.on('data', (chunk) => {
      stdout += chunk;
    });
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0 ? resolve(JSON.parse(stdout)) : reject(new Error(`generate failed (exit ${code})`)),
    );
  });
}

/**
 * The corpus to measure: `--corpus` as given, else one generated once into bench/results/tmp and kept.
 * @param {string | undefined} given
 * @param {Record<string, number>} counts
 */
async function corpusFor(given, counts) {
  if (given !== undefined) return given;
  const folder = join(WORK, `corpus-${counts.articles}-${counts.actors}-${counts.events}-seed${counts.seed}`);
  const marker = join(folder, 'corpus.json');
  if (!existsSync(marker)) {
    log(
      `generating ${counts.articles} articles, ${counts.actors} actors, ${counts.events} events in ${folder}`,
    );
    await rm(folder, { recursive: true, force: true });
    await writeFile(marker, JSON.stringify(await generate(folder, counts)));
  }
  return folder;
}

/**
 * Runs a command once under GNU time, as run `run` of `runs`; fails on a non-zero exit.
 * @param {string} label
 * @param {string[]} args arguments of node
 * @param {number} run
 * @param {number} runs
 */
async function measureRun(label, args, run, runs) {
  const measurement = await measure(process.execPath, args, { cwd: REPO });
  if (measurement.exitCode !== 0)
    throw new Error(`${label} exited with ${measurement.exitCode}:\n${measurement.output}`);
  log(
    `${label} ${run}/${runs}: ${(measurement.ms / 1000).toFixed(2)} s wall, ${(measurement.cpuMs / 1000).toFixed(2)} s CPU, ` +
      `${Math.round(measurement.rssKb / 1024)} MB (load ${os.loadavg()[0]?.toFixed(1)})`,
  );
  return measurement;
}

/**
 * Runs a command `runs` times in a row (see {@link measureRun}).
 * @param {string} label
 * @param {string[]} args arguments of node
 * @param {number} runs
 */
async function series(label, args, runs) {
  const measurements = [];
  for (let run = 1; run <= runs; run++) measurements.push(await measureRun(label, args, run, runs));
  return measurements;
}

/** @param {import('../validate/measure.mjs').Measurement[]} measurements */
function summarise(measurements) {
  return {
    medianSeconds: Number((median(measurements.map((m) => m.ms)) / 1000).toFixed(2)),
    medianCpuSeconds: Number((median(measurements.map((m) => m.cpuMs)) / 1000).toFixed(2)),
    medianPeakRssMb: Math.round(median(measurements.map((m) => m.rssKb)) / 1024),
  };
}

/**
 * The medians of the JSON reports of several load-bundle.mjs runs.
 * @param {import('../validate/measure.mjs').Measurement[]} measurements
 */
function loadFigures(measurements) {
  const reports = measurements.map((m) => JSON.parse(m.output.trim().split('\n').at(-1) ?? '{}'));
  const mid = (/** @type {(report: any) => number} */ pick) => Number(median(reports.map(pick)).toFixed(1));
  const first = reports[0];
  return {
    readBundle: { ms: mid((r) => r.load.ms), cpuMs: mid((r) => r.load.cpuMs) },
    rssAfterLoadMb: mid((r) => r.rssAfterLoadMb),
    processPeakRssMb: Math.round(median(measurements.map((m) => m.rssKb)) / 1024),
    search: first.search.map((/** @type {any} */ query, /** @type {number} */ index) => ({
      query: query.query,
      results: query.results,
      firstMs: mid((r) => r.search[index].firstMs),
      ms: mid((r) => r.search[index].ms),
      cpuMs: mid((r) => r.search[index].cpuMs),
    })),
    firstList: {
      events: first.firstList.events,
      ms: mid((r) => r.firstList.ms),
      cpuMs: mid((r) => r.firstList.cpuMs),
    },
    rssAfterFirstRequestsMb: mid((r) => r.rssAfterFirstRequestsMb),
  };
}

async function main() {
  const { values } = parseArgs({
    options: {
      corpus: { type: 'string' },
      articles: { type: 'string', default: String(FULL.articles) },
      actors: { type: 'string', default: String(FULL.actors) },
      events: { type: 'string', default: String(FULL.events) },
      seed: { type: 'string', default: '1' },
      runs: { type: 'string', default: '3' },
    },
  });
  const number = (/** @type {string} */ name, /** @type {string} */ text) => {
    const value = Number(text);
    if (!Number.isInteger(value) || value < 1)
      throw new RangeError(`--${name} takes a whole number ≥ 1, got "${text}"`);
    return value;
  };
  const runs = number('runs', values.runs);
  const counts = {
    articles: number('articles', values.articles),
    actors: number('actors', values.actors),
    events: number('events', values.events),
    seed: Number(values.seed),
  };
  await mkdir(WORK, { recursive: true });
  const corpus = await corpusFor(values.corpus, counts);
  const snapshots = await snapshotFolder('marsad-build-snapshot-');
  const out = join(WORK, 'bundle');
  try {
    log('bundling the CLI and the loader from the sources');
    const cli = await snapshot(CLI_SOURCE, snapshots, 'marsad.mjs');
    const loader = await snapshot("import './bench/build/load-bundle.mjs';", snapshots, 'load-bundle.mjs');
    const loadAtStart = os.loadavg()[0];

    // In pairs, a validation then a build, so that whatever else runs on the machine in those minutes
    // weighs on both sides of a ratio alike.
    const validate = [];
    const build = [];
    /** The manifest of each build, to check that they wrote the same bytes. */
    const manifests = [];
    await rm(out, { recursive: true, force: true });
    for (let run = 1; run <= runs; run++) {
      validate.push(
        await measureRun(
          'validate (cold)',
          [cli, 'validate', corpus, '--format', 'json', '--no-cache'],
          run,
          runs,
        ),
      );
      // Each build starts with no bundle; the one before it is remembered by its manifest.
      if (existsSync(join(out, 'manifest.json')))
        manifests.push(await readFile(join(out, 'manifest.json'), 'utf8'));
      await rm(out, { recursive: true, force: true });
      // Both cold: the validation cache would otherwise let the build skip what validate just did.
      const args = [cli, 'build', corpus, '--out', out, '--now', NOW, '--no-cache'];
      build.push(await measureRun('build', args, run, runs));
      log(`build ÷ validate ${run}/${runs}: ${(build[run - 1].ms / validate[run - 1].ms).toFixed(2)}× wall`);
    }
    manifests.push(await readFile(join(out, 'manifest.json'), 'utf8'));
    const load = loadFigures(await series('load', [loader, out], runs));

    const manifest = JSON.parse(manifests.at(-1) ?? '{}');
    const [validateFigures, buildFigures] = [summarise(validate), summarise(build)];
    const ratios = {
      buildToValidateWall: Number((buildFigures.medianSeconds / validateFigures.medianSeconds).toFixed(2)),
      /** Each pair's ratio, in run order: the spread of the machine in those minutes. */
      buildToValidateWallByRun: build.map((b, index) => Number((b.ms / validate[index].ms).toFixed(2))),
      buildToValidateCpu: Number(
        (buildFigures.medianCpuSeconds / validateFigures.medianCpuSeconds).toFixed(2),
      ),
      searchToText: Number((manifest.files.search.bytes / manifest.search.textBytes).toFixed(2)),
    };
    const cpus = os.cpus();
    const results = {
      date: new Date().toISOString(),
      machine: {
        cores: cpus.length,
        cpu: cpus[0]?.model ?? 'unknown',
        memoryGb: Math.round(os.totalmem() / 2 ** 30),
        node: process.version,
        loadAverage: { start: Number(loadAtStart?.toFixed(1)), end: Number(os.loadavg()[0]?.toFixed(1)) },
      },
      corpus: { path: corpus, counts: manifest.counts },
      runs,
      validate: { command: 'marsad validate <corpus> --format json --no-cache', ...validateFigures },
      build: { command: `marsad build <corpus> --out <dir> --now ${NOW} --no-cache`, ...buildFigures },
      bundle: {
        graphBytes: manifest.files.graph.bytes,
        searchBytes: manifest.files.search.bytes,
        searchDocuments: manifest.search.documents,
        textBytes: manifest.search.textBytes,
        identicalAcrossRuns: new Set(manifests).size === 1,
      },
      load,
      ratios,
      targets: {
        buildToValidate: `≤ ${TARGETS.buildToValidate}×`,
        loadSeconds: `≤ ${TARGETS.loadSeconds} s`,
        searchToText: `≤ ${TARGETS.searchToText}×`,
      },
      // The target is the time an editor waits: wall time. The CPU ratio is reported beside it (the build
      // spends more CPU than it saves time, on two threads) and is only comparable between runs.
      met: {
        buildToValidate: ratios.buildToValidateWall <= TARGETS.buildToValidate,
        loadSeconds: load.readBundle.ms / 1000 <= TARGETS.loadSeconds,
        searchToText: ratios.searchToText <= TARGETS.searchToText,
      },
    };
    const fullScale =
      counts.articles === FULL.articles && counts.events === FULL.events && values.corpus === undefined;
    const file = join(
      REPO,
      fullScale ? 'bench/results/build.json' : `bench/results/tmp/build-${counts.articles}.json`,
    );
    await writeFile(file, `${JSON.stringify(results, null, 2)}\n`);
    console.log(JSON.stringify(results, null, 2));
    log(`results written to ${file}`);
  } finally {
    await rm(snapshots, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(`[bench:build] ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
