import {
  type ArticleType,
  type Event,
  type ExternalIds,
  type Localized,
  type Place,
  parseAboutRef,
  type SiteConfig,
} from '@marsad/schema';
import type { ContentGraph } from '../graph/content-graph.js';
import type { ActorEntry, ArticleEntry } from '../model/entities.js';

/** A schema.org JSON-LD object. */
export type JsonLd = { '@context'?: string; '@type': string } & Record<string, unknown>;

/** The kinds of entries that have a page, and so a URL, on the site. */
export type PageKind = 'article' | 'actor' | 'event' | 'place';

/**
 * What the schema.org mapping needs from its caller: the entries it follows references to, the URL of
 * each page (the `@id` of its node), how a localized text is written, and the publisher. The site gives
 * the text of one language; an export can give every language as tagged values.
 */
export interface JsonLdSite {
  graph: Pick<ContentGraph, 'actor' | 'event' | 'place' | 'author' | 'partsOf'>;
  url(kind: PageKind, id: string, lang: string): string;
  /** A localized text as a JSON-LD value in `lang`; `undefined` when there is none. */
  text(value: Localized | undefined, lang: string): unknown;
  publisher(lang: string): JsonLd;
}

/**
 * The absolute URL of a site page, as the web app lays pages out: the default language at the root,
 * the others under their prefix, always with a trailing slash (`/actors/al-sudani/`, `/en/actors/al-sudani/`).
 */
export function sitePageUrl(
  config: Pick<SiteConfig, 'baseUrl' | 'defaultLanguage'>,
  lang: string,
  ...segments: string[]
): string {
  const parts = [...(lang === config.defaultLanguage ? [] : [lang]), ...segments];
  const path = parts.length === 0 ? '/' : `/${parts.map(encodeURIComponent).join('/')}/`;
  return new URL(path, config.baseUrl).href;
}

/** schema.org's news article types, by Marsad article type. */
const articleSchemaType: Record<ArticleType, string> = {
  analysis: 'AnalysisNewsArticle',
  'situation-assessment': 'AnalysisNewsArticle',
  brief: 'AnalysisNewsArticle',
  report: 'ReportageNewsArticle',
  news: 'ReportageNewsArticle',
  commentary: 'OpinionNewsArticle',
};

const GOVERNMENT_KINDS = new Set(['state', 'government-body', 'legislature', 'armed-force']);

/** schema.org type of an actor: Person, GovernmentOrganization or Organization. */
function actorSchemaType(actor: Pick<ActorEntry, 'kind'>): string {
  if (actor.kind === 'person') return 'Person';
  return GOVERNMENT_KINDS.has(actor.kind) ? 'GovernmentOrganization' : 'Organization';
}

/** `sameAs` links: the Wikidata item and the official website. */
function sameAs(ids: ExternalIds | undefined): string[] | undefined {
  const links = [
    ...(ids?.wikidata ? [`https://www.wikidata.org/wiki/${ids.wikidata}`] : []),
    ...(ids?.website ? [ids.website] : []),
  ];
  return links.length > 0 ? links : undefined;
}

/** A fuzzy date as the ISO 8601 value schema.org takes: the text without EDTF qualifiers, ends split. */
function isoEnds(date: string): { start?: string; end?: string } {
  const [start, end] = date.replace(/[~?%]/g, '').split('/');
  const known = (value: string | undefined) => (value && value !== '..' ? value : undefined);
  return { ...(known(start) && { start: known(start) }), ...(known(end) && { end: known(end) }) };
}

/** Drops keys whose value is undefined, so the JSON-LD shows only what is known. */
function compact<T extends Record<string, unknown>>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

type EntityRefKind = 'actor' | 'event' | 'place';

/** The name of an actor, event or place as a JSON-LD value; its id when it has none in any language. */
function nameOf(site: JsonLdSite, entity: ActorEntry | Event | Place, lang: string): unknown {
  return site.text('title' in entity ? entity.title : entity.name, lang) ?? entity.id;
}

/** The short reference to an entity used inside other objects (`about`, `mentions`, `memberOf`). */
function entityRef(site: JsonLdSite, kind: EntityRefKind, id: string, lang: string): JsonLd | undefined {
  const { graph } = site;
  const entity = kind === 'actor' ? graph.actor(id) : kind === 'event' ? graph.event(id) : graph.place(id);
  if (!entity) return undefined;
  const type =
    kind === 'actor' ? actorSchemaType(entity as ActorEntry) : kind === 'event' ? 'Event' : 'Place';
  const url = site.url(kind, id, lang);
  return compact({
    '@type': type,
    '@id': url,
    name: nameOf(site, entity, lang),
    url,
    sameAs: 'ids' in entity ? sameAs(entity.ids) : undefined,
  });
}

function uniqueRefs(site: JsonLdSite, refs: { kind: string; id: string }[], lang: string): JsonLd[] {
  const seen = new Set<string>();
  const out: JsonLd[] = [];
  for (const { kind, id } of refs) {
    if (kind !== 'actor' && kind !== 'event' && kind !== 'place') continue;
    if (seen.has(`${kind}:${id}`)) continue;
    seen.add(`${kind}:${id}`);
    const ref = entityRef(site, kind, id, lang);
    if (ref) out.push(ref);
  }
  return out;
}

