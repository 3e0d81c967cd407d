/** The languages the site is written in: Arabic first (at `/`), English under `/en/`. */
export const LANGUAGES = ['ar', 'en'] as const;

/** A language of the site. */
export type Lang = (typeof LANGUAGES)[number];

/** The language served at the site root. */
export const DEFAULT_LANGUAGE: Lang = 'ar';

/** Writing direction of a language tag: right-to-left for Arabic-script languages. */
export function directionOf(lang: string): 'rtl' | 'ltr' {
  return /^(ar|fa|ur|ckb|ps|he|yi|dv|ug|sd)(-|$)/i.test(lang) ? 'rtl' : 'ltr';
}

/** The other site language, for the language switch. */
export function otherLanguage(lang: Lang): Lang {
  return lang === 'ar' ? 'en' : 'ar';
}

/**
 * The text of a localised value in `lang`, falling back to the default language and then to any
 * language, with the language it is really in (so markup can set `lang` and `dir` on it).
 */
export function pickLocalized(
  value: Readonly<Record<string, string>> | undefined,
  lang: Lang,
): { text: string; lang: string } | undefined {
  if (!value) return undefined;
  for (const candidate of [lang, DEFAULT_LANGUAGE, ...Object.keys(value)]) {
    const text = value[candidate];
    if (text !== undefined) return { text, lang: candidate };
  }
  return undefined;
}
