#!/usr/bin/env node
// Where `marsad validate` spends its time: runs run-marsad.mjs under `node --cpu-prof` on a corpus and
// sums the samples by library (self time) and by engine step (inclusive time of its synchronous steps).
import { spawnSync } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REPO } from './tools.mjs';

/** Self time is charged to the first pattern its script URL or function name matches. */
/** @type {[string, RegExp][]} */
const LIBRARIES = [
  [
    'markdown: micromark, mdast, remark, unified',
    /node_modules\/(?:micromark|mdast-|remark-|unified|unist-|vfile|decode-named|character-entities|devlop|bail|trough)/,
  ],
  ['YAML: yaml', /node_modules\/yaml\//],
  ['YAML: js-yaml', /node_modules\/js-yaml\//],
  ['zod', /node_modules\/zod\//],
  ['@marsad/arabic (normalise, tokenise)', /packages\/arabic\//],
  ['@marsad/schema (EDTF, messages)', /packages\/schema\//],
  ['@marsad/content (engine code)', /packages\/content\//],
  ['module loading', /^node:internal\/modules|compileSourceTextModule|^(?:node:internal\/)?vm/],
  [
    'file I/O (native and node:fs)',
    /^node:internal\/fs|^(?:openFileHandle|read|fstat|close|open|readFileUtf8|stat|lstat|realpath|readdir|TextDecoder|set TextDecoder|decode)$/,
  ],
  ['garbage collector', /^\(garbage collector\)$/],
  ['idle (waiting for I/O)', /^\(idle\)$/],
];

/** Engine steps whose time includes what they call; all are synchronous, so the stack holds them. */
const STEPS = [
  'discoverFiles',
  'readText',
  'parseSourceFile',
  'parseMarkdownFile',
  'parseYamlData',
  'parseJsonData',
  'parseJsonLines',
  'validateEntries',
  'checkSource',
  'readShard',
  'save',
  'assembleEntries',
  'ContentGraph',
  'runRules',
  'compareDiagnostics',
];

/**
 * @typedef {{ id: number, callFrame: { functionName: string, url: string, lineNumber: number }, children?: number[] }} ProfileNode
 * @typedef {{ nodes: ProfileNode[], samples: number[], timeDeltas: number[], startTime: number, endTime: number }} CpuProfile
 */

/**
 * Which integrity rule a `check` frame belongs to: the last rule id written before its line in the bundle.
 * @param {string} bundle
 */
function ruleLines(bundle) {
  /** @type {[number, string][]} */
  const lines = [];
  bundle.split('\n').forEach((line, index) => {
    const match = /^\s*id: "([a-z]+\/[a-z-]+)",?$/.exec(line);
    if (match?.[1]) lines.push([index, match[1]]);
  });
  return (/** @type {number} */ line) => lines.filter(([start]) => start <= line).at(-1)?.[1];
}

/**
 * @param {CpuProfile} profile
 * @param {(line: number) => string | undefined} ruleAt
 */
function summarise(profile, ruleAt) {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const self = new Map();
  const inclusive = new Map();
  const functions = new Map();
  profile.samples.forEach((id, index) => {
    const micros = profile.timeDeltas[index] ?? 0;
    const node = byId.get(id);
    if (!node) return;
    const { functionName, url, lineNumber } = node.callFrame;
    const library =
      LIBRARIES.find(([, pattern]) => pattern.test(url) || pattern.test(functionName))?.[0] ?? 'other';
    self.set(library, (self.get(library) ?? 0) + micros);
    const where = `${functionName || '(anonymous)'} ${url.replace(/^.*\/(node_modules|packages)\//, '$1/')}:${lineNumber + 1}`;
    functions.set(where, (functions.get(where) ?? 0) + micros);
    const seen = new Set();
    for (let at = id; at !== undefined; at = parent.get(at)) {
      const frame = byId.get(at)?.callFrame;
      if (!frame) break;
      let step = STEPS.includes(frame.functionName) ? frame.functionName : undefined;
      if (frame.functionName === 'check' && frame.url.includes('packages/content/')) {
        const rule = ruleAt(frame.lineNumber);
        step = rule ? `rule ${rule}` : undefined;
      }
      if (step && !seen.has(step)) {
        seen.add(step);
        inclusive.set(step, (inclusive.get(step) ?? 0) + micros);
      }
    }
  });
  return { self, inclusive, functions, totalMicros: profile.endTime - profile.startTime };
}

/** @param {Map<string, number>} map @param {number} total @param {number} [limit] */
function rows(map, total, limit = Number.POSITIVE_INFINITY) {
  return [...map]
    .sort((a, b) => b[1] - a[1])
    .slice(0, limit)
    .map(
      ([name, micros]) =>
        `| ${name} | ${(micros / 1000).toFixed(0)} | ${((100 * micros) / total).toFixed(1)} % |`,
    );
}

async function main() {
  const [corpus, cacheDir] = process.argv.slice(2);
  if (!corpus) throw new Error('Usage: node bench/validate/profile.mjs <marsad-corpus> [cache-dir]');
  const folder = await mkdtemp(join(tmpdir(), 'marsad-profile-'));
  try {
    const run = spawnSync(
      process.execPath,
      [
        '--cpu-prof',
        '--cpu-prof-dir',
        folder,
        join(REPO, 'bench/validate/run-marsad.mjs'),
        corpus,
        ...(cacheDir ? [cacheDir] : []),
      ],
      { stdio: ['ignore', 'ignore', 'inherit'] },
    );
    if (run.status !== 0) throw new Error(`run-marsad.mjs exited with ${run.status}`);
    const [file] = await readdir(folder);
    if (!file) throw new Error('node --cpu-prof wrote no profile');
    /** @type {CpuProfile} */
    const profile = JSON.parse(await readFile(join(folder, file), 'utf8'));
    const bundle = await readFile(join(REPO, 'packages/content/dist/index.js'), 'utf8');
    const { self, inclusive, functions, totalMicros } = summarise(profile, ruleLines(bundle));
    const header = (/** @type {string} */ what) => [`| ${what} | ms | share |`, '|---|---:|---:|'];
    console.log(
      [
        `Profile of run-marsad.mjs on ${corpus}: ${(totalMicros / 1e6).toFixed(1)} s sampled`,
        '',
        ...header('self time by library'),
        ...rows(self, totalMicros),
        '',
        ...header('inclusive time by engine step'),
        ...rows(inclusive, totalMicros),
        '',
        ...header('hottest functions (self time)'),
        ...rows(functions, totalMicros, 15),
      ].join('\n'),
    );
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(`profile: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
