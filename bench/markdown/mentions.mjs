#!/usr/bin/env node
// Throughput of mention detection on a generated corpus: `createAliasMatcher().findAll` of @marsad/arabic,
// the `proseOf` mask and the whole `mention/unlinked` rule of @marsad/content, from their TypeScript
// sources (bundled with esbuild, so no build is needed and the figures are of the code as it stands).
//
// Figures are CPU time of this process (`process.cpuUsage`, user + system), not elapsed time: the
// machine is shared, and one core's work is what the budget counts. A script, not a test.
import { createHash } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { importFromSources } from '../lib/import-sources.mjs';
import { median } from '../lib/median.mjs';

const usage = `Usage: node bench/markdown/mentions.mjs [--corpus <dir> | --articles 1000 --actors 2000 --events 5000]
       [--runs 5]
--corpus reuses a corpus written by bench/corpus/generate.mjs; otherwise one is generated into a
temporary folder (seed 1) and removed afterwards.`;

/**
 * Runs `work` once to warm up, then `runs` times, and returns the median CPU milliseconds of a run with
 * what the last run returned.
 * @template T
 * @param {number} runs
 * @param {() => T} work
 * @returns {{ cpuMs: number, result: T }}
 */
function cpuTime(runs, work) {
  let result = work();
  const times = [];
  for (let run = 0; run < runs; run++) {
    const before = process.cpuUsage();
    result = work();
    const spent = process.cpuUsage(before);
    times.push((spent.user + spent.system) / 1000);
  }
  return { cpuMs: median(times), result };
}

/** A short digest, to see at a glance that two versions of the code found the same things. */
const digest = (/** @type {unknown} */ value) =>
  createHash('sha256').update(JSON.stringify(value)).digest('hex').slice(0, 12);

const utf8Bytes = (/** @type {readonly string[]} */ texts) =>
  texts.reduce((sum, text) => sum + Buffer.byteLength(text), 0);

/**
 * @param {string} label
 * @param {number} cpuMs
 * @param {number} bytes
 * @param {string} extra
 */
function line(label, cpuMs, bytes, extra) {
  const rate = bytes / 1e6 / (cpuMs / 1000);
  console.log(
    `${label.padEnd(34)} ${cpuMs.toFixed(1).padStart(9)} ms CPU ${rate.toFixed(1).padStart(8)} MB/s  ${extra}`,
  );
}

/**
 * @param {any} engine the bundled sources
 * @param {string} root
 * @param {number} runs
 */
