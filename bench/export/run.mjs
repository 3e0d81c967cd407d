#!/usr/bin/env node
// `marsad export --format acled-csv` beside `marsad validate` on the same corpus and cache: what writing
// the export adds to loading the content, in CPU time and peak memory; see bench/README.md (## export).
import { existsSync } from 'node:fs';
import { rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { CLI_SOURCE, REPO, snapshot, snapshotFolder } from '../build/snapshot.mjs';
import { measure, median } from '../validate/measure.mjs';

const { values } = parseArgs({
  options: {
    corpus: { type: 'string', default: join(REPO, 'bench/results/tmp/api/corpus-10000-2000-50000-seed1') },
    runs: { type: 'string', default: '3' },
    format: { type: 'string', default: 'acled-csv' },
  },
});
const log = (/** @type {string} */ message) => console.error(`[bench:export] ${message}`);
if (!existsSync(values.corpus)) {
  throw new Error(
    `no corpus at ${values.corpus}: generate one with npm run bench:corpus, or pass --corpus <dir>`,
  );
}

// The CLI as it was when the run started.
const work = await snapshotFolder('marsad-bench-export-');
try {
  const cli = await snapshot(CLI_SOURCE, work, 'marsad.mjs');
  const cacheDir = join(work, 'cache');
  const out = join(work, `events.${values.format}`);
  const marsad = (/** @type {string[]} */ args) =>
    measure(process.execPath, [cli, ...args, '--cache-dir', cacheDir]);
  // Both tools load through the same cache, filled here: what differs between them is the export.
  log('filling the cache (validate, not timed)…');
  const warm = await marsad(['validate', values.corpus, '--format', 'json']);
  if (warm.exitCode > 1) throw new Error(`validate failed:\n${warm.output}`);
  /** @type {Record<'validate' | 'export', import('../validate/measure.mjs').Measurement[]>} */
  const runs = { validate: [], export: [] };
  for (let run = 1; run <= Number(values.runs); run++) {
    // Turns alternate, so the machine's load falls on both alike.
    runs.validate.push(await marsad(['validate', values.corpus, '--format', 'json']));
    const exported = await marsad(['export', values.corpus, '--format', values.format, '--out', out]);
    if (exported.exitCode !== 0) throw new Error(`export failed:\n${exported.output}`);
    runs.export.push(exported);
    log(`run ${run}: validate ${runs.validate.at(-1)?.cpuMs} ms CPU, export ${exported.cpuMs} ms CPU`);
  }
  const figures = (/** @type {import('../validate/measure.mjs').Measurement[]} */ list) => ({
    wallMs: Math.round(median(list.map((m) => m.ms))),
    cpuMs: Math.round(median(list.map((m) => m.cpuMs))),
    rssMb: Math.round(median(list.map((m) => m.rssKb)) / 1024),
  });
  const validate = figures(runs.validate);
  const exported = figures(runs.export);
  const result = {
    date: new Date().toISOString(),
    machine: { cpus: os.cpus().length, cpu: os.cpus()[0]?.model, node: process.version, load: os.loadavg() },
    corpus: values.corpus.replace(REPO, ''),
    format: values.format,
    outputBytes: (await stat(out)).size,
    validate,
    export: exported,
    ratios: {
      cpu: Number((exported.cpuMs / validate.cpuMs).toFixed(2)),
      rss: Number((exported.rssMb / validate.rssMb).toFixed(2)),
    },
  };
  const file = join(REPO, `bench/results/export-${values.format}.json`);
  await writeFile(file, `${JSON.stringify(result, null, 2)}\n`);
  console.log(JSON.stringify(result, null, 2));
  log(`written to ${file}`);
} finally {
  await rm(work, { recursive: true, force: true });
}
