import { searchTerms, tokenize } from '@marsad/arabic';

/**
 * {@link searchTerms} of a text joined by spaces, as the index stores it, remembering each word's terms.
 * A corpus uses the same words over and over, and folding and stemming each occurrence anew was most of
 * the time spent indexing it. One instance serves one index build.
 */
export function createIndexTerms(): (text: string) => string {
  const known = new Map<string, string>();
  return (text) => {
    const terms: string[] = [];
    for (const { text: word } of tokenize(text)) {
      let stemmed = known.get(word);
      if (stemmed === undefined) {
        stemmed = searchTerms(word).join(' ');
        known.set(word, stemmed);
      }
      if (stemmed !== '') terms.push(stemmed);
    }
    return terms.join(' ');
  };
}
