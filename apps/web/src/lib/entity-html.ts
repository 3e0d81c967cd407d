import type { Event } from '@marsad/schema';
import { perSite } from './build-cache.js';
import type { SiteContent } from './content.js';
import { formatFuzzyDate } from './dates.js';
import { entityName, eventKindLabel, type LangText } from './entity-text.js';
import { escapeHtml } from './html.js';
import { directionOf, type Lang } from './languages.js';
import { entityPath } from './paths.js';

// The markup of names, dates, entity links and event list items, as strings: they are the most
// repeated pieces of the site (an event appears in the lists of every actor in it, of its place and of
// the articles about it), and an Astro component per piece cost more than the piece itself. The
// components Name, DateText, EntityLink and EventList write these strings.

/** The `lang` and `dir` attributes of a text in another language than the page's; none otherwise. */
export function langAttributes(value: LangText, pageLang: Lang): string {
  return value.lang === pageLang ? '' : ` lang="${escapeHtml(value.lang)}" dir="${directionOf(value.lang)}"`;
}

/** A name or title isolated from the text around it; `lang` and `dir` only when not the page's. */
export function nameHtml(value: LangText, lang: Lang): string {
  return `<bdi${langAttributes(value, lang)}>${escapeHtml(value.text)}</bdi>`;
}

/** A fuzzy date in words in `<time datetime>`, or in a `<span>` when it has no machine-readable end. */
export function dateHtml(date: string, lang: Lang): string {
  const { text, datetime } = formatFuzzyDate(date, lang);
  return datetime
    ? `<time datetime="${escapeHtml(datetime)}">${escapeHtml(text)}</time>`
    : `<span>${escapeHtml(text)}</span>`;
}

/** A link to an actor's, event's or place's page with its name; the bare id when it has no page. */
export function entityLinkHtml(
  site: SiteContent,
  kind: 'actor' | 'event' | 'place',
  id: string,
  lang: Lang,
): string {
  const entity = kind === 'actor' ? site.actor(id) : kind === 'event' ? site.event(id) : site.place(id);
  return entity
    ? `<a href="${escapeHtml(entityPath(kind, id, lang))}">${nameHtml(entityName(entity, lang), lang)}</a>`
    : `<bdi>${escapeHtml(id)}</bdi>`;
}

const eventItems = perSite<string>();

/** An event in a list: date and kind, then its linked title; written once per event and language. */
export function eventItemHtml(site: SiteContent, event: Event, lang: Lang): string {
  return eventItems(
    site,
    `${event.id}\u0000${lang}`,
    () =>
      `<li><span class="entry-meta">${dateHtml(event.date, lang)} · ${escapeHtml(eventKindLabel(event, lang))}</span>` +
      `<br>${entityLinkHtml(site, 'event', event.id, lang)}</li>`,
  );
}
