import type { ActorEntry, ArticleEntry } from '@marsad/content';
import { type ArticleType, type Event, type ExternalIds, type Place, parseAboutRef } from '@marsad/schema';
import type { SiteContent } from './content.js';
import { entityName, entitySummary } from './entity-text.js';
import type { Lang } from './languages.js';
import { absoluteUrl, entityPath, pagePath } from './paths.js';

/** A schema.org JSON-LD object. */
export type JsonLd = { '@context'?: string; '@type': string } & Record<string, unknown>;

const CONTEXT = 'https://schema.org';

/** schema.org's news article types, by Marsad article type. */
export const articleSchemaType: Record<ArticleType, string> = {
  analysis: 'AnalysisNewsArticle',
  'situation-assessment': 'AnalysisNewsArticle',
  brief: 'AnalysisNewsArticle',
  report: 'ReportageNewsArticle',
  news: 'ReportageNewsArticle',
  commentary: 'OpinionNewsArticle',
};

const GOVERNMENT_KINDS = new Set(['state', 'government-body', 'legislature', 'armed-force']);

/** schema.org type of an actor: Person, GovernmentOrganization or Organization. */
export function actorSchemaType(actor: ActorEntry): string {
  if (actor.kind === 'person') return 'Person';
  return GOVERNMENT_KINDS.has(actor.kind) ? 'GovernmentOrganization' : 'Organization';
}

/** `sameAs` links: the Wikidata item and the official website. */
export function sameAs(ids: ExternalIds | undefined): string[] | undefined {
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

/** The short reference to an entity used inside other objects (`about`, `mentions`, `memberOf`). */
export function entityRef(
  site: SiteContent,
  kind: 'actor' | 'event' | 'place',
  id: string,
  lang: Lang,
): JsonLd | undefined {
  const entity = kind === 'actor' ? site.actor(id) : kind === 'event' ? site.event(id) : site.place(id);
  if (!entity) return undefined;
  const type =
    kind === 'actor' ? actorSchemaType(entity as ActorEntry) : kind === 'event' ? 'Event' : 'Place';
  return compact({
    '@type': type,
    name: entityName(entity, lang).text,
    url: absoluteUrl(site.config.baseUrl, entityPath(kind, id, lang)),
    sameAs: 'ids' in entity ? sameAs(entity.ids) : undefined,
  });
}

function uniqueRefs(site: SiteContent, refs: { kind: string; id: string }[], lang: Lang): JsonLd[] {
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

/** The site as publisher. */
export function publisher(site: SiteContent, lang: Lang): JsonLd {
  return {
    '@type': 'Organization',
    name: site.config.name[lang] ?? Object.values(site.config.name)[0],
    url: absoluteUrl(site.config.baseUrl, pagePath(lang)),
  };
}

/**
 * An article version as AnalysisNewsArticle, OpinionNewsArticle or ReportageNewsArticle (by its
 * type), with authors, dates, language, its main subjects (`about`), the entities its body
 * mentions (`mentions`), corrections, and the original when it is a translation.
 */
export function articleJsonLd(site: SiteContent, article: ArticleEntry, lang: Lang): JsonLd {
  const version = article.versions[lang];
  const meta = article.meta;
  const url = absoluteUrl(site.config.baseUrl, entityPath('article', article.id, lang));
  const corrections = version?.frontmatter.corrections ?? [];
  return compact({
    '@context': CONTEXT,
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
      name: site.author(id)?.name[lang] ?? site.author(id)?.name[article.lang] ?? id,
    })),
    publisher: publisher(site, lang),
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
            text: c.note[lang],
          }))
        : undefined,
    translationOfWork:
      lang !== article.lang
        ? { '@id': absoluteUrl(site.config.baseUrl, entityPath('article', article.id, article.lang as Lang)) }
        : undefined,
  });
}

/** An actor as Person, GovernmentOrganization or Organization, with `sameAs` Wikidata. */
export function actorJsonLd(site: SiteContent, actor: ActorEntry, lang: Lang): JsonLd {
  const person = actor.kind === 'person';
  const url = absoluteUrl(site.config.baseUrl, entityPath('actor', actor.id, lang));
  const parents = (actor.relations ?? []).filter((relation) => relation.type === 'part-of');
  return compact({
    '@context': CONTEXT,
    '@type': actorSchemaType(actor),
    '@id': url,
    url,
    name: entityName(actor, lang).text,
    alternateName: actor.aliases?.length ? actor.aliases.map((alias) => alias.value) : undefined,
    description: entitySummary(actor, lang)?.text,
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
export function eventJsonLd(site: SiteContent, event: Event, lang: Lang): JsonLd {
  const url = absoluteUrl(site.config.baseUrl, entityPath('event', event.id, lang));
  const { start, end } = isoEnds(event.date);
  const place = event.location ? site.place(event.location.place) : undefined;
  const parts = site.partsOf(event.id);
  return compact({
    '@context': CONTEXT,
    '@type': 'Event',
    '@id': url,
    url,
    name: entityName(event, lang).text,
    description: entitySummary(event, lang)?.text,
    startDate: start,
    endDate: end,
    eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
    location: place ? placeJsonLd(site, place, lang, event.location?.coordinates) : undefined,
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

/** A place as schema.org Place with coordinates, the place it is within and `sameAs`. */
export function placeJsonLd(
  site: SiteContent,
  place: Place,
  lang: Lang,
  coordinates: readonly [number, number] | undefined = place.coordinates,
): JsonLd {
  const url = absoluteUrl(site.config.baseUrl, entityPath('place', place.id, lang));
  return compact({
    '@context': CONTEXT,
    '@type': 'Place',
    '@id': url,
    url,
    name: entityName(place, lang).text,
    geo: coordinates
      ? { '@type': 'GeoCoordinates', longitude: coordinates[0], latitude: coordinates[1] }
      : undefined,
    containedInPlace: place.within ? entityRef(site, 'place', place.within, lang) : undefined,
    sameAs: sameAs(place.ids),
  });
}

/** A page that is not about one entity (home, lists, 404): WebPage or CollectionPage in the WebSite. */
export function webPageJsonLd(
  site: SiteContent,
  lang: Lang,
  page: { type?: 'WebPage' | 'CollectionPage'; name: string; path: string },
): JsonLd {
  return {
    '@context': CONTEXT,
    '@type': page.type ?? 'WebPage',
    name: page.name,
    url: absoluteUrl(site.config.baseUrl, page.path),
    inLanguage: lang,
    isPartOf: {
      '@type': 'WebSite',
      name: site.config.name[lang] ?? Object.values(site.config.name)[0],
      url: absoluteUrl(site.config.baseUrl, pagePath(lang)),
    },
  };
}

/** JSON-LD as the text of a `<script type="application/ld+json">`: `<` escaped so no tag can close it. */
export function jsonLdScript(data: JsonLd): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
