import {
  ACLED_CSV_HEADER,
  type ActorEntry,
  type ArticleEntry,
  acledCsvLine,
  acledRow,
  actorJsonLd,
  articleJsonLd,
  type ContentGraph,
  collectionOf,
  type EntityKind,
  type EntityValue,
  eventFeature,
  eventJsonLd,
  type JsonLd,
  type JsonLdSite,
  placeJsonLd,
  sitePageUrl,
  toPopolo,
} from '@marsad/content';
import type { Event, Localized, SiteConfig } from '@marsad/schema';
import { jsonArray } from './chunks.js';

/** What an export reads: the graph, the articles it may show, the site config, and where notes go. */
export interface ExportInput {
  graph: ContentGraph;
  /** The articles to export: the public ones, or all with `--include-drafts`. */
  articles: readonly ArticleEntry[];
  config: SiteConfig | undefined;
  /** A note for stderr about what the format could not carry. */
  note(message: string): void;
}

/** An export format: what help says of it, and its text as pieces, written in order. */
export interface ExportFormat {
  description: string;
  /** Why the format cannot be written for this input, if it cannot (a usage error). */
  unavailable?(input: ExportInput): string | undefined;
  write(input: ExportInput): Iterable<string>;
}

/** An entity as the JSON exports write it: Markdown bodies as written, not the parsed mentions and headings. */
function record(kind: EntityKind, entity: EntityValue[EntityKind]): object {
  if (kind === 'article') {
    const article = entity as ArticleEntry;
    const versions = Object.values(article.versions).map(({ lang, file, frontmatter, body }) => ({
      lang,
      file,
      frontmatter,
      body,
    }));
    return { id: article.id, lang: article.lang, versions };
  }
  if (kind === 'actor') {
    const { profile, ...actor } = entity as ActorEntry;
    return profile ? { ...actor, profile: profile.body } : actor;
  }
  return entity;
}

const KINDS = ['actor', 'event', 'place', 'author', 'article'] as const;

/** The entities of one kind in the export, in id order (for articles: only those exported). */
function* recordsOf(input: ExportInput, kind: EntityKind): Generator<object> {
  const entries =
    kind === 'article' ? [...input.articles].sort((a, b) => (a.id < b.id ? -1 : 1)) : input.graph.all(kind);
  for (const entity of entries) yield record(kind, entity);
}

function* json(input: ExportInput): Generator<string> {
  for (const [index, kind] of KINDS.entries()) {
    yield `${index === 0 ? '{' : ','}\n${JSON.stringify(collectionOf[kind])}: `;
    yield* jsonArray(recordsOf(input, kind));
  }
  yield '\n}\n';
}

function* jsonl(input: ExportInput): Generator<string> {
  for (const kind of KINDS) {
    for (const value of recordsOf(input, kind)) yield `${JSON.stringify({ entity: kind, ...value })}\n`;
  }
}

/** The events in date order, as the graph's timeline ranks them (and the API lists them). */
function* eventsByDate(graph: ContentGraph): Generator<Event> {
  for (const id of graph.timeline().ids) yield graph.get('event', id)!;
}

function* acledCsv({ graph }: ExportInput): Generator<string> {
  yield ACLED_CSV_HEADER;
  for (const event of eventsByDate(graph)) yield acledCsvLine(acledRow(graph, event));
}

/** Shown ids of the events a format leaves out; the rest are counted. */
const LISTED_IDS = 5;

function* geojson({ graph, note }: ExportInput): Generator<string> {
  const unlocated: string[] = [];
  yield '{"type":"FeatureCollection","features":';
  const features = function* () {
    for (const event of eventsByDate(graph)) {
      const feature = eventFeature(graph, event);
      if (feature) yield feature;
      else unlocated.push(event.id);
    }
  };
  yield* jsonArray(features());
  yield '}\n';
  if (unlocated.length > 0) {
    const more = unlocated.length > LISTED_IDS ? `, and ${unlocated.length - LISTED_IDS} more` : '';
    note(
      `${unlocated.length} event${unlocated.length === 1 ? ' has' : 's have'} no known point and ` +
        `${unlocated.length === 1 ? 'is' : 'are'} not in the GeoJSON: ${unlocated.slice(0, LISTED_IDS).join(', ')}${more}.`,
    );
  }
}

/** The language names and page URLs are given in: the site's default, else English. */
function mainLanguage(config: SiteConfig | undefined): string {
  return config?.defaultLanguage ?? 'en';
}

function* popolo({ graph, config }: ExportInput): Generator<string> {
  yield `${JSON.stringify(toPopolo(graph, mainLanguage(config)), null, 2)}\n`;
}

/** A localized text as JSON-LD language-tagged values: every language, not one. */
function languageValues(text: Localized | undefined): unknown {
  if (text === undefined) return undefined;
  const values = Object.entries(text).map(([lang, value]) => ({ '@value': value, '@language': lang }));
  return values.length === 1 ? values[0] : values;
}

/** The schema.org mapping over the site's URLs, every text in all its languages. */
function exportJsonLdSite(graph: ContentGraph, config: SiteConfig): JsonLdSite {
  return {
    graph,
    url: (kind, id, lang) => sitePageUrl(config, lang, collectionOf[kind], id),
    text: languageValues,
    publisher: (lang) => ({
      '@type': 'Organization',
      name: languageValues(config.name),
      url: sitePageUrl(config, lang),
    }),
  };
}

function* jsonld({ graph, articles, config }: ExportInput): Generator<string> {
  const site = exportJsonLdSite(graph, config!);
  const lang = mainLanguage(config);
  const nodes = function* (): Generator<JsonLd> {
    for (const actor of graph.all('actor')) yield actorJsonLd(site, actor, lang);
    for (const event of graph.all('event')) yield eventJsonLd(site, event, lang);
    for (const place of graph.all('place')) yield placeJsonLd(site, place, lang);
    for (const article of articles) {
      for (const version of Object.keys(article.versions)) yield articleJsonLd(site, article, version);
    }
  };
  yield '{"@context":"https://schema.org","@graph":';
  yield* jsonArray(nodes());
  yield '}\n';
}

/** The formats of `marsad export`, by the name `--format` takes. */
export const EXPORT_FORMATS: Readonly<Record<string, ExportFormat>> = {
  json: {
    description: 'one document { actors, events, places, authors, articles }, article bodies as Markdown',
    write: json,
  },
  jsonl: {
    description: 'one entity per line, { "entity": "actor", ... }, kind by kind in id order',
    write: jsonl,
  },
  'acled-csv': {
    description: "events as ACLED's CSV columns and labels (RFC 4180), in date order",
    write: acledCsv,
  },
  geojson: {
    description: 'events as GeoJSON points (RFC 7946, [lon, lat]); events without a point are reported',
    write: geojson,
  },
  popolo: {
    description: 'actors and memberships as Popolo JSON { persons, organizations, memberships }',
    write: popolo,
  },
  jsonld: {
    description: 'actors, events, places and articles as one schema.org JSON-LD @graph',
    unavailable: ({ config }) =>
      config ? undefined : 'jsonld needs a marsad.config.yaml with baseUrl: node ids are the site URLs.',
    write: jsonld,
  },
};
