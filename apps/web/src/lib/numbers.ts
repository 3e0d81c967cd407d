import type { Lang } from './languages.js';

// Western digits in Arabic too, as in the dates (see dates.ts).
const formats: Record<Lang, Intl.NumberFormat> = {
  ar: new Intl.NumberFormat('ar-u-nu-latn'),
  en: new Intl.NumberFormat('en-GB'),
};

/** A count for a reader: grouped thousands in the page's language (`1,250`; Arabic `1,250` with its own separator). */
export function formatCount(value: number, lang: Lang): string {
  return formats[lang].format(value);
}
