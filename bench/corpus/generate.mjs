#!/usr/bin/env node
// Writes a synthetic Marsad (or Astro) content corpus; see bench/README.md.
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { generateCorpus } from './corpus.mjs';

const usage = `Usage: node bench/corpus/generate.mjs --out <dir> [--articles 10000] [--actors 2000] [--events 50000]
       [--places N] [--authors N] [--seed 1] [--format marsad|astro]`;

/** @param {string | undefined} text @param {string} name */
function count(text, name) {
  if (text === undefined) return undefined;
  const value = Number(text);
  if (!Number.isInteger(value) || value < 1)
    throw new RangeError(`--${name} takes a whole number ≥ 1, got "${text}"`);
  return value;
}

try {
  const { values } = parseArgs({
    options: {
      out: { type: 'string' },
      articles: { type: 'string', default: '10000' },
      actors: { type: 'string', default: '2000' },
      events: { type: 'string', default: '50000' },
      places: { type: 'string' },
      authors: { type: 'string' },
      seed: { type: 'string', default: '1' },
      format: { type: 'string', default: 'marsad' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    console.log(usage);
    process.exit(0);
  }
  if (!values.out) throw new Error('--out <dir> is required');
  if (values.format !== 'marsad' && values.format !== 'astro')
    throw new Error(`--format is marsad or astro, got "${values.format}"`);
  const seed = Number(values.seed);
  if (!Number.isInteger(seed)) throw new RangeError(`--seed takes a whole number, got "${values.seed}"`);
  const summary = await generateCorpus({
    out: resolve(values.out),
    articles: /** @type {number} */ (count(values.articles, 'articles')),
    actors: /** @type {number} */ (count(values.actors, 'actors')),
    events: /** @type {number} */ (count(values.events, 'events')),
    places: count(values.places, 'places'),
    authors: count(values.authors, 'authors'),
    seed,
    format: values.format,
  });
  console.log(JSON.stringify(summary));
} catch (error) {
  console.error(`generate: ${error instanceof Error ? error.message : String(error)}\n${usage}`);
  process.exit(2);
}
