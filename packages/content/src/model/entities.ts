import type { Actor, Article, ArticleTranslation, Author, Event, Place } from '@marsad/schema';
import type { Heading, Mention } from '../parse/markdown.js';

/** The kinds of entries a reference can point at (an article's body may mention all four). */
export type EntityKind = 'actor' | 'event' | 'place' | 'author' | 'article';

/** The collection folder of each entity kind. */
export const collectionOf = {
  actor: 'actors',
  event: 'events',
  place: 'places',
  author: 'authors',
  article: 'articles',
} as const satisfies Record<EntityKind, string>;

/** One language version of an article: its own text and the mentions in its body. */
export interface ArticleVersion {
  lang: string;
  /** The original's frontmatter (shared metadata) or a translation's own fields. */
  frontmatter: Article | ArticleTranslation;
  /** Markdown body as written. */
  body: string;
  mentions: Mention[];
  headings: Heading[];
  /** Path relative to the content root. */
  file: string;
}

/**
 * An article: the original's shared metadata plus every language version. `lang` is the original's
 * language; translations are the other keys of `versions`.
 */
export interface ArticleEntry {
  id: string;
  lang: string;
  meta: Article;
  versions: Readonly<Record<string, ArticleVersion>>;
}

/** An actor with, for `.md` actor files, the Markdown profile. */
export interface ActorEntry extends Actor {
  /** Markdown profile (body of an `actors/<id>.md` file). */
  profile?: { body: string; mentions: Mention[]; headings: Heading[] };
}

/** The validated value of each entity kind. */
export interface EntityValue {
  actor: ActorEntry;
  event: Event;
  place: Place;
  author: Author;
  article: ArticleEntry;
}

/** A reference from one entry to another, found at `path` inside the referring entry. */
export interface Reference {
  from: { kind: EntityKind; id: string };
  to: { kind: EntityKind; id: string };
  /** Path inside the referring entry's data (for articles: `['body', lang, mentionIndex]` for mentions). */
  path: (string | number)[];
  /** The field the reference comes from, e.g. `participants`, `memberships`, `mention`. */
  field: string;
}
