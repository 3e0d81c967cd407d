#!/usr/bin/env node
// Throughput of `scanMarkdown` (the validation path's Markdown scanner of @marsad/content) beside
// remark-parse with remark-gfm and remark-directive (the parser it stands in for), on the sample
// article repeated and on generated Arabic articles, from the TypeScript sources (bundled with esbuild,
// so no build is needed and the figures are of the code as it stands).
//
// Figures are CPU time of this process (`process.cpuUsage`, user + system), not elapsed time: the
// machine is shared, and one core's work is what the budget counts. A script, not a test.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import remarkDirective from 'remark-directive';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { buildArticle } from '../corpus/articles.mjs';
import { Random } from '../corpus/random.mjs';
import { TextBank } from '../corpus/text-bank.mjs';
import { buildActors, buildAuthors, buildEvents, buildPlaces } from '../corpus/world.mjs';
import { importFromSources } from '../lib/import-sources.mjs';
import { median } from '../lib/median.mjs';

const REPO = fileURLToPath(new URL('../../', import.meta.url));
const SAMPLE = join(REPO, 'content/articles/coalition-withdrawal.ar.md');
const usage = `Usage: node bench/markdown/scan.mjs [--runs 5] [--repeat 20] [--articles 200]
--repeat   copies of the sample article's body joined into one document
--articles generated Arabic articles scanned one by one (seed 1), for throughput and how many the
           scanner is sure of`;

/** CPU milliseconds spent by this process so far. */
const cpuNow = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

/**
 * Runs `work` over `inputs` to warm up (at least three passes and 200 ms of CPU, so the JIT has
 * settled), then `runs` times; the median CPU milliseconds of a run.
 * @param {number} runs
 * @param {readonly string[]} inputs
 * @param {(input: string) => unknown} work
 */
function cpuTime(runs, inputs, work) {
  const warmUp = cpuNow();
  for (let pass = 0; pass < 3 || cpuNow() - warmUp < 200; pass++) for (const input of inputs) work(input);
  const times = [];
  for (let run = 0; run < runs; run++) {
    const before = process.cpuUsage();
    for (const input of inputs) work(input);
    const spent = process.cpuUsage(before);
    times.push((spent.user + spent.system) / 1000);
  }
  return median(times);
}

const utf8Bytes = (/** @type {readonly string[]} */ texts) =>
  texts.reduce((sum, text) => sum + Buffer.byteLength(text), 0);

/** The body of a Markdown file: what follows its frontmatter. */
function bodyOf(/** @type {string} */ text) {
  const close = text.indexOf('\n---\n', 4);
  return close === -1 ? text : text.slice(close + 5);
}

/**
 * Arabic article bodies from the corpus generator (seed 1), as `marsad validate` meets them.
 * @param {number} count
 */
function generatedBodies(count) {
  const random = new Random(1);
  const banks = { ar: new TextBank('ar'), en: new TextBank('en') };
  const places = buildPlaces(random, 40);
  const authors = buildAuthors(random, banks, 3);
  const actors = buildActors(random, banks, 200, places);
  const events = buildEvents(random, banks, 300, actors, places);
  const world = {
    actors: actors.map((actor) => actor.data),
    events,
    places,
    countries: places.filter((place) => place.kind === 'country'),
    authors,
  };
  return Array.from(
    { length: count },
    (_, index) => buildArticle(random, banks, world, index).versions[0]?.body ?? '',
  );
}

const parser = unified().use(remarkParse).use(remarkGfm).use(remarkDirective).freeze();

/**
 * Measures one set of documents and prints a row per parser.
 * @param {any} engine
 * @param {string} title
 * @param {readonly string[]} documents
 * @param {number} runs
 */
function measure(engine, title, documents, runs) {
  const bytes = utf8Bytes(documents);
  const chars = documents.reduce((sum, text) => sum + text.length, 0);
  const sure = documents.filter((text) => !engine.scanMarkdown(text).uncertain).length;
  console.log(
    `\n${title}: ${documents.length} document(s), ${(bytes / 1e3).toFixed(1)} KB UTF-8 (${chars} UTF-16 units); ` +
      `scanner sure of ${sure}/${documents.length}`,
  );
  /** @type {Record<string, number>} */
  const rates = {};
  for (const [name, work] of /** @type {[string, (text: string) => unknown][]} */ ([
    ['scanMarkdown', (text) => engine.scanMarkdown(text)],
    ['remark-parse + gfm + directive', (text) => parser.parse(text)],
    ['remark fallback (parse + facts)', (text) => engine.scanMarkdownWithRemark(text)],
  ])) {
    const cpuMs = cpuTime(runs, documents, work);
    const rate = bytes / 1e6 / (cpuMs / 1000);
    rates[name] = rate;
    console.log(
      `  ${name.padEnd(32)} ${cpuMs.toFixed(1).padStart(9)} ms CPU ${rate.toFixed(2).padStart(8)} MB/s ` +
        `${((cpuMs * 1000) / documents.length).toFixed(0).padStart(7)} µs per document`,
    );
  }
  const scanner = rates.scanMarkdown ?? 0;
  const remark = rates['remark-parse + gfm + directive'] ?? 1;
  console.log(`  scanner / remark-parse: ×${(scanner / remark).toFixed(1)}`);
}

try {
  const { values } = parseArgs({
    options: {
      runs: { type: 'string', default: '5' },
      repeat: { type: 'string', default: '20' },
      articles: { type: 'string', default: '200' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    console.log(usage);
    process.exit(0);
  }
  const count = (/** @type {'runs' | 'repeat' | 'articles'} */ name) => {
    const value = Number(values[name]);
    if (!Number.isInteger(value) || value < 1) throw new RangeError(`--${name} takes a whole number ≥ 1`);
    return value;
  };
  const runs = count('runs');
  const repeat = count('repeat');
  const articles = count('articles');
  const engine = await importFromSources('scan', [
    `export { scanMarkdown } from './packages/content/src/parse/scan-markdown.ts';`,
    `export { scanMarkdownWithRemark } from './packages/content/src/parse/markdown-remark.ts';`,
  ]);
  console.log(
    `node ${process.version}, ${process.platform}-${process.arch}; ${runs} runs after a warm-up, median`,
  );

  const sample = bodyOf(await readFile(SAMPLE, 'utf8'));
  measure(engine, 'sample article body', [sample], runs);
  measure(
    engine,
    `sample article body ×${repeat} in one document`,
    [Array(repeat).fill(sample).join('\n\n')],
    runs,
  );
  const generated = generatedBodies(articles);
  const tenKilobytes = generated.find((body) => Buffer.byteLength(body) >= 10_000) ?? generated[0] ?? '';
  measure(engine, 'a generated Arabic article of 10 KB or more', [tenKilobytes], runs);
  measure(engine, 'generated Arabic articles', generated, runs);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  console.error(usage);
  process.exitCode = 1;
}