async function measureCorpus(engine, root, runs) {
  const { graph } = await engine.loadContent(root, { rules: [] });
  /** @type {string[]} */
  const bodies = [];
  /** @type {string[]} */
  const arabicBodies = [];
  for (const article of graph.all('article'))
    for (const [lang, version] of Object.entries(article.versions)) {
      bodies.push(version.body);
      if (engine.primaryLanguage(lang) === 'ar') arabicBodies.push(version.body);
    }
  for (const actor of graph.all('actor')) if (actor.profile) bodies.push(actor.profile.body);

  // The names the rule would look for in Arabic text: every Arabic name and alias of actors and places.
  const entries = [];
  for (const kind of ['actor', 'place'])
    for (const entry of graph.all(kind))
      for (const name of engine.namesOf(entry))
        if (engine.primaryLanguage(name.lang) === 'ar') entries.push({ key: name.value, value: entry.id });
  const bodyBytes = utf8Bytes(bodies);
  console.log(
    `corpus: ${bodies.length} bodies (${arabicBodies.length} Arabic), ${(bodyBytes / 1e6).toFixed(1)} MB UTF-8; ` +
      `${entries.length} Arabic names; ${runs} runs after a warm-up, median`,
  );

  // Timed runs keep nothing, as the rule keeps nothing: holding every result would time the garbage
  // collector instead. Digests come from one more, untimed run.
  const prose = cpuTime(runs, () => {
    let length = 0;
    for (const body of bodies) length += engine.proseOf(body).length;
    return length;
  });
  line('proseOf (all bodies)', prose.cpuMs, bodyBytes, `digest ${digest(bodies.map(engine.proseOf))}`);

  const built = cpuTime(runs, () => engine.createAliasMatcher(entries));
  console.log(`${'createAliasMatcher'.padEnd(34)} ${built.cpuMs.toFixed(1).padStart(9)} ms CPU`);
  const matcher = built.result;
  const arabicProse = arabicBodies.map((body) => engine.proseOf(body));
  const arabicBytes = utf8Bytes(arabicProse);
  // What this machine does at best: one charCodeAt pass over the same text. Figures from a shared or
  // slower machine compare through it.
  const reference = cpuTime(runs, () => {
    let sum = 0;
    for (const text of arabicProse)
      for (let i = 0; i < text.length; i++) sum = (sum + text.charCodeAt(i)) | 0;
    return sum;
  });
  line('reference: a charCodeAt pass', reference.cpuMs, arabicBytes, '(the machine, not Marsad)');
  /** @type {[string, (text: string) => unknown][]} */
  const textFunctions = [
    ['tokenize', engine.tokenize],
    ['foldForSearch', engine.foldForSearch],
    ['arabicScriptRatio', engine.arabicScriptRatio],
  ];
  for (const [name, run] of textFunctions) {
    const each = cpuTime(runs, () => {
      for (const text of arabicProse) run(text);
    });
    line(`${name} (Arabic prose)`, each.cpuMs, arabicBytes, '');
  }
  const found = cpuTime(runs, () => {
    let matches = 0;
    for (const text of arabicProse) matches += matcher.findAll(text).length;
    return matches;
  });
  line(
    'findAll (Arabic prose)',
    found.cpuMs,
    arabicBytes,
    `${found.result} matches, digest ${digest(arabicProse.map((text) => matcher.findAll(text)))}`,
  );

  const rule = cpuTime(runs, () => {
    /** @type {unknown[]} */
    const reports = [];
    engine.mentionUnlinked.check({ graph, isFailed: () => false, report: (r) => reports.push(r) });
    return reports;
  });
  line(
    'mention/unlinked (whole rule)',
    rule.cpuMs,
    bodyBytes,
    `${rule.result.length} warnings, digest ${digest(rule.result)}, ` +
      `${((rule.cpuMs * 1000) / bodies.length).toFixed(0)} µs per body`,
  );
}

try {
  const { values } = parseArgs({
    options: {
      corpus: { type: 'string' },
      articles: { type: 'string', default: '1000' },
      actors: { type: 'string', default: '2000' },
      events: { type: 'string', default: '5000' },
      runs: { type: 'string', default: '5' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    console.log(usage);
    process.exit(0);
  }
  const counts = Object.fromEntries(
    ['articles', 'actors', 'events', 'runs'].map((name) => {
      const value = Number(values[/** @type {'articles'} */ (name)]);
      if (!Number.isInteger(value) || value < 1) throw new RangeError(`--${name} takes a whole number ≥ 1`);
      return [name, value];
    }),
  );
  const engine = await importFromSources('mentions', [
    `export { arabicScriptRatio, createAliasMatcher, foldForSearch, tokenize } from '@marsad/arabic';`,
    `export { loadContent } from './packages/content/src/load-content.ts';`,
    `export { mentionUnlinked } from './packages/content/src/rules/mention-unlinked.ts';`,
    `export { proseOf } from './packages/content/src/rules/prose-mask.ts';`,
    `export { namesOf, primaryLanguage } from './packages/content/src/rules/entity-names.ts';`,
  ]);
  console.log(`node ${process.version}, ${process.platform}-${process.arch}`);
  if (values.corpus) {
    await measureCorpus(engine, resolve(values.corpus), counts.runs);
  } else {
    const out = await mkdtemp(join(tmpdir(), 'marsad-mentions-'));
    try {
      // Imported only here: the generator needs @marsad/schema built, a given corpus does not.
      const { generateCorpus } = await import('../corpus/corpus.mjs');
      const summary = await generateCorpus({
        out,
        articles: counts.articles,
        actors: counts.actors,
        events: counts.events,
      });
      console.log(`generated ${JSON.stringify(summary.entries)}`);
      await measureCorpus(engine, out, counts.runs);
    } finally {
      await rm(out, { recursive: true, force: true });
    }
  }
} catch (error) {
  console.error(`mentions: ${error instanceof Error ? error.message : String(error)}\n${usage}`);
  process.exit(2);
}
