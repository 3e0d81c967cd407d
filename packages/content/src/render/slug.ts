import { normalizeArabic } from '@marsad/arabic';

/**
 * A URL fragment for a heading that keeps Arabic letters readable in the address bar
 * (`#الموقف-الأمريكي` rather than `#section-2`): harakat and tatweel are dropped so that the same
 * heading typed with or without them links to the same anchor; punctuation goes, spaces become hyphens.
 */
export function slugify(text: string): string {
  return normalizeArabic(text)
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s-]/gu, '')
    .trim()
    .replace(/[\s-]+/g, '-');
}

/** Hands out unique slugs within one document: the second "Background" becomes `background-1`. */
export function createSlugger(): (text: string) => string {
  const seen = new Map<string, number>();
  return (text) => {
    const base = slugify(text) || 'section';
    const count = seen.get(base) ?? 0;
    seen.set(base, count + 1);
    return count === 0 ? base : `${base}-${count}`;
  };
}
