import { KeyIndex } from './key-index.js';
import { SearchKey } from './search-key.js';
import { searchTerms } from './search-terms.js';
import { scanWordKeys } from './word-keys.js';

/** The key held in `key` as a string (by chunks: a spread of a long word could overflow the stack). */
function keyText(key: SearchKey): string {
  let text = '';
  for (let from = 0; from < key.length; from += 4096) {
    text += String.fromCharCode(...key.codes.subarray(from, Math.min(key.length, from + 4096)));
  }
  return text;
}

/**
 * {@link searchTerms} of a text joined by spaces, as a full-text index stores it. One instance serves one
 * index build: a corpus uses the same words over and over, so each distinct word's terms are kept, looked
 * up by the word's folded key as the scan builds it (no string per word). A word's terms depend on its
 * folded form only, which is why the key can stand for the word.
 *
 * @example
 * const indexTerms = createIndexTerms();
 * indexTerms('القوات الأمريكية'); // 'قو امريك'
 */
export function createIndexTerms(): (text: string) => string {
  const known = new KeyIndex<string>();
  const key = new SearchKey();
  return (text) => {
    const out: string[] = [];
    scanWordKeys(text, key, (start, end) => {
      let terms = known.find(key.hash, key, 0);
      if (terms === undefined) {
        const word = text.slice(start, end);
        terms = searchTerms(word).join(' ');
        known.add(keyText(key), terms);
      }
      if (terms !== '') out.push(terms);
    });
    return out.join(' ');
  };
}
