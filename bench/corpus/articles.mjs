import { articleTypes } from '@marsad/schema';
import { dateTime, isoDay } from './days.mjs';
import { FIRST_DAY, LAST_DAY, makeSource } from './world.mjs';

/**
 * @typedef {import('./random.mjs').Random} Random
 * @typedef {import('./text-bank.mjs').TextBank} TextBank
 * @typedef {import('./world.mjs').Named} Named
 * @typedef {import('./world.mjs').Entry} Entry
 * @typedef {import('./world.mjs').Banks} Banks
 * @typedef {{ kind: 'actor' | 'event' | 'place', entity: Entry }} Target
 * @typedef {{ lang: string, frontmatter: Record<string, unknown>, body: string }} ArticleVersion
 * @typedef {{ id: string, versions: ArticleVersion[] }} GeneratedArticle
 * @typedef {{ actors: Named[], events: Entry[], places: Named[], countries: Named[], authors: Named[] }} ArticleWorld
 */

const TOPICS = [
  'foreign-forces',
  'armed-factions',
  'iraq-us-relations',
  'regional-security',
  'elections',
  'oil-and-budget',
  'border-security',
  'militia-politics',
  'protests',
  'sanctions',
  'water-crisis',
  'kurdistan-region',
];
const HEADINGS_PER_PARAGRAPHS = 3;
/** Share of articles that get an English translation. */
const TRANSLATED = 0.15;

/**
 * What a mention of `target` reads as in `lang`.
 * @param {Target} target
 * @param {'ar' | 'en'} lang
 */
function labelOf(target, lang) {
  const names = /** @type {Record<string, string>} */ (
    target.kind === 'event' ? target.entity.title : target.entity.name
  );
  const text = names[lang] ?? names.ar ?? target.entity.id;
  return text.replace(/[[\]]/g, '');
}

/**
 * The Markdown body of one language version: headed sections of paragraphs about `words` long,
 * each target mentioned once as `:kind[label]{#id}`, footnote references and their definitions.
 * @param {Random} random
 * @param {TextBank} bank
 * @param {'ar' | 'en'} lang
 * @param {number} words
 * @param {readonly Target[]} targets
 */
function articleBody(random, bank, lang, words, targets) {
  /** @type {string[][]} paragraphs of sentences */
  const paragraphs = [];
  let count = 0;
  while (count < words) {
    /** @type {string[]} */
    const sentences = [];
    for (let n = random.int(3, 6); n > 0 && count < words; n--) {
      const sentence = bank.sentence(random, 10, 24);
      count += sentence.split(' ').length;
      sentences.push(sentence);
    }
    paragraphs.push(sentences);
  }
  const slots = paragraphs.flatMap((sentences, p) => sentences.map((_, s) => /** @type {const} */ ([p, s])));
  const placeAt = (
    /** @type {readonly [number, number]} */ [p, s],
    /** @type {(text: string) => string} */ edit,
  ) => {
    const paragraph = /** @type {string[]} */ (paragraphs[p]);
    paragraph[s] = edit(/** @type {string} */ (paragraph[s]));
  };
  for (const [index, target] of targets.entries()) {
    const slot = slots[Math.floor(((index + random.next()) * slots.length) / targets.length)] ?? slots[0];
    if (!slot) break;
    const mention = `:${target.kind}[${labelOf(target, lang)}]{#${target.entity.id}}`;
    placeAt(slot, (sentence) => {
      const parts = sentence.split(' ');
      parts.splice(random.int(1, Math.max(1, parts.length - 1)), 0, mention);
      return parts.join(' ');
    });
  }
  const footnotes = random.int(2, 6);
  for (let n = 1; n <= footnotes; n++) {
    placeAt(random.pick(slots), (sentence) => sentence.replace(/\.$/, `[^${n}].`));
  }
  const lines = [];
  paragraphs.forEach((sentences, index) => {
    if (index > 0 && index % HEADINGS_PER_PARAGRAPHS === 0)
      lines.push(`## ${bank.words(random, random.int(3, 6)).join(' ').replace(/[،,.]/g, '')}`, '');
    lines.push(sentences.join(' '), '');
    if (random.chance(0.05)) {
      for (let item = 0; item < 3; item++) lines.push(`- ${bank.sentence(random, 5, 10)}`);
      lines.push('');
    }
  });
  for (let n = 1; n <= footnotes; n++) lines.push(`[^${n}]: ${bank.sentence(random, 6, 12)}`, '');
  return lines.join('\n');
}

/**
 * One article: an Arabic original with the shared metadata and, for about one in seven, an English
 * translation mentioning the same entries. Bodies run 800-1500 Arabic words with 5-20 mentions.
 * @param {Random} random
 * @param {Banks} banks
 * @param {ArticleWorld} world
 * @param {number} index
 * @returns {GeneratedArticle}
 */
export function buildArticle(random, banks, world, index) {
  const id = `${random.pick(TOPICS)}-${index}`;
  /** @type {Target[]} */
  const targets = Array.from({ length: random.int(5, 20) }, () => {
    const roll = random.next();
    if (roll < 0.5) return { kind: 'actor', entity: random.pick(world.actors) };
    if (roll < 0.8) return { kind: 'event', entity: random.pick(world.events) };
    return { kind: 'place', entity: random.pick(world.places) };
  });
  const status = random.weighted({ published: 85, review: 5, draft: 7, retracted: 3 });
  const publishedDay = random.int(FIRST_DAY, LAST_DAY);
  /** @type {Record<string, unknown>} */
  const frontmatter = {
    title: banks.ar.words(random, random.int(5, 10)).join(' ').replace(/[،,.]/g, ''),
    summary: `${banks.ar.sentence(random, 15, 30)} ${banks.ar.sentence(random, 10, 20)}`,
    type: random.pick(articleTypes),
    status,
  };
  if (status === 'published' || status === 'retracted') {
    frontmatter.published = dateTime(publishedDay, random.int(6 * 60, 22 * 60));
    if (random.chance(0.2)) frontmatter.updated = dateTime(publishedDay + random.int(1, 90), 9 * 60);
  }
  frontmatter.authors = random.sample(world.authors, random.int(1, 2)).map((author) => author.id);
  frontmatter.about = random
    .sample(targets, random.int(1, 4))
    .map((target) => `${target.kind}:${target.entity.id}`);
  frontmatter.regions = random.sample(world.countries.slice(0, 4), random.int(1, 2)).map((place) => place.id);
  frontmatter.tags = random.sample(TOPICS, random.int(2, 5));
  frontmatter.sources = Array.from({ length: random.int(1, 4) }, () =>
    makeSource(random, banks.en, publishedDay - random.int(0, 30), id),
  );
  if (status === 'retracted')
    frontmatter.retraction = {
      date: isoDay(publishedDay + random.int(2, 60)),
      note: { ar: banks.ar.sentence(random, 8, 14), en: banks.en.sentence(random, 8, 14) },
    };
  const words = random.int(800, 1500);
  /** @type {ArticleVersion[]} */
  const versions = [{ lang: 'ar', frontmatter, body: articleBody(random, banks.ar, 'ar', words, targets) }];
  if (random.chance(TRANSLATED)) {
    versions.push({
      lang: 'en',
      frontmatter: {
        title: banks.en.words(random, random.int(6, 12)).join(' ').replace(/[,.]/g, ''),
        summary: banks.en.sentence(random, 20, 35),
        original: 'ar',
      },
      body: articleBody(random, banks.en, 'en', Math.round(words * 1.2), targets),
    });
  }
  return { id, versions };
}
