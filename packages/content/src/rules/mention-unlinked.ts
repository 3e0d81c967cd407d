import {
  type AliasMatcher,
  arabicScriptRatio,
  createAliasMatcher,
  foldForSearch,
  tokenize,
} from '@marsad/arabic';
import type { ContentGraph } from '../graph/content-graph.js';
import type { Mention } from '../parse/markdown.js';
import { type EntityName, namesOf, primaryLanguage } from './entity-names.js';
import { proseOf } from './prose-mask.js';
import type { Rule, RuleReport } from './rule.js';

/** The kinds of entries whose names the rule looks for. */
type NamedKind = 'actor' | 'place';

/** A spelling the rule looks for, and the entry it stands for. */
export interface KnownName {
  spelling: string;
  /** `undefined` when several entries share the name: the text could mean any of them. */
  target: { kind: NamedKind; id: string } | undefined;
  /** For acronyms: the text must be written exactly so, capitals included (`PMF`, not `pmf`). */
  exact?: string;
}

/** One language's names, with the matcher built over them once per run. */
interface Scanner {
  readonly matcher: AliasMatcher;
  names: KnownName[];
}

/** A name in a body that its entry's directive never links. */
interface Unlinked {
  kind: NamedKind;
  id: string;
  start: number;
  end: number;
  /** The name as written, whitespace collapsed: the label of the directive to write. */
  label: string;
}

// One or two letters (KH, US) are initials that stand for many things.
const MIN_LETTERS = 3;
const ENOUGH_LETTERS = new RegExp(String.raw`\p{L}(?:\P{L}*\p{L}){${MIN_LETTERS - 1}}`, 'u');
const LATIN = /\p{Script=Latin}/u;
const ACRONYM = /^[\p{Lu}\d]+(?:-[\p{Lu}\d]+)*$/u;
// English prose drops the article as often as it writes it: al-Sudani, Sudani.
const LATIN_ARTICLE = /^[ae]l(?:-|\s+)(?=\p{L})/iu;

/**
 * The spellings of a name worth looking for; none when the name would match ordinary words. A one-word
 * laqab or abbreviation is a common word too often (المهندس "the engineer", الحشد "the crowd"), so it is
 * used only when it is a Latin acronym, and then only as written (`PMF`, `IRGC-QF`). A Latin name that
 * starts with the article is also looked for without it.
 */
function spellingsOf(name: EntityName): { spelling: string; exact?: string }[] {
  const value = name.value.trim();
  if (!ENOUGH_LETTERS.test(value)) return [];
  if ((name.aliasKind === 'abbreviation' || name.aliasKind === 'laqab') && tokenize(value).length === 1) {
    const acronym = name.aliasKind === 'abbreviation' && LATIN.test(value) && ACRONYM.test(value);
    return acronym ? [{ spelling: value, exact: value }] : [];
  }
  const bare = value.replace(LATIN_ARTICLE, '');
  const withoutArticle = bare !== value && LATIN.test(value) && ENOUGH_LETTERS.test(bare);
  return withoutArticle ? [{ spelling: value }, { spelling: bare }] : [{ spelling: value }];
}

/** What the alias matcher compares: the folded words of a spelling. */
const identityOf = (spelling: string) =>
  tokenize(spelling)
    .map((token) => foldForSearch(token.text))
    .join(' ');

/** {@link knownNames} of every language some name is written in, by primary subtag. */
function namesByLanguage(graph: ContentGraph): Record<string, KnownName[]> {
  const languages = new Set<string>();
  for (const kind of ['actor', 'place'] as const)
    for (const entry of graph.all(kind))
      for (const name of namesOf(entry)) languages.add(primaryLanguage(name.lang));
  return Object.fromEntries([...languages].sort().map((lang) => [lang, knownNames(graph, lang)]));
}

/**
 * The names of actors and places in one language (a primary subtag), each spelling once, shared names
 * marked ambiguous: what this rule looks for, and what `marsad import` links, so that an imported draft
 * leaves nothing for the rule to report.
 */
export function knownNames(graph: ContentGraph, lang: string): KnownName[] {
  const byIdentity = new Map<string, KnownName>();
  for (const kind of ['actor', 'place'] as const) {
    for (const entry of graph.all(kind)) {
      for (const name of namesOf(entry)) {
        if (primaryLanguage(name.lang) !== lang) continue;
        for (const { spelling, exact } of spellingsOf(name)) {
          const identity = identityOf(spelling);
          const known = byIdentity.get(identity);
          if (!known) {
            byIdentity.set(identity, { spelling, target: { kind, id: entry.id }, ...(exact && { exact }) });
          } else if (known.target?.kind !== kind || known.target.id !== entry.id) {
            known.target = undefined;
          } else if (exact === undefined) {
            delete known.exact;
          }
        }
      }
    }
  }
  return [...byIdentity.values()];
}

