import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The sample articles whose vocabulary and word order the corpus prose is made from. */
export const SAMPLE_ARTICLES = fileURLToPath(new URL('../../content/articles/', import.meta.url));

/**
 * Prose stripped of Markdown: mentions keep their label, footnotes, headings markers, emphasis and
 * colons (which could open a directive) go, so generated text never carries stray syntax.
 * @param {string} markdown
 */
function plainProse(markdown) {
  const body = markdown.replace(/^---\n[\s\S]*?\n---\n/, '');
  return body
    .split('\n')
    .filter((line) => !/^\s*(?:#|\[\^|\||>|```)/.test(line))
    .join(' ')
    .replace(/:[a-z]+\[([^\]]*)\]\{[^}]*\}/g, '$1')
    .replace(/\[\^[^\]]*\]/g, '')
    .replace(/[*_[\]{}#:`|<>\\"«»()]/g, ' ');
}

/**
 * A bigram chain over the words of the sample articles in one language: each word maps to the words
 * that followed it, repeated as often as they did, so drawing from it keeps the sample's frequencies.
 */
export class TextBank {
  /**
   * @param {string} lang `ar` or `en`: the sample files `*.<lang>.md` to learn from
   * @param {string} [folder] where the sample articles are
   */
  constructor(lang, folder = SAMPLE_ARTICLES) {
    const files = readdirSync(folder).filter((name) => name.endsWith(`.${lang}.md`));
    /** @type {Map<string, string[]>} */
    this.next = new Map();
    /** @type {string[]} */
    this.starts = [];
    for (const name of files) {
      const prose = plainProse(readFileSync(join(folder, name), 'utf8'));
      for (const sentence of prose.split(/[.؟?!]+(?:\s|$)/)) {
        const words = sentence.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word));
        if (words.length < 3) continue;
        this.starts.push(/** @type {string} */ (words[0]));
        for (let i = 0; i + 1 < words.length; i++) {
          const word = /** @type {string} */ (words[i]);
          const followers = this.next.get(word) ?? [];
          followers.push(/** @type {string} */ (words[i + 1]));
          this.next.set(word, followers);
        }
      }
    }
    if (this.starts.length === 0) throw new Error(`No ${lang} sample prose found in ${folder}`);
    this.vocabulary = [...this.next.keys()];
  }

  /**
   * A list of `count` words following the chain, restarting anywhere when it dead-ends.
   * @param {import('./random.mjs').Random} random
   * @param {number} count
   * @returns {string[]}
   */
  words(random, count) {
    const out = [random.pick(this.starts)];
    while (out.length < count) {
      const followers = this.next.get(/** @type {string} */ (out.at(-1)));
      out.push(followers ? random.pick(followers) : random.pick(this.vocabulary));
    }
    return out;
  }

  /**
   * One sentence of `min` to `max` words, ending with a full stop.
   * @param {import('./random.mjs').Random} random
   * @param {number} min
   * @param {number} max
   */
  sentence(random, min, max) {
    const words = this.words(random, random.int(min, max));
    return `${words.join(' ').replace(/[،,؛;]+$/, '')}.`;
  }
}
