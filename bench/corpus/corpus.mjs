import { buildArticle } from './articles.mjs';
import { FileSink } from './file-sink.mjs';
import { astroLayout, marsadLayout } from './layouts.mjs';
import { COUNTRIES } from './names.mjs';
import { Random } from './random.mjs';
import { TextBank } from './text-bank.mjs';
import { buildActors, buildAuthors, buildEvents, buildPlaces, profileBody } from './world.mjs';

/**
 * @typedef {object} CorpusOptions
 * @property {string} out folder to write into (created if missing)
 * @property {number} articles original articles (about one in seven also gets an English translation)
 * @property {number} actors
 * @property {number} events
 * @property {number} [places] default: a sixth of the actors, between 32 and 300
 * @property {number} [authors] default: one per 300 articles, between 3 and 30
 * @property {number} [seed] default 1
 * @property {'marsad' | 'astro'} [format] default `marsad`
 *
 * @typedef {object} CorpusSummary
 * @property {string} out
 * @property {'marsad' | 'astro'} format
 * @property {number} seed
 * @property {{ articles: number, translations: number, actors: number, events: number, places: number, authors: number }} entries
 * @property {number} files
 * @property {number} bytes
 * @property {number} ms
 */

/** Share of actors written as `.md` with a Markdown profile. */
const PROFILED = 0.1;

/**
 * Writes a synthetic content root: the same seed gives the same entries in either format, so the
 * Marsad and Astro corpora of one seed hold the same data.
 * @param {CorpusOptions} options
 * @returns {Promise<CorpusSummary>}
 */
export async function generateCorpus(options) {
  const started = performance.now();
  const { out, articles, actors: actorCount, events: eventCount } = options;
  const seed = options.seed ?? 1;
  const format = options.format ?? 'marsad';
  for (const [name, value] of Object.entries({ articles, actors: actorCount, events: eventCount }))
    if (!Number.isInteger(value) || value < 1)
      throw new RangeError(`--${name} must be a whole number ≥ 1, got ${value}`);
  const placeCount =
    options.places ?? Math.min(300, Math.max(COUNTRIES.length + 20, Math.round(actorCount / 6)));
  const authorCount = options.authors ?? Math.min(30, Math.max(3, Math.round(articles / 300)));

  const random = new Random(seed);
  const banks = { ar: new TextBank('ar'), en: new TextBank('en') };
  const places = buildPlaces(random, placeCount);
  const authors = buildAuthors(random, banks, authorCount);
  const actors = buildActors(random, banks, actorCount, places);
  const events = buildEvents(random, banks, eventCount, actors, places);
  for (const actor of actors)
    if (actor.kind !== 'state' && random.chance(PROFILED))
      actor.profile = profileBody(random, banks.ar, actors, places);

  const layout = format === 'astro' ? astroLayout : marsadLayout;
  const sink = new FileSink(out);
  for (const place of places) await sink.add(...layout.data('places', place));
  for (const author of authors) await sink.add(...layout.data('authors', author));
  for (const actor of actors) await sink.add(...layout.actor(actor));
  // A stream of its own decides file shapes, so both formats draw the same articles from `random`.
  for (const file of layout.events(events, new Random(seed ^ 0x5eed))) await sink.add(...file);
  const world = {
    actors: actors.map((actor) => actor.data),
    events,
    places,
    countries: places.filter((place) => place.kind === 'country'),
    authors,
  };
  let translations = 0;
  for (let index = 0; index < articles; index++) {
    const article = buildArticle(random, banks, world, index);
    translations += article.versions.length - 1;
    for (const file of layout.article(article)) await sink.add(...file);
  }
  await sink.flush();
  return {
    out,
    format,
    seed,
    entries: {
      articles,
      translations,
      actors: actorCount,
      events: eventCount,
      places: placeCount,
      authors: authorCount,
    },
    files: sink.files,
    bytes: sink.bytes,
    ms: Math.round(performance.now() - started),
  };
}
