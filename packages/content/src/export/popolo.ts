import { type Alias, type ExternalIds, parseFuzzyDate } from '@marsad/schema';
import type { ContentGraph } from '../graph/content-graph.js';
import type { ActorEntry } from '../model/entities.js';
import { textIn } from './localized-text.js';

/** A Popolo `other_names` entry: another name, what kind of name it is, and when it was used. */
export interface PopoloOtherName {
  name: string;
  note?: string;
  start_date?: string;
  end_date?: string;
}

/** A Popolo identifier in another scheme (`wikidata`, `acled`, `ucdp`, `viaf`). */
export interface PopoloIdentifier {
  identifier: string;
  scheme: string;
}

interface PopoloAgent {
  id: string;
  name: string;
  other_names?: PopoloOtherName[];
  identifiers?: PopoloIdentifier[];
  links?: { url: string; note: string }[];
}

/** A Popolo Person (http://www.popoloproject.com/specs/person.html). */
export interface PopoloPerson extends PopoloAgent {
  summary?: string;
  birth_date?: string;
  death_date?: string;
}

/** A Popolo Organization: every actor that is not a person, its kind as `classification`. */
export interface PopoloOrganization extends PopoloAgent {
  classification: string;
  parent_id?: string;
  founding_date?: string;
  dissolution_date?: string;
}

/**
 * A Popolo Membership in an organization: of a person (`person_id`), or of an organization (`member`,
 * as the Popolo spec writes a member that is not a person).
 */
export interface PopoloMembership {
  id: string;
  person_id?: string;
  member?: { '@type': 'Organization'; id: string };
  organization_id: string;
  role?: string;
  start_date?: string;
  end_date?: string;
}

/** Actors and memberships as one Popolo document. */
export interface PopoloDocument {
  persons: PopoloPerson[];
  organizations: PopoloOrganization[];
  memberships: PopoloMembership[];
}

/**
 * An EDTF date as Popolo's ISO 8601 date (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`): as precise as written,
 * without `~`/`?` qualifiers or a time; of an interval, the start's written start or the end's
 * written end, so the Popolo period covers the EDTF one. `undefined` for an open or unknown end.
 */
export function popoloDate(date: string | undefined, end: 'start' | 'end'): string | undefined {
  if (date === undefined || !parseFuzzyDate(date).ok) return undefined;
  const [first, last = first] = date.split('/');
  const written = (end === 'start' ? first : last)?.replace(/[~?%]/g, '').slice(0, 10);
  return written && written !== '..' ? written : undefined;
}

/** Drops keys whose value is undefined or an empty list: Popolo leaves unknown fields out. */
function compact<T extends object>(value: T): T {
  return Object.fromEntries(
    Object.entries(value).filter(([, v]) => v !== undefined && !(Array.isArray(v) && v.length === 0)),
  ) as T;
}

const ALIAS_NOTES: Record<NonNullable<Alias['kind']>, string> = {
  kunya: 'kunya',
  laqab: 'laqab',
  nisba: 'nisba',
  'nom-de-guerre': 'nom de guerre',
  'birth-name': 'birth name',
  'former-name': 'former name',
  abbreviation: 'abbreviation',
  transliteration: 'transliteration',
  official: 'official name',
};

/** The names in other languages (noted with their language), then the aliases (noted with their kind). */
function otherNames(actor: ActorEntry, lang: string): PopoloOtherName[] {
  const primary = textIn(actor.name, lang);
  const translated = Object.entries(actor.name)
    .filter(([, name]) => name !== primary)
    .map(([nameLang, name]) => ({ name, note: `name (${nameLang})` }));
  const aliases = (actor.aliases ?? []).map((alias) =>
    compact({
      name: alias.value,
      note: `${alias.kind ? ALIAS_NOTES[alias.kind] : 'alias'} (${alias.lang})`,
      start_date: popoloDate(alias.from, 'start'),
      end_date: popoloDate(alias.to, 'end'),
    }),
  );
  return [...translated, ...aliases];
}

/** The external ids as Popolo identifiers; the website is a link, not an identifier. */
function identifiers(ids: ExternalIds | undefined): PopoloIdentifier[] {
  return Object.entries(ids ?? {})
    .filter(([scheme]) => scheme !== 'website')
    .map(([scheme, identifier]) => ({ scheme, identifier: String(identifier) }));
}

function agent(actor: ActorEntry, lang: string): PopoloAgent {
  return {
    id: actor.id,
    name: textIn(actor.name, lang),
    other_names: otherNames(actor, lang),
    identifiers: identifiers(actor.ids),
    ...(actor.ids?.website && { links: [{ url: actor.ids.website, note: 'website' }] }),
  };
}

function memberships(actor: ActorEntry, lang: string): PopoloMembership[] {
  const member =
    actor.kind === 'person'
      ? { person_id: actor.id }
      : { member: { '@type': 'Organization' as const, id: actor.id } };
  return (actor.memberships ?? []).map((membership, index) =>
    compact({
      id: `${actor.id}/${index + 1}`,
      ...member,
      organization_id: membership.organization,
      role: textIn(membership.role, lang) || undefined,
      start_date: popoloDate(membership.from, 'start'),
      end_date: popoloDate(membership.to, 'end'),
    }),
  );
}

/**
 * Actors as a Popolo document (http://www.popoloproject.com/specs/): persons, organizations (every
 * other kind, classified by it, with the `part-of` relation as `parent_id`) and every actor's
 * memberships; names in `lang`, the other languages and aliases as `other_names`.
 */
export function toPopolo(graph: Pick<ContentGraph, 'all'>, lang: string): PopoloDocument {
  const document: PopoloDocument = { persons: [], organizations: [], memberships: [] };
  for (const actor of graph.all('actor')) {
    if (actor.kind === 'person') {
      document.persons.push(
        compact({
          ...agent(actor, lang),
          summary: textIn(actor.summary, lang) || undefined,
          birth_date: popoloDate(actor.born, 'start'),
          death_date: popoloDate(actor.died, 'end'),
        }),
      );
    } else {
      document.organizations.push(
        compact({
          ...agent(actor, lang),
          classification: actor.kind,
          parent_id: actor.relations?.find((relation) => relation.type === 'part-of')?.target,
          founding_date: popoloDate(actor.founded, 'start'),
          dissolution_date: popoloDate(actor.dissolved, 'end'),
        }),
      );
    }
    document.memberships.push(...memberships(actor, lang));
  }
  return document;
}
