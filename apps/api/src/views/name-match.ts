import { foldForSearch } from '@marsad/arabic';
import type { Alias, Localized } from '@marsad/schema';

/** An entry with names: an actor or a place. */
interface Named {
  id: string;
  name: Localized;
  aliases?: Alias[] | undefined;
}

/**
 * A predicate for entries whose id, name in any language or alias contains `query`, compared folded
 * (Arabic normalised, case and Latin diacritics folded), so `الحشد` finds `الحَشد` and `sudani` finds
 * `al-Sudānī`.
 */
export function nameFilter(query: string): (entry: Named) => boolean {
  const needle = foldForSearch(query);
  return (entry) =>
    entry.id.includes(needle) ||
    Object.values(entry.name).some((name) => foldForSearch(name).includes(needle)) ||
    (entry.aliases ?? []).some((alias) => foldForSearch(alias.value).includes(needle));
}
