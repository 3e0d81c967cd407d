import {
  type ActorEntry,
  type ArticleEntry,
  actorJsonLd as actorNode,
  articleJsonLd as articleNode,
  eventJsonLd as eventNode,
  type JsonLd,
  type JsonLdSite,
  placeJsonLd as placeNode,
  textIn,
} from '@marsad/content';
import type { Event, Place } from '@marsad/schema';
import type { SiteContent } from './content.js';
import { type Lang, pickLocalized } from './languages.js';
import { absoluteUrl, entityPath, pagePath } from './paths.js';

export type { JsonLd } from '@marsad/content';

const CONTEXT = 'https://schema.org';

/** The site as publisher. */
export function publisher(site: SiteContent, lang: Lang): JsonLd {
  return {
    '@type': 'Organization',
    name: textIn(site.config.name, lang),
    url: absoluteUrl(site.config.baseUrl, pagePath(lang)),
  };
}

/** The site as the schema.org mapping of @marsad/content reads it: page URLs, texts in the page's language. */
function jsonLdSite(site: SiteContent): JsonLdSite {
  return {
    graph: site,
    url: (kind, id, lang) => absoluteUrl(site.config.baseUrl, entityPath(kind, id, lang as Lang)),
    text: (value, lang) => pickLocalized(value, lang as Lang)?.text,
    publisher: (lang) => publisher(site, lang as Lang),
  };
}

/** A page's main entity, with the context a `<script type="application/ld+json">` needs. */
const page = (data: JsonLd): JsonLd => ({ '@context': CONTEXT, ...data });

/** An article version as a NewsArticle subtype (see `articleJsonLd` in @marsad/content). */
export function articleJsonLd(site: SiteContent, article: ArticleEntry, lang: Lang): JsonLd {
  return page(articleNode(jsonLdSite(site), article, lang));
}

/** An actor as Person, GovernmentOrganization or Organization, with `sameAs` Wikidata. */
export function actorJsonLd(site: SiteContent, actor: ActorEntry, lang: Lang): JsonLd {
  return page(actorNode(jsonLdSite(site), actor, lang));
}

/** An event as schema.org Event: dates, place, campaign and parts. */
export function eventJsonLd(site: SiteContent, event: Event, lang: Lang): JsonLd {
  return page(eventNode(jsonLdSite(site), event, lang));
}

/** A place as schema.org Place with coordinates, the place it is within and `sameAs`. */
export function placeJsonLd(site: SiteContent, place: Place, lang: Lang): JsonLd {
  return page(placeNode(jsonLdSite(site), place, lang));
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
      name: textIn(site.config.name, lang),
      url: absoluteUrl(site.config.baseUrl, pagePath(lang)),
    },
  };
}

/** JSON-LD as the text of a `<script type="application/ld+json">`: `<` escaped so no tag can close it. */
export function jsonLdScript(data: JsonLd): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
