import { arabicScriptRatio, isMostlyArabic } from '@marsad/arabic';
import { Actor, Article, ArticleTranslation, Author, Event, Place } from '@marsad/schema';
import type { ArticleVersion } from '../model/entities.js';
import { primaryLanguage } from './entity-names.js';
import { proseOf } from './prose-mask.js';
import type { Rule, RuleReport, RuleSite } from './rule.js';
import { taggedTexts } from './tagged-texts.js';

const LETTER = /\p{L}/u;

/**
 * Latin acronyms and designators inside Arabic text (PMF, ISIS, F-16): Arabic prose names them in
 * Latin letters, so they do not count against an `ar` text.
 */
const LATIN_ACRONYM = /\b[A-Z][A-Z0-9]*(?:-[A-Z0-9]+)*\b/g;

/** The checked languages by primary subtag: their name and whether they are written in Arabic script. */
const CHECKED: Readonly<Record<string, { name: string; arabic: boolean }>> = {
  ar: { name: 'Arabic', arabic: true },
  en: { name: 'English', arabic: false },
};

const percent = (ratio: number) => `${Math.round(ratio * 100)}%`;

/** Why a text is not in its language's script: the language's name and the measured share. */
export interface ScriptProblem {
  /** The language the text is keyed by: "Arabic", "English". */
  language: string;
  /** "only 12% of its letters are Arabic script". */
  reason: string;
}

/**
 * Why `text` is not in the script of `lang`, or `undefined` when it is, when it has no letters to
 * judge, or when `lang` is neither Arabic nor English.
 */
export function scriptProblem(lang: string, text: string): ScriptProblem | undefined {
  const language = CHECKED[primaryLanguage(lang)];
  if (language === undefined || !LETTER.test(text)) return undefined;
  if (!language.arabic) {
    if (!isMostlyArabic(text)) return undefined;
    return {
      language: language.name,
      reason: `${percent(arabicScriptRatio(text))} of its letters are Arabic script`,
    };
  }
  const withoutAcronyms = text.replace(LATIN_ACRONYM, ' ');
  const measured = LETTER.test(withoutAcronyms) ? withoutAcronyms : text;
  if (isMostlyArabic(measured)) return undefined;
  return {
    language: language.name,
    reason: `only ${percent(arabicScriptRatio(measured))} of its letters are Arabic script`,
  };
}

const quote = (text: string) => {
  const flat = text.replace(/\s+/g, ' ').trim();
  return `"${flat.length > 40 ? `${flat.slice(0, 39)}…` : flat}"`;
};

/** The report for a language-tagged text in the wrong script, if it is one. */
function taggedReport(
  at: RuleSite,
  path: (string | number)[],
  lang: string,
  text: string,
): RuleReport | undefined {
  const problem = scriptProblem(lang, text);
  return (
    problem && {
      at,
      path,
      message: `the \`${lang}\` text ${quote(text)} is not in ${problem.language}: ${problem.reason}; write it in ${problem.language}, or key it by the language it is written in`,
    }
  );
}

/** The reports for one language version of an article: its localized fields, title, summary and body. */
function* versionReports(id: string, version: ArticleVersion): Generator<RuleReport> {
  const at: RuleSite = { kind: 'article', id, lang: version.lang };
  const { frontmatter, lang } = version;
  const schema = 'original' in frontmatter ? ArticleTranslation : Article;
  for (const found of taggedTexts(schema, frontmatter)) {
    const report = taggedReport(at, found.path, found.lang, found.text);
    if (report) yield report;
  }
  const fix = (language: string) =>
    `write this version in ${language}, or name the file after the language it is written in`;
  for (const field of ['title', 'summary'] as const) {
    const problem = scriptProblem(lang, frontmatter[field]);
    if (problem)
      yield {
        at,
        path: [field],
        message: `the ${field} of the \`${lang}\` version is not in ${problem.language}: ${problem.reason}; ${fix(problem.language)}`,
      };
  }
  const prose = proseOf(version.body);
  const problem = scriptProblem(lang, prose);
  if (problem)
    yield {
      at,
      path: ['body', lang],
      bodyRange: firstProseLine(prose),
      message: `the body of the \`${lang}\` version is not in ${problem.language}: ${problem.reason} (code, links and footnotes aside); ${fix(problem.language)}`,
    };
}

/** From the first letter of a body's prose to the end of its line: where a body finding is shown. */
function firstProseLine(prose: string): { start: number; end: number } {
  const start = Math.max(0, prose.search(LETTER));
  const lineBreak = prose.slice(start).search(/[\r\n]/);
  return { start, end: lineBreak === -1 ? prose.length : start + lineBreak };
}

const SCHEMAS = { actor: Actor, event: Event, place: Place, author: Author } as const;

/**
 * `lang/script`: a text keyed `ar` that is not mostly Arabic script, or keyed `en` that is. Checks every
 * language-tagged text of every entry (each language of a `Localized` value, found through the zod
 * schemas, and each alias by its `lang`), and the title, summary and body prose of each article version
 * against the version's language. Digits and Latin acronyms inside Arabic text do not count; texts
 * without letters are not judged; other languages are not checked. Actor profiles declare no language
 * and are not checked.
 */
export const langScript: Rule = {
  id: 'lang/script',
  severity: 'warning',
  description: 'An `ar` text is not mostly Arabic script, or an `en` text is.',
  check({ subjects, report }) {
    for (const kind of ['actor', 'event', 'place', 'author'] as const) {
      for (const value of subjects(kind)) {
        const at = { kind, id: value.id };
        for (const found of taggedTexts(SCHEMAS[kind], value)) {
          const reported = taggedReport(at, found.path, found.lang, found.text);
          if (reported) report(reported);
        }
      }
    }
    for (const article of subjects('article')) {
      for (const version of Object.values(article.versions)) {
        for (const reported of versionReports(article.id, version)) report(reported);
      }
    }
  },
};
