import { foldForSearch } from '@marsad/arabic';
import { namesOf } from '@marsad/content';

/** An entry with names: an actor or a place. */
type Named = Parameters<typeof namesOf>[0] & { id: string };

/**
 * A predicate for entries whose id, name in any language or alias contains `query`, compared folded
 * (Arabic normalised, case and Latin diacritics folded), so `الحشد` finds `الحَشد` and `sudani` finds
 * `al-Sudānī`.
 */
export function nameFilter(query: string): (entry: Named) => boolean {
  const needle = foldForSearch(query);
  return (entry) =>
    entry.id.includes(needle) || namesOf(entry).some((name) => foldForSearch(name.value).includes(needle));
}
