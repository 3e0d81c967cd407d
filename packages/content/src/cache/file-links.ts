import type { EntityKind, EntityValue } from '../model/entities.js';
import { referencesOf } from '../model/references.js';
import type { CheckedFile } from '../source/check-file.js';
import { type CheckedSource, kindOf, originKey } from '../validate/validate-entries.js';
import type { Link } from './validation-state.js';

/** The `originKey`s of the entries a checked file yields, failed ones included, each once. */
export function keysOf(checked: CheckedFile): string[] {
  const keys = new Set<string>();
  for (const entry of checked.entries) keys.add(originKey(kindOf[entry.collection], entry.id));
  for (const failed of checked.failed) keys.add(originKey(kindOf[failed.collection], failed.id));
  return [...keys];
}

/**
 * An entry as the graph would hold it, as far as its references go: an actor with its profile's mentions,
 * an article version as an article of one version (a translation's frontmatter has no shared fields, so its
 * references are its mentions; the original's bring the metadata's).
 */
function linkable(kind: EntityKind, entry: CheckedSource): EntityValue[EntityKind] {
  const mentions = entry.markdown?.mentions ?? [];
  if (kind === 'actor') return { ...(entry.value as object), profile: { mentions } } as EntityValue['actor'];
  if (kind !== 'article') return entry.value as EntityValue[EntityKind];
  const lang = entry.lang ?? '';
  return { id: entry.id, lang, meta: entry.value, versions: { [lang]: { mentions } } } as never;
}

/**
 * The references a checked file's valid entries make, each target and field once per entry: what the
 * graph's inverse edges hold for the entries once assembled (an article's versions together make what
 * its files make apart).
 */
export function linksOf(checked: CheckedFile): Link[] {
  const links = new Map<string, Link>();
  for (const entry of checked.entries) {
    if (entry.value === undefined) continue;
    const kind = kindOf[entry.collection];
    const from = originKey(kind, entry.id);
    for (const { to, field } of referencesOf(kind, linkable(kind, entry) as never)) {
      const link = { from, to: originKey(to.kind, to.id), field };
      links.set(`${link.from} ${link.to} ${field}`, link);
    }
  }
  return [...links.values()];
}
