import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import {
  type ActorEntry,
  type ArticleEntry,
  CONFIG_FILES,
  type ContentGraph,
  type Diagnostic,
  integrityRules,
  isPublic,
  type LoadedContent,
  loadContent,
  type PageKind,
} from '@marsad/content';
import { compareFuzzyDates, type Event, type Place, type SiteConfig } from '@marsad/schema';
import type { Lang } from './languages.js';

/** The config a content root without `marsad.config.*` is published with. */
export const FALLBACK_CONFIG: SiteConfig = {
  name: { ar: 'مرصد', en: 'Marsad' },
  languages: ['ar', 'en'],
  defaultLanguage: 'ar',
  baseUrl: 'http://127.0.0.1:4321',
};

/** The content has errors: the site is not built from it. `diagnostics` holds every error. */
export class ContentBuildError extends Error {
  readonly diagnostics: readonly Diagnostic[];
  constructor(contentRoot: string, diagnostics: readonly Diagnostic[]) {
    const shown = diagnostics
      .slice(0, 20)
      .map((d) => `  ${d.file}:${d.line}:${d.column} ${d.ruleId} ${d.message}`);
    const more =
      diagnostics.length > shown.length ? [`  … and ${diagnostics.length - shown.length} more`] : [];
    super(
      `The content in ${contentRoot} has ${diagnostics.length} error(s); run \`npx marsad validate\` for details.\n` +
        [...shown, ...more].join('\n'),
    );
    this.name = 'ContentBuildError';
    this.diagnostics = diagnostics;
  }
}

const byDateNewestFirst = (a: Event, b: Event) => compareFuzzyDates(b.date, a.date) || (a.id < b.id ? -1 : 1);

/**
 * The public view of the content that every page reads: actors, events, places and authors (all
 * public once merged) and only the articles that {@link isPublic} lets readers see at build time.
 * Drafts, articles in review and embargoed articles are invisible here: no method returns them,
 * and no inverse edge leads to them.
 */
export class SiteContent {
  /** The site config (`marsad.config.*`, or {@link FALLBACK_CONFIG}). */
  readonly config: SiteConfig;
  /** Absolute path of the content root that was read. */
  readonly contentRoot: string;
  /** The time publicity was decided at. */
  readonly now: Date;
  readonly #graph: ContentGraph;
  readonly #articles: ArticleEntry[];
  readonly #articleIds: ReadonlySet<string>;
  #events?: Event[];
  #aboutIndex?: Map<string, ArticleEntry[]>;

  constructor(loaded: Pick<LoadedContent, 'graph' | 'contentRoot' | 'config'>, now: Date) {
    this.config = loaded.config ?? FALLBACK_CONFIG;
    this.contentRoot = loaded.contentRoot;
    this.now = now;
    this.#graph = loaded.graph;
    this.#articles = loaded.graph.articles({ publicAt: now });
    this.#articleIds = new Set(this.#articles.map((article) => article.id));
  }