/** Every unlinked entry a body names, once each, at its first occurrence; `prose` is `proseOf(body)`. */
function unlinkedIn(
  body: string,
  prose: string,
  mentions: readonly Mention[],
  scanner: Scanner,
  subject?: { kind: NamedKind; id: string },
): Unlinked[] {
  // Built at the first name worth reporting: most names found are shared by several entries.
  let skip: Set<string> | undefined;
  const found: Unlinked[] = [];
  for (const { start, end, value } of scanner.matcher.findAll(prose)) {
    const known = scanner.names[Number(value)];
    if (!known?.target) continue;
    const written = body.slice(start, end);
    if (known.exact !== undefined && written !== known.exact) continue;
    skip ??= new Set([...mentions, ...(subject ? [subject] : [])].map(({ kind, id }) => `${kind}:${id}`));
    const key = `${known.target.kind}:${known.target.id}`;
    if (skip.has(key)) continue;
    skip.add(key);
    found.push({ ...known.target, start, end, label: written.replace(/\s+/g, ' ') });
  }
  return found;
}

function reportOf(unlinked: Unlinked, where: 'article' | 'profile'): Omit<RuleReport, 'at' | 'path'> {
  const directive = `:${unlinked.kind}[${unlinked.label}]{#${unlinked.id}}`;
  return {
    bodyRange: { start: unlinked.start, end: unlinked.end },
    message: `"${unlinked.label}" names ${unlinked.kind} ${unlinked.id}, which this ${where} never links: write ${directive} at its first mention`,
    suggestions: [directive],
  };
}

/**
 * `mention/unlinked`: a body names a known actor or place without ever linking it with a directive.
 *
 * What counts as naming: the entry's `name` in the body's language or one of its aliases in that
 * language, compared after Arabic normalisation (harakat, tatweel, hamza forms) with an attached
 * conjunction or preposition allowed (`والسوداني`), as `createAliasMatcher` of `@marsad/arabic` does.
 * Only prose counts, headings included; code, directive labels (already links, even to another entry),
 * links, footnotes and URLs do not (see `proseOf`). One-word laqabs and abbreviations, names of fewer than
 * three letters and names shared by several entries are not looked for: they would flag ordinary words.
 *
 * An article version is checked against its own language; an actor profile, which declares none, against
 * `ar` when it is mostly Arabic script and `en` otherwise, and never against its own actor. One warning per
 * body and entry, at the first unlinked occurrence, with the directive to write there.
 */
export const mentionUnlinked: Rule = {
  id: 'mention/unlinked',
  severity: 'warning',
  description:
    'A body names a known actor or place (by name or alias, Arabic-normalised) but never links it with :actor[…]{#id} or :place[…]{#id}.',
  // Every body's reports read the names of its language: kept between runs, computed when names may change.
  shared: { kinds: ['actor', 'place'], compute: namesByLanguage },
  check({ subjects, shared, report }) {
    const names = shared as Record<string, KnownName[]>;
    const scanners = new Map<string, Scanner>();
    const scannerFor = (lang: string): Scanner => {
      const key = primaryLanguage(lang);
      let scanner = scanners.get(key);
      if (!scanner) {
        const known = Object.hasOwn(names, key) ? names[key]! : [];
        const matcher = createAliasMatcher(
          known.map((name, index) => ({ key: name.spelling, value: `${index}` })),
        );
        scanner = { names: known, matcher };
        scanners.set(key, scanner);
      }
      return scanner;
    };

    for (const article of subjects('article')) {
      for (const [lang, version] of Object.entries(article.versions)) {
        const at = { kind: 'article' as const, id: article.id, lang };
        const { body, mentions } = version;
        for (const unlinked of unlinkedIn(body, proseOf(body), mentions, scannerFor(lang)))
          report({ at, path: ['body', lang], ...reportOf(unlinked, 'article') });
      }
    }
    for (const actor of subjects('actor')) {
      if (!actor.profile) continue;
      const self = { kind: 'actor' as const, id: actor.id };
      const { body, mentions } = actor.profile;
      const prose = proseOf(body);
      // A profile declares no language: it is read from its prose.
      const lang = arabicScriptRatio(prose) >= 0.5 ? 'ar' : 'en';
      for (const unlinked of unlinkedIn(body, prose, mentions, scannerFor(lang), self))
        report({ at: self, path: ['body'], ...reportOf(unlinked, 'profile') });
    }
  },
};
