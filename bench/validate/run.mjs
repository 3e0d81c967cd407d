#!/usr/bin/env node
// `marsad validate` against `astro sync` on the same generated corpus; see bench/README.md (## validate).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { measure, median } from './measure.mjs';
import {
  ASTRO_PEER,
  ASTRO_VERSION,
  articleToChange,
  astroTool,
  editArticle,
  marsadTool,
  REPO,
} from './tools.mjs';

/** The corpus of the issue at scale 1. */
const FULL = { articles: 10_000, actors: 2_000, events: 50_000 };
const seconds = (/** @type {number | null} */ ms) => (ms === null ? null : ms / 1000);

/** What Marsad must reach against Astro. */
const TARGETS = { cold: 3, changed: 20, rss: 1 / 3 };

const log = (/** @type {string} */ message) => console.error(`[bench] ${message}`);

/**
 * @param {string} command
 * @param {string[]} args
 * @param {string} cwd
 */
function runOrThrow(command, args, cwd) {
  const result = spawnSync(command, args, { cwd, stdio: ['ignore', 'inherit', 'inherit'] });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed (exit ${result.status})`);
}

/** Builds the engine (and the CLI when it exists), and installs the Astro peer when it is not there. */
function prepare() {
  const filters = ['--filter=@marsad/content...'];
  if (existsSync(join(REPO, 'apps/cli/bin/marsad.js'))) filters.push('--filter=@marsad/cli...');
  log(`building ${filters.join(' ')}`);
  runOrThrow('npx', ['turbo', 'run', 'build', ...filters, '--output-logs=errors-only'], REPO);
  const installed = join(ASTRO_PEER, 'node_modules/astro/package.json');
  if (!existsSync(installed) || JSON.parse(readFileSync(installed, 'utf8')).version !== ASTRO_VERSION) {
    log(`installing astro@${ASTRO_VERSION} into bench/peers/astro`);
    runOrThrow('npm', ['install', '--prefix', ASTRO_PEER, '--no-audit', '--no-fund'], REPO);
  }
}

/**
 * Runs the generator as its own process and returns its JSON summary.
 * @param {string} out
 * @param {'marsad' | 'astro'} format
 * @param {Record<string, number>} counts
 * @returns {Promise<import('../corpus/corpus.mjs').CorpusSummary>}
 */
function generate(out, format, counts) {
  const args = [join(REPO, 'bench/corpus/generate.mjs'), '--out', out, '--format', format];
  for (const [name, value] of Object.entries(counts)) args.push(`--${name}`, String(value));
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'inherit'] });
    let stdout = '';
    child.stdout.on('data', (chunk) => {
      stdout += chunk;
    });
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0
        ? resolve(JSON.parse(stdout))
        : reject(new Error(`generate --format ${format} failed (exit ${code})`)),
    );
  });
}

/**
 * @param {import('./measure.mjs').Measurement[]} measurements
 */
function summarise(measurements) {
  return {
    medianSeconds: Number((median(measurements.map((m) => m.ms)) / 1000).toFixed(3)),
    medianCpuSeconds: Number((median(measurements.map((m) => m.cpuMs)) / 1000).toFixed(3)),
    medianPeakRssMb: Math.round(median(measurements.map((m) => m.rssKb)) / 1024),
    runs: measurements.map((m) => ({
      seconds: Number((m.ms / 1000).toFixed(3)),
      cpuSeconds: Number((m.cpuMs / 1000).toFixed(3)),
      peakRssMb: Math.round(m.rssKb / 1024),
    })),
  };
}

/**
 * `runs` cold runs (caches deleted before each), then `runs` runs with nothing changed, then `runs` runs
 * each after editing one article.
 * @param {import('./tools.mjs').Tool} tool
 * @param {string} corpus
 * @param {number} runs
 */
async function series(tool, corpus, runs) {
  const { command, args, cwd, env } = tool.invocation(corpus);
  const once = async (/** @type {string} */ label) => {
    const measurement = await measure(command, args, { cwd, env });
    if (measurement.exitCode !== 0)
      throw new Error(`${tool.name} ${label} exited with ${measurement.exitCode}:\n${measurement.output}`);
    log(
      `${tool.name} ${label}: ${(measurement.ms / 1000).toFixed(2)} s wall, ${(measurement.cpuMs / 1000).toFixed(2)} s CPU, ` +
        `${Math.round(measurement.rssKb / 1024)} MB (load ${os.loadavg()[0]?.toFixed(1)})`,
    );
    return measurement;
  };
  /** `runs` measured runs, each after `before`. */
  const repeat = async (
    /** @type {string} */ label,
    /** @type {(run: number) => Promise<void>} */ before,
  ) => {
    const measurements = [];
    for (let run = 1; run <= runs; run++) {
      await before(run);
      measurements.push(await once(`${label} ${run}/${runs}`));
    }
    return measurements;
  };
  const cold = await repeat('cold', () => tool.clearCache(corpus));
  // The last cold run left the caches warm, as an editor's previous run would.
  const warm = await repeat('nothing changed', async () => {});
  const article = await articleToChange(tool.articlesFolder(corpus));
  const changed = await repeat('one file changed', (run) => editArticle(article, run));
  return {
    command: tool.description,
    cold: summarise(cold),
    warm: summarise(warm),
    changed: summarise(changed),
  };
}

/**
 * @param {Record<string, Awaited<ReturnType<typeof series>>>} tools
 */
function compare(tools) {
  const { marsad, astro } = tools;
  if (!marsad || !astro) return undefined;
  const peak = (/** @type {typeof marsad} */ tool) =>
    Math.max(tool.cold.medianPeakRssMb, tool.warm?.medianPeakRssMb ?? 0, tool.changed.medianPeakRssMb);
  const ratio = (/** @type {number} */ a, /** @type {number} */ b) => Number((a / b).toFixed(2));
  const ratios = {
    cold: ratio(astro.cold.medianSeconds, marsad.cold.medianSeconds),
    changed: ratio(astro.changed.medianSeconds, marsad.changed.medianSeconds),
    rss: Number((peak(marsad) / peak(astro)).toFixed(3)),
    coldCpu: ratio(astro.cold.medianCpuSeconds, marsad.cold.medianCpuSeconds),
    changedCpu: ratio(astro.changed.medianCpuSeconds, marsad.changed.medianCpuSeconds),
    // Not a target of the issue; absent when a tool's figures predate the nothing-changed runs.
    ...(marsad.warm &&
      astro.warm && {
        warm: ratio(astro.warm.medianSeconds, marsad.warm.medianSeconds),
        warmCpu: ratio(astro.warm.medianCpuSeconds, marsad.warm.medianCpuSeconds),
      }),
  };
  return {
    ratios,
    targets: {
      cold: `≥ ${TARGETS.cold}× faster`,
      changed: `≥ ${TARGETS.changed}× faster`,
      rss: '≤ 1/3 of Astro’s peak',
    },
    met: {
      cold: ratios.cold >= TARGETS.cold,
      changed: ratios.changed >= TARGETS.changed,
      rss: ratios.rss <= TARGETS.rss,
    },
  };
}

/**
 * @param {Record<string, Awaited<ReturnType<typeof series>>>} tools
 * @param {ReturnType<typeof compare>} comparison
 */
function table(tools, comparison) {
  const rows = [['tool', 'run', 'median wall s', 'median CPU s', 'median peak RSS MB', 'wall s of each run']];
  for (const [name, result] of Object.entries(tools))
    for (const mode of /** @type {const} */ (['cold', 'warm', 'changed'])) {
      const summary = result[mode];
      if (!summary) continue;
      rows.push([
        name,
        { cold: 'cold', warm: 'nothing changed', changed: 'one file changed' }[mode],
        summary.medianSeconds.toFixed(2),
        summary.medianCpuSeconds.toFixed(2),
        String(summary.medianPeakRssMb),
        summary.runs.map((run) => run.seconds.toFixed(2)).join(' '),
      ]);
    }
  const widths =
    rows[0]?.map((_, column) => Math.max(...rows.map((row) => (row[column] ?? '').length))) ?? [];
  const lines = rows.map((row) => row.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join('  '));
  if (comparison) {
    const { ratios, met } = comparison;
    const mark = (/** @type {boolean} */ ok) => (ok ? 'met' : 'MISSED');
    lines.push(
      '',
      `cold: Marsad ${ratios.cold}× faster than Astro (target ≥ ${TARGETS.cold}×, ${mark(met.cold)}; CPU time ${ratios.coldCpu}×)`,
      `one file changed: ${ratios.changed}× faster (target ≥ ${TARGETS.changed}×, ${mark(met.changed)}; CPU time ${ratios.changedCpu}×)`,
      `peak RSS: Marsad uses ${ratios.rss} of Astro’s (target ≤ 0.333, ${mark(met.rss)})`,
    );
  }
  return lines.join('\n');
}

async function main() {
  const { values } = parseArgs({
    options: {
      scale: { type: 'string', default: '1' },
      runs: { type: 'string', default: '5' },
      tools: { type: 'string', default: 'marsad,astro' },
      seed: { type: 'string', default: '1' },
      keep: { type: 'boolean', default: false },
      corpus: { type: 'string' },
    },
  });
  const scale = Number(values.scale);
  const runs = Number(values.runs);
  if (!(scale > 0)) throw new RangeError(`--scale takes a number above 0, got "${values.scale}"`);
  if (!Number.isInteger(runs) || runs < 1)
    throw new RangeError(`--runs takes a whole number ≥ 1, got "${values.runs}"`);
  const wanted = values.tools.split(',');
  const unknown = wanted.filter((name) => name !== 'marsad' && name !== 'astro');
  if (unknown.length) throw new Error(`--tools takes marsad and astro, got ${unknown.join(', ')}`);
  const counts = Object.fromEntries(
    Object.entries(FULL).map(([name, value]) => [name, Math.max(1, Math.round(value * scale))]),
  );

  prepare();
  const seed = Number(values.seed);
  const loadAtStart = os.loadavg().map((load) => Number(load.toFixed(2)));
  const reused = values.corpus !== undefined;
  const root = values.corpus ?? (await mkdtemp(join(os.tmpdir(), 'marsad-bench-')));
  const summaryFile = join(root, 'corpus.json');
  /** @type {{ marsad: import('../corpus/corpus.mjs').CorpusSummary, astro: import('../corpus/corpus.mjs').CorpusSummary }} */
  let corpora;
  if (reused) {
    corpora = JSON.parse(await readFile(summaryFile, 'utf8'));
    log(`reusing the corpus in ${root} (${corpora.marsad.entries.articles} articles); --scale is ignored`);
  } else {
    log(
      `generating ${counts.articles} articles, ${counts.actors} actors, ${counts.events} events in ${root}`,
    );
    const [marsad, astro] = await Promise.all([
      generate(join(root, 'marsad'), 'marsad', { ...counts, seed }),
      generate(join(root, 'astro'), 'astro', { ...counts, seed }),
    ]);
    corpora = { marsad, astro };
    await writeFile(summaryFile, JSON.stringify(corpora));
  }
  const { marsad: marsadCorpus, astro: astroCorpus } = corpora;
  const fullScale =
    marsadCorpus.entries.articles === FULL.articles && marsadCorpus.entries.events === FULL.events;
  const snapshots = await mkdtemp(join(os.tmpdir(), 'marsad-snapshot-'));
  try {
    /** @type {Record<string, Awaited<ReturnType<typeof series>>>} */
    const tools = {};
    const cpus = os.cpus();
    const out = join(
      REPO,
      fullScale
        ? 'bench/results/validate.json'
        : `bench/results/validate-scale-${marsadCorpus.entries.articles / FULL.articles}.json`,
    );
    /**
     * Tools measured earlier on the same corpus by another invocation (`--tools astro`, then
     * `--tools marsad`), kept so the file always compares both.
     * @returns {Promise<Record<string, Awaited<ReturnType<typeof series>>>>}
     */
    const earlier = async () => {
      const previous = JSON.parse(await readFile(out, 'utf8').catch(() => '{}'));
      const same = JSON.stringify(previous.corpus?.entries) === JSON.stringify(marsadCorpus.entries);
      return same && previous.corpus?.seed === seed ? (previous.tools ?? {}) : {};
    };
    // Written after each tool, so a run cut short keeps what it measured.
    const save = async () => {
      const measured = { ...(await earlier()), ...tools };
      const comparison = compare(measured);
      const results = {
        date: new Date().toISOString(),
        scale: marsadCorpus.entries.articles / FULL.articles,
        runsPerMeasure: Object.fromEntries(
          Object.entries(measured).map(([name, tool]) => [name, tool.cold.runs.length]),
        ),
        machine: {
          cores: cpus.length,
          cpu: cpus[0]?.model ?? 'unknown',
          memoryGb: Math.round(os.totalmem() / 2 ** 30),
          node: process.version,
          loadAverage: { atStart: loadAtStart, atEnd: os.loadavg().map((load) => Number(load.toFixed(2))) },
        },
        corpus: {
          seed,
          entries: marsadCorpus.entries,
          files: { marsad: marsadCorpus.files, astro: astroCorpus.files },
          megabytes: {
            marsad: Math.round(marsadCorpus.bytes / 2 ** 20),
            astro: Math.round(astroCorpus.bytes / 2 ** 20),
          },
          // Unknown (null) for a reused corpus whose summary was written by hand.
          generateSeconds: { marsad: seconds(marsadCorpus.ms), astro: seconds(astroCorpus.ms) },
        },
        tools: measured,
        ...comparison,
      };
      await mkdir(dirname(out), { recursive: true });
      await writeFile(out, `${JSON.stringify(results, null, 2)}\n`);
      return { measured, comparison };
    };
    for (const name of wanted) {
      const tool = name === 'marsad' ? await marsadTool(snapshots) : await astroTool();
      tools[name] = await series(tool, corpora[/** @type {keyof typeof corpora} */ (name)].out, runs);
      await save();
    }
    const { measured, comparison } = await save();
    console.log(table(measured, comparison));
    log(`results written to ${out}`);
  } finally {
    await rm(snapshots, { recursive: true, force: true });
    if (values.keep || reused) log(`corpus kept in ${root} (reuse it with --corpus ${root})`);
    else await rm(root, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(`bench: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