  /** Public articles, newest first; with `lang`, only those that have a version in it. */
  articles(lang?: Lang): ArticleEntry[] {
    return lang === undefined ? [...this.#articles] : this.#articles.filter((a) => a.versions[lang]);
  }

  /** A public article, or undefined (unknown, draft, in review or embargoed). */
  article(id: string): ArticleEntry | undefined {
    return this.#articleIds.has(id) ? this.#graph.article(id) : undefined;
  }

  actor(id: string): ActorEntry | undefined {
    return this.#graph.actor(id);
  }
  event(id: string): Event | undefined {
    return this.#graph.event(id);
  }
  place(id: string): Place | undefined {
    return this.#graph.place(id);
  }
  author(id: string): ReturnType<ContentGraph['author']> {
    return this.#graph.author(id);
  }

  /** Actors in id order. */
  actors(): ActorEntry[] {
    return this.#graph.all('actor');
  }
  /** Places in id order. */
  places(): Place[] {
    return this.#graph.all('place');
  }
  /** Events, newest first (sorted once). */
  events(): readonly Event[] {
    this.#events ??= this.#graph.all('event').sort(byDateNewestFirst);
    return this.#events;
  }

  /** Whether an entity of a page kind exists and may be shown. */
  has(kind: PageKind, id: string): boolean {
    return kind === 'article' ? this.#articleIds.has(id) : this.#graph.has(kind, id);
  }

  eventsOf(actorId: string): ReturnType<ContentGraph['eventsOf']> {
    return this.#graph.eventsOf(actorId);
  }
  membersOf(organizationId: string): ReturnType<ContentGraph['membersOf']> {
    return this.#graph.membersOf(organizationId);
  }
  relationsOf(actorId: string): ReturnType<ContentGraph['relationsOf']> {
    return this.#graph.relationsOf(actorId);
  }
  designationsBy(actorId: string): ReturnType<ContentGraph['designationsBy']> {
    return this.#graph.designationsBy(actorId);
  }
  responsesTo(eventId: string): Event[] {
    return this.#graph.responsesTo(eventId);
  }
  partsOf(eventId: string): Event[] {
    return this.#graph.partsOf(eventId);
  }
  placesWithin(placeId: string, options: { deep?: boolean } = {}): Place[] {
    return this.#graph.placesWithin(placeId, options);
  }
  /**
   * Events at a place or anywhere inside it, newest first: a pass over the events in their
   * build-wide order rather than a sort per page (a country holds most of the events).
   */
  eventsAt(placeId: string): Event[] {
    const places = new Set([placeId, ...this.#graph.placesWithin(placeId, { deep: true }).map((p) => p.id)]);
    return this.events().filter((event) => event.location !== undefined && places.has(event.location.place));
  }

  /**
   * The actors to feature: those the public articles name most (as subject or mention), then those
   * in the most events; ties in id order.
   */
  keyActors(limit: number): ActorEntry[] {
    const score = (actor: ActorEntry) =>
      this.articlesAbout('actor', actor.id).length * 1000 +
      this.#graph.referencesTo('actor', actor.id, 'participants').length;
    return this.actors()
      .map((actor) => ({ actor, score: score(actor) }))
      .sort((a, b) => b.score - a.score || (a.actor.id < b.actor.id ? -1 : 1))
      .slice(0, limit)
      .map(({ actor }) => actor);
  }

  /**
   * Public articles that name an actor, event or place as a subject (`about`, `regions`) or mention
   * it in a body, newest first. Indexed once over the public articles' references, so an entity
   * page costs a lookup.
   */
  articlesAbout(kind: 'actor' | 'event' | 'place', id: string): ArticleEntry[] {
    if (!this.#aboutIndex) {
      const index = new Map<string, ArticleEntry[]>();
      for (const article of this.#articles) {
        const targets = new Set(
          this.#graph.referencesFrom('article', article.id).map((ref) => `${ref.to.kind}:${ref.to.id}`),
        );
        for (const target of targets) {
          const list = index.get(target);
          if (list) list.push(article);
          else index.set(target, [article]);
        }
      }
      this.#aboutIndex = index;
    }
    return [...(this.#aboutIndex.get(`${kind}:${id}`) ?? [])];
  }
}

/**
 * The project root to read: the nearest folder from `start` upwards that holds a `marsad.config.*`,
 * or `start` itself when none does (the engine then looks for a content folder there).
 */
export function findProjectRoot(start: string): string {
  let dir = resolve(start);
  for (;;) {
    if (CONFIG_FILES.some((name) => existsSync(join(dir, name)))) return dir;
    const parent = dirname(dir);
    if (parent === dir) return resolve(start);
    dir = parent;
  }
}

/** Options of {@link loadSiteContent}. */
export interface SiteContentOptions {
  /** A project root or content root; default: `MARSAD_CONTENT`, else {@link findProjectRoot} from the working directory. */
  root?: string;
  /** When publicity is decided; default: now. */
  now?: Date;
}

/**
 * The integrity rules that can stop a build. Warnings never stop the site and it never shows them,
 * so the rules that only warn (unlinked mentions, script checks…) are left to `marsad validate`:
 * the site does not pay for scanning every body for them.
 */
export const ERROR_RULES = integrityRules.filter((rule) => rule.severity === 'error');

/**
 * Loads and validates the content once and returns its public view.
 *
 * @throws ContentBuildError when the content has errors (warnings do not stop the site)
 * @throws ContentRootError (from the engine) when the root is missing or unreadable
 */
export async function loadSiteContent(options: SiteContentOptions = {}): Promise<SiteContent> {
  const root = options.root ?? process.env.MARSAD_CONTENT ?? findProjectRoot(process.cwd());
  const loaded = await loadContent(root, { rules: ERROR_RULES });
  const errors = loaded.diagnostics.filter((diagnostic) => diagnostic.severity === 'error');
  if (errors.length > 0) throw new ContentBuildError(loaded.contentRoot, errors);
  return new SiteContent(loaded, options.now ?? new Date());
}

let site: Promise<SiteContent> | undefined;

/** The build's content, loaded on first use and shared by every page of the build. */
export function getSiteContent(): Promise<SiteContent> {
  site ??= loadSiteContent();
  return site;
}
