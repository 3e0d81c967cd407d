import {
  type ActorEntry,
  type ArticleEntry,
  type RenderedArticle,
  renderArticle,
  renderMarkdown,
} from '@marsad/content';
import { perSite } from './build-cache.js';
import type { SiteContent } from './content.js';
import { formatFuzzyDate } from './dates.js';
import { langAttributes } from './entity-html.js';
import {
  actorKindLabel,
  entityName,
  entitySummary,
  eventKindLabel,
  type LangText,
  lifeSpan,
  placeKindLabel,
} from './entity-text.js';
import { escapeHtml } from './html.js';
import type { Lang } from './languages.js';
import { entityPath } from './paths.js';

// Rendered articles by site, keyed by id and language: the page and the feeds share one rendering.
const renderedArticles = perSite<RenderedArticle | undefined>();

/** Mentions link to the page of an entity that has one, in the page's language. */
function linkFor(site: SiteContent, lang: Lang) {
  return (kind: string, id: string) =>
    (kind === 'actor' || kind === 'event' || kind === 'place') && site.has(kind, id)
      ? entityPath(kind, id, lang)
      : undefined;
}

/**
 * A language version of a public article rendered for the site: sanitised HTML with mentions
 * linked to their pages and a hover/focus card after each, its table of contents and reading time.
 * Rendered once per article and language for the whole build (the page and the feeds share it);
 * undefined when the article has no version in `lang`.
 */
export function renderArticleBody(
  site: SiteContent,
  article: ArticleEntry,
  lang: Lang,
): RenderedArticle | undefined {
  return renderedArticles(site, `${article.id}\u0000${lang}`, () => {
    const rendered = renderArticle(article, { lang, linkFor: linkFor(site, lang) });
    return (
      rendered && {
        ...rendered,
        html: labelFootnoteBackrefs(addMentionCards(rendered.html, site, lang), lang),
      }
    );
  });
}

const langSpan = (value: LangText, className: string, pageLang: Lang) =>
  `<span class="${className}"${langAttributes(value, pageLang)}>${escapeHtml(value.text)}</span>`;

interface CardParts {
  name: LangText;
  kind: string;
  dates?: string | undefined;
  summary?: LangText | undefined;
}

/** What a card says about a mentioned entity: name, kind, dates, summary (a place: what it is within). */
function cardParts(site: SiteContent, kind: string, id: string, lang: Lang): CardParts | undefined {
  switch (kind) {
    case 'actor': {
      const actor = site.actor(id);
      return (
        actor && {
          name: entityName(actor, lang),
          kind: actorKindLabel(actor, lang),
          dates: lifeSpan(actor, lang),
          summary: entitySummary(actor, lang),
        }
      );
    }
    case 'event': {
      const event = site.event(id);
      return (
        event && {
          name: entityName(event, lang),
          kind: eventKindLabel(event, lang),
          dates: formatFuzzyDate(event.date, lang).text,
          summary: entitySummary(event, lang),
        }
      );
    }
    case 'place': {
      const place = site.place(id);
      const within = place?.within ? site.place(place.within) : undefined;
      return (
        place && {
          name: entityName(place, lang),
          kind: placeKindLabel(place, lang),
          summary: within && entityName(within, lang),
        }
      );
    }
    default:
      return undefined;
  }
}

function cardContent(parts: CardParts, lang: Lang): string {
  const meta = [parts.kind, parts.dates].filter((text): text is string => Boolean(text)).map(escapeHtml);
  return [
    langSpan(parts.name, 'mention-card-name', lang),
    `<span class="mention-card-meta">${meta.join(' · ')}</span>`,
    parts.summary ? langSpan(parts.summary, 'mention-card-summary', lang) : '',
  ].join('');
}

const MENTION_LINK = /<a\b([^>]*\bclass="mention\b[^"]*"[^>]*)>([\s\S]*?)<\/a>/g;

/**
 * Puts a card after every mention link (`<a class="mention" data-kind data-id>`) that CSS shows on
 * hover and keyboard focus, so it works without JavaScript; the link names the card with
 * `aria-describedby`. A mention whose entity has no card stays a plain link.
 */
export function addMentionCards(html: string, site: SiteContent, lang: Lang): string {
  let count = 0;
  return html.replace(MENTION_LINK, (link, attributes: string, label: string) => {
    const kind = /\bdata-kind="([^"]+)"/.exec(attributes)?.[1];
    const id = /\bdata-id="([^"]+)"/.exec(attributes)?.[1];
    const parts = kind && id ? cardParts(site, kind, id, lang) : undefined;
    if (!parts) return link;
    count += 1;
    const cardId = `mention-card-${count}`;
    return (
      `<span class="mention-wrap"><a${attributes} aria-describedby="${cardId}">${label}</a>` +
      `<span class="mention-card" role="tooltip" id="${cardId}">${cardContent(parts, lang)}</span></span>`
    );
  });
}

/**
 * An actor's Markdown profile (the body of `actors/<id>.md`) rendered like an article body, with
 * links and cards in the page's language; undefined for actors without one. Not cached: each actor
 * page renders it once.
 */
export function renderActorProfile(site: SiteContent, actor: ActorEntry, lang: Lang): string | undefined {
  if (!actor.profile) return undefined;
  const { html } = renderMarkdown(actor.profile.body, { lang, linkFor: linkFor(site, lang) });
  return labelFootnoteBackrefs(addMentionCards(demoteHeadings(html), site, lang), lang);
}

/**
 * Moves a body's headings one level down (`h2` → `h3`, `h6` stays), for a body shown under a section
 * heading of its own: a profile's `## …` would otherwise stand beside the page's "Profile" heading,
 * not under it, leaving that section empty in the outline. The HTML is sanitised, so `<h` only opens
 * or closes an element.
 */
export function demoteHeadings(html: string): string {
  return html.replace(
    /<(\/?)h([1-6])\b/g,
    (_, slash: string, level: string) => `<${slash}h${Math.min(Number(level) + 1, 6)}`,
  );
}

const BACKREF = /aria-label="Back to content"( class="data-footnote-backref">↩(?:<sup>(\d+)<\/sup>)?<\/a>)/g;
const backrefLabel: Record<Lang, string> = { ar: 'العودة إلى موضع الإحالة', en: 'Back to reference' };

/**
 * Footnote back-links read "Back to content" in every language and hide the number of a second
 * reference (`↩²`) from their accessible name; this names them in the page's language with that
 * number, so what a screen reader says matches what is shown.
 */
export function labelFootnoteBackrefs(html: string, lang: Lang): string {
  return html.replace(
    BACKREF,
    (_, rest: string, number?: string) =>
      `aria-label="${backrefLabel[lang]}${number ? ` ${number}` : ''}"${rest}`,
  );
}
