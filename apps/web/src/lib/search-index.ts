import { namesOf } from '@marsad/content';
import type { SiteContent } from './content.js';
import { formatFuzzyDate, formatPublished } from './dates.js';
import { actorKindLabel, entityName, entitySummary, eventKindLabel } from './entity-text.js';
import { articleTypeLabels } from './labels.js';
import type { Lang } from './languages.js';
import { entityPath } from './paths.js';
import { indexTerms, type SearchDoc } from './search-match.js';

/**
 * The search index of a language: its public articles (title, summary, tags), every actor (names in
 * all languages, aliases, summary) and every event (titles in all languages, summary). Only what
 * {@link SiteContent} makes public: no draft, review or embargoed article has a record.
 */
export function searchDocuments(site: SiteContent, lang: Lang): SearchDoc[] {
  const articles = site.articles(lang).map((article): SearchDoc => {
    const version = article.versions[lang]!;
    const published = article.meta.published ? formatPublished(article.meta.published, lang).text : '';
    return {
      k: 'article',
      u: entityPath('article', article.id, lang),
      t: version.frontmatter.title,
      m: [articleTypeLabels[article.meta.type][lang], published].filter(Boolean).join(' · '),
      x: indexTerms([version.frontmatter.title, version.frontmatter.summary, ...(article.meta.tags ?? [])]),
    };
  });
  const actors = site.actors().map(
    (actor): SearchDoc => ({
      k: 'actor',
      u: entityPath('actor', actor.id, lang),
      t: entityName(actor, lang).text,
      m: actorKindLabel(actor, lang),
      x: indexTerms([...namesOf(actor).map((name) => name.value), entitySummary(actor, lang)?.text]),
    }),
  );
  const events = site.events().map(
    (event): SearchDoc => ({
      k: 'event',
      u: entityPath('event', event.id, lang),
      t: entityName(event, lang).text,
      m: `${formatFuzzyDate(event.date, lang).text} · ${eventKindLabel(event, lang)}`,
      x: indexTerms([...Object.values(event.title), entitySummary(event, lang)?.text]),
    }),
  );
  return [...articles, ...actors, ...events];
}
