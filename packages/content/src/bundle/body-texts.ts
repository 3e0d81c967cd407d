import { hash } from 'node:crypto';
import { createIndexTerms, type ReadingTime, readingTime } from '@marsad/arabic';
import { markdownPlainText } from './plain-text.js';
import { deflateText } from './search-database.js';

/** What the search database keeps of an article body, and what it indexes. */
export interface BodyText {
  /** The Markdown body, deflated. */
  body: Uint8Array;
  /** Its plain text ({@link markdownPlainText}), deflated: snippets are cut from it. */
  plain: Uint8Array;
  /** The stemmed terms of the plain text. */
  terms: string;
  /** UTF-8 bytes of the plain text. */
  plainBytes: number;
  /** The body's reading time ({@link readingTime}). */
  readingTime: ReadingTime;
}

/**
 * A copy of `bytes` in a buffer of their size: zlib's results are views into buffers of its output
 * chunk's size, and prepared bodies are kept a while (a tenth of the memory held, measured).
 */
const tight = (bytes: Uint8Array) => new Uint8Array(bytes);

/** Digest that identifies a body: keeping digests instead of the bodies keeps a corpus's text out of memory. */
const digestOf = (bytes: Uint8Array) => hash('sha1', bytes, 'base64');

/**
 * Bodies' search texts, made ahead of need: `prepare` makes one while there is time (the thread that
 * writes the search database does it while the content is still being validated), `take` gives it
 * when the body comes to be written, or makes it then. What a body gives depends on its text alone,
 * so a prepared text found by the body's digest is the one `take` would make.
 */
export class BodyTexts {
  readonly #indexTerms = createIndexTerms();
  readonly #prepared = new Map<string, BodyText>();
  /** Bodies `take` found unprepared and had to make. */
  madeWhenTaken = 0;

  /** `bytes`: the body as UTF-8, made once for its digest and its deflating. */
  #make(body: string, bytes: Uint8Array): BodyText {
    const plain = markdownPlainText(body);
    return {
      body: tight(deflateText(bytes)),
      plain: tight(deflateText(plain)),
      terms: this.#indexTerms(plain),
      plainBytes: Buffer.byteLength(plain),
      readingTime: readingTime(body),
    };
  }

  prepare(body: string): void {
    const bytes = Buffer.from(body);
    const digest = digestOf(bytes);
    if (!this.#prepared.has(digest)) this.#prepared.set(digest, this.#make(body, bytes));
  }

  take(body: string): BodyText {
    const bytes = Buffer.from(body);
    if (this.#prepared.size > 0) {
      const digest = digestOf(bytes);
      const prepared = this.#prepared.get(digest);
      if (prepared !== undefined) {
        this.#prepared.delete(digest);
        return prepared;
      }
    }
    this.madeWhenTaken++;
    return this.#make(body, bytes);
  }
}
