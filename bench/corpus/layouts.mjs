import { toYaml } from './yaml-emit.mjs';

/**
 * How a corpus is laid out on disk: Marsad's content root, or the same entries as Astro content
 * collections. Each function turns one entry into `[relative path, text]` pairs.
 * @typedef {import('./world.mjs').Named} Named
 * @typedef {import('./world.mjs').Entry} Entry
 * @typedef {import('./world.mjs').ActorRecord} ActorRecord
 * @typedef {import('./articles.mjs').GeneratedArticle} GeneratedArticle
 * @typedef {import('./random.mjs').Random} Random
 * @typedef {[path: string, text: string]} FileText
 * @typedef {object} Layout
 * @property {(collection: 'places' | 'authors', entry: Named) => FileText} data
 * @property {(actor: ActorRecord) => FileText} actor
 * @property {(events: readonly Entry[], random: Random) => Iterable<FileText>} events
 * @property {(article: GeneratedArticle) => FileText[]} article
 */

/** How Marsad's events are spread over file shapes: one a file, YAML lists, JSONL imports. */
export const EVENT_FILE_SHARES = { single: 0.2, list: 0.5, jsonl: 0.3 };
/** Events per YAML list file and per JSONL file. */
export const LIST_SIZE = 50;
export const JSONL_SIZE = 500;

/**
 * @param {Record<string, unknown>} frontmatter
 * @param {string} body
 * @param {boolean} quoteDates
 */
function markdownFile(frontmatter, body, quoteDates) {
  return `---\n${toYaml(frontmatter, { quoteDates })}---\n\n${body}`;
}

/**
 * @param {string} root folder of the collections inside the corpus
 * @param {boolean} quoteDates
 * @returns {Pick<Layout, 'data' | 'actor'>}
 */
function entityFiles(root, quoteDates) {
  return {
    data: (collection, entry) => [`${root}${collection}/${entry.id}.yaml`, toYaml(entry, { quoteDates })],
    actor: ({ data, profile }) =>
      profile === undefined
        ? [`${root}actors/${data.id}.yaml`, toYaml(data, { quoteDates })]
        : [`${root}actors/${data.id}.md`, markdownFile(data, profile, quoteDates)],
  };
}

/**
 * The layout of domain-model.md: events a fifth in single files, half in YAML lists of
 * {@link LIST_SIZE} and the rest in JSONL imports of {@link JSONL_SIZE}.
 * @type {Layout}
 */
export const marsadLayout = {
  ...entityFiles('', false),
  *events(events, random) {
    /** @type {Entry[]} */
    const list = [];
    /** @type {Entry[]} */
    const lines = [];
    let lists = 0;
    let imports = 0;
    for (const event of events) {
      const shape = random.weighted(EVENT_FILE_SHARES);
      if (shape === 'single') yield [`events/${event.id}.yaml`, toYaml(event)];
      else (shape === 'list' ? list : lines).push(event);
      if (list.length === LIST_SIZE) yield [`events/lists/batch-${++lists}.yaml`, toYaml(list.splice(0))];
      if (lines.length === JSONL_SIZE)
        yield [
          `events/imports/import-${++imports}.jsonl`,
          lines
            .splice(0)
            .map((line) => `${JSON.stringify(line)}\n`)
            .join(''),
        ];
    }
    if (list.length) yield [`events/lists/batch-${++lists}.yaml`, toYaml(list)];
    if (lines.length)
      yield [
        `events/imports/import-${++imports}.jsonl`,
        lines.map((line) => `${JSON.stringify(line)}\n`).join(''),
      ];
  },
  article: ({ id, versions }) =>
    versions.map(({ lang, frontmatter, body }) => [
      `articles/${id}.${lang}.md`,
      markdownFile(frontmatter, body, false),
    ]),
};

/**
 * Astro's `reference()` takes a plain id of one collection, so `about: [actor:x, event:y]` becomes
 * one list per collection.
 * @param {Record<string, unknown>} frontmatter
 */
function astroFrontmatter(frontmatter) {
  const { about, ...rest } = frontmatter;
  if (!Array.isArray(about)) return frontmatter;
  /** @param {string} kind */
  const of = (kind) =>
    about.filter((ref) => ref.startsWith(`${kind}:`)).map((ref) => ref.slice(kind.length + 1));
  const split = { aboutActors: of('actor'), aboutEvents: of('event'), aboutPlaces: of('place') };
  return {
    ...rest,
    ...Object.fromEntries(Object.entries(split).filter(([, ids]) => ids.length > 0)),
  };
}

/**
 * The same entries as Astro content collections under `src/content/`: one file per entry (Astro's
 * `glob()` loader makes one entry of each file; its `file()` loader reads a single file per
 * collection, which cannot express Marsad's many list files), dates quoted for js-yaml.
 * @type {Layout}
 */
export const astroLayout = {
  ...entityFiles('src/content/', true),
  *events(events) {
    for (const event of events)
      yield [`src/content/events/${event.id}.yaml`, toYaml(event, { quoteDates: true })];
  },
  article: ({ id, versions }) =>
    versions.map(({ lang, frontmatter, body }) => [
      `src/content/articles/${id}.${lang}.md`,
      markdownFile(astroFrontmatter(frontmatter), body, true),
    ]),
};
