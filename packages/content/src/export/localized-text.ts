import type { Localized } from '@marsad/schema';

/**
 * One string of a localised text: the text in `lang`, else in the first language written (the fallback
 * every export and report uses, so a value is never lost for want of a translation); `''` when there is
 * no text. Without `lang`, the first language written.
 *
 * @example textIn({ ar: 'مرصد', en: 'Marsad' }, 'en') // 'Marsad'
 * @example textIn({ ar: 'مرصد' }, 'en')               // 'مرصد'
 */
export function textIn(text: Localized | undefined, lang: string | undefined): string {
  if (text === undefined) return '';
  return (lang === undefined ? undefined : text[lang]) ?? Object.values(text)[0] ?? '';
}
