import { expecting } from '../messages.js';
import { provenBy } from '../valid-fast-path.js';
import { z } from '../zod.js';

// RFC 5646 "langtag" production (language, extlang, script, region, variants, extensions,
// private use) plus a bare private-use tag; grandfathered tags are not accepted on purpose.
const LANGUAGE = '(?:[A-Za-z]{2,3}(?:-[A-Za-z]{3}){0,3}|[A-Za-z]{4,8})';
const SCRIPT = '(?:-[A-Za-z]{4})?';
const REGION = '(?:-(?:[A-Za-z]{2}|[0-9]{3}))?';
const VARIANTS = '(?:-(?:[A-Za-z0-9]{5,8}|[0-9][A-Za-z0-9]{3}))*';
const EXTENSIONS = '(?:-[0-9A-WY-Za-wy-z](?:-[A-Za-z0-9]{2,8})+)*';
const PRIVATE_USE = '(?:-[xX](?:-[A-Za-z0-9]{1,8})+)?';

/** Source of the BCP 47 syntax pattern, shared with JSON Schema. */
export const LANG_TAG_PATTERN = `^(?:${LANGUAGE}${SCRIPT}${REGION}${VARIANTS}${EXTENSIONS}${PRIVATE_USE}|[xX](?:-[A-Za-z0-9]{1,8})+)$`;
const langTagRegex = new RegExp(LANG_TAG_PATTERN);
const langWords = 'a BCP 47 language tag like "ar", "en", "ckb" or "ar-IQ"';

/** Whether `text` is a syntactically valid BCP 47 language tag. */
export function isLangTag(text: string): boolean {
  return langTagRegex.test(text);
}

const isLowercaseLetter = (code: number) => code >= 97 && code <= 122;

/** `ar`, `en`, `fa`: two lowercase letters, the tags most texts carry, are valid without the pattern. */
const isTwoLetterLanguage = (tag: string) =>
  tag.length === 2 && isLowercaseLetter(tag.charCodeAt(0)) && isLowercaseLetter(tag.charCodeAt(1));

/** A BCP 47 language tag (`ar`, `en`, `ku`, `ckb`, `fa`, `tr`, `ar-IQ`). */
export const LangTag = provenBy(
  z.string({ error: expecting(langWords) }).regex(langTagRegex, { error: expecting(langWords) }),
  isTwoLetterLanguage,
).meta({
  id: 'LangTag',
  title: 'Language tag',
  description: 'A BCP 47 language tag, checked against the IANA registry syntax (RFC 5646).',
  examples: ['ar', 'en', 'ckb', 'ar-IQ'],
});
export type LangTag = z.infer<typeof LangTag>;
