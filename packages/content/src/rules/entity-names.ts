import type { Alias, AliasKind, Localized } from '@marsad/schema';

/** One name an entry is known by: its `name` in one language, or one of its aliases. */
export interface EntityName {
  value: string;
  lang: string;
  /** The alias kind (`kunya`, `abbreviation`…); absent for the `name` itself and for aliases without one. */
  aliasKind?: AliasKind;
}

/**
 * Every name of an actor, place or author: `name` in each of its languages, then the aliases in the order
 * written. The one list that mention detection and id suggestions read.
 */
export function namesOf(entry: { name: Localized; aliases?: readonly Alias[] }): EntityName[] {
  const names: EntityName[] = Object.entries(entry.name).map(([lang, value]) => ({ value, lang }));
  for (const alias of entry.aliases ?? []) {
    names.push({ value: alias.value, lang: alias.lang, ...(alias.kind && { aliasKind: alias.kind }) });
  }
  return names;
}

/** The primary language subtag of a BCP 47 tag, lower-cased: `ar-IQ` → `ar`, so regional tags meet. */
export function primaryLanguage(tag: string): string {
  const dash = tag.indexOf('-');
  return (dash === -1 ? tag : tag.slice(0, dash)).toLowerCase();
}
