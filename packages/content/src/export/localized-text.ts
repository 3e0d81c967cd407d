import type { Localized } from '@marsad/schema';

/** The text in `lang`, else in the first language written; `''` when there is none. */
export function textIn(text: Localized | undefined, lang: string): string {
  if (text === undefined) return '';
  return text[lang] ?? Object.values(text)[0] ?? '';
}
