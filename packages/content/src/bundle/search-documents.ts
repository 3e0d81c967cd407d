import type { Alias, Localized } from '@marsad/schema';
import { textIn } from '../export/localized-text.js';
import type { EntityLists } from './public-content.js';

/** The kinds of entries search finds. Authors are left out: they are found through their articles. */
export type SearchKind = 'article' | 'actor' | 'event' | 'place';

/** One entry in one language, as search indexes it and shows it. */
export interface SearchDocument {
  kind: SearchKind;
  id: string;
  lang: string;
  /** The result's title, as written. */
  title: string;
  /** Names and aliases: indexed as written (folded, never stemmed) and weighted highest. */
  names: string[];
  /** Plain text shown in snippets and indexed stemmed: a summary, or an entry's other names. */
  text: string;
  /** An article version's Markdown body, indexed as plain text after {@link SearchDocument.text}. */
  body?: string;
}

type Named = { name: Localized; aliases?: Alias[] | undefined };

/** The languages an entry has text in, sorted so the documents come out in one order. */
function languagesOf(...texts: (Localized | undefined)[]): Set<string> {
  return new Set(texts.flatMap((text) => (text ? Object.keys(text) : [])));
}

/** One document per language of a named entry: its name and that language's aliases. */
function namedDocuments(
  kind: 'actor' | 'place',
  entry: Named & { id: string },
  summary: Localized | undefined,
): SearchDocument[] {
  const languages = languagesOf(entry.name, summary);
  for (const alias of entry.aliases ?? []) languages.add(alias.lang);
  return [...languages].sort().map((lang) => {
    const aliases = (entry.aliases ?? []).filter((alias) => alias.lang === lang).map((alias) => alias.value);
    const name = entry.name[lang];
    return {
      kind,
      id: entry.id,
      lang,
      title: textIn(entry.name, lang),
      names: name === undefined ? aliases : [name, ...aliases],
      text: summary?.[lang] ?? aliases.join(' · '),
    };
  });
}

/**
 * The search documents of public content, in a fixed order (kind, id, language): every article
 * version (title, summary, body), and per language every actor (names, aliases, summary), event
 * (title, summary) and place (names, aliases).
 */
export function* searchDocuments(entities: EntityLists): Generator<SearchDocument> {
  for (const article of entities.article) {
    for (const lang of Object.keys(article.versions).sort()) {
      const version = article.versions[lang]!;
      yield {
        kind: 'article',
        id: article.id,
        lang,
        title: version.frontmatter.title,
        names: [],
        text: version.frontmatter.summary,
        body: version.body,
      };
    }
  }
  for (const actor of entities.actor) yield* namedDocuments('actor', actor, actor.summary);
  for (const event of entities.event) {
    for (const lang of [...languagesOf(event.title, event.summary)].sort()) {
      yield {
        kind: 'event',
        id: event.id,
        lang,
        title: textIn(event.title, lang),
        names: [],
        text: event.summary?.[lang] ?? '',
      };
    }
  }
  for (const place of entities.place) yield* namedDocuments('place', place, undefined);
}