/**
 * An article version as AnalysisNewsArticle, OpinionNewsArticle or ReportageNewsArticle (by its
 * type), with authors, dates, language, its main subjects (`about`), the entities its body
 * mentions (`mentions`), corrections, and the original when it is a translation.
 */
export function articleJsonLd(site: JsonLdSite, article: ArticleEntry, lang: string): JsonLd {
  const version = article.versions[lang];
  const meta = article.meta;
  const url = site.url('article', article.id, lang);
  const corrections = version?.frontmatter.corrections ?? [];
  return compact({
    '@type': articleSchemaType[meta.type],
    '@id': url,
    url,
    mainEntityOfPage: url,
    headline: version?.frontmatter.title,
    description: version?.frontmatter.summary,
    inLanguage: lang,
    datePublished: meta.published,
    dateModified: version?.frontmatter.updated ?? meta.updated ?? meta.published,
    author: (meta.authors ?? []).map((id) => ({
      '@type': 'Person',
      name: site.text(site.graph.author(id)?.name, lang) ?? id,
    })),
    publisher: site.publisher(lang),
    about: uniqueRefs(site, (meta.about ?? []).map(parseAboutRef), lang),
    mentions: uniqueRefs(
      site,
      (version?.mentions ?? []).flatMap((m) => (m.id ? [{ kind: m.kind, id: m.id }] : [])),
      lang,
    ),
    keywords: meta.tags?.join(', '),
    correction:
      corrections.length > 0
        ? corrections.map((c) => ({
            '@type': 'CorrectionComment',
            datePublished: c.date,
            text: site.text(c.note, lang),
          }))
        : undefined,
    translationOfWork:
      lang !== article.lang ? { '@id': site.url('article', article.id, article.lang) } : undefined,
  });
}

/** An actor as Person, GovernmentOrganization or Organization, with `sameAs` Wikidata. */
export function actorJsonLd(site: JsonLdSite, actor: ActorEntry, lang: string): JsonLd {
  const person = actor.kind === 'person';
  const url = site.url('actor', actor.id, lang);
  const parents = (actor.relations ?? []).filter((relation) => relation.type === 'part-of');
  return compact({
    '@type': actorSchemaType(actor),
    '@id': url,
    url,
    name: nameOf(site, actor, lang),
    alternateName: actor.aliases?.length ? actor.aliases.map((alias) => alias.value) : undefined,
    description: site.text(actor.summary, lang),
    sameAs: sameAs(actor.ids),
    ...(person
      ? {
          birthDate: actor.born && isoEnds(actor.born).start,
          deathDate: actor.died && isoEnds(actor.died).start,
          memberOf: actor.memberships?.length
            ? uniqueRefs(
                site,
                actor.memberships.map((m) => ({ kind: 'actor', id: m.organization })),
                lang,
              )
            : undefined,
        }
      : {
          foundingDate: actor.founded && isoEnds(actor.founded).start,
          dissolutionDate: actor.dissolved && isoEnds(actor.dissolved).start,
          parentOrganization: parents.length
            ? uniqueRefs(
                site,
                parents.map((relation) => ({ kind: 'actor', id: relation.target })),
                lang,
              )
            : undefined,
        }),
  });
}

/** An event as schema.org Event: dates as written (qualifiers dropped), place, campaign and parts. */
export function eventJsonLd(site: JsonLdSite, event: Event, lang: string): JsonLd {
  const url = site.url('event', event.id, lang);
  const { start, end } = isoEnds(event.date);
  const parts = site.graph.partsOf(event.id);
  return compact({
    '@type': 'Event',
    '@id': url,
    url,
    name: nameOf(site, event, lang),
    description: site.text(event.summary, lang),
    startDate: start,
    endDate: end,
    eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
    location: eventLocation(site, event, lang),
    superEvent: event.partOf ? entityRef(site, 'event', event.partOf, lang) : undefined,
    subEvent: parts.length
      ? uniqueRefs(
          site,
          parts.map((p) => ({ kind: 'event', id: p.id })),
          lang,
        )
      : undefined,
    sameAs: sameAs(event.ids),
  });
}

function geo(coordinates: readonly [number, number] | undefined): JsonLd | undefined {
  return coordinates && { '@type': 'GeoCoordinates', longitude: coordinates[0], latitude: coordinates[1] };
}

/** Where an event happened: its place, or a point of its own within that place. */
function eventLocation(site: JsonLdSite, event: Event, lang: string): JsonLd | undefined {
  const place = event.location && site.graph.place(event.location.place);
  if (!place) return undefined;
  const own = event.location?.coordinates;
  if (!own) return placeJsonLd(site, place, lang);
  // A node without the place's @id: given that id, the event's point would become a second geo of the place.
  return {
    '@type': 'Place',
    name: nameOf(site, place, lang),
    geo: geo(own),
    containedInPlace: entityRef(site, 'place', place.id, lang),
  };
}

/** A place as schema.org Place with coordinates, the place it is within and `sameAs`. */
export function placeJsonLd(site: JsonLdSite, place: Place, lang: string): JsonLd {
  const url = site.url('place', place.id, lang);
  return compact({
    '@type': 'Place',
    '@id': url,
    url,
    name: nameOf(site, place, lang),
    geo: geo(place.coordinates),
    containedInPlace: place.within ? entityRef(site, 'place', place.within, lang) : undefined,
    sameAs: sameAs(place.ids),
  });
}
