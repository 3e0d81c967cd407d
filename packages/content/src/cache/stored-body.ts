import type { CheckedSource } from '../validate/validate-entries.js';

type CheckedMarkdown = NonNullable<CheckedSource['markdown']>;

/** A cached entry's Markdown as the cache stores it: the body as UTF-8 bytes, not as a string. */
export type StoredMarkdown = Omit<CheckedMarkdown, 'body'> & { bodyBytes: Uint8Array };

/** The bytes behind bodies that came from the cache, so writing them back never decodes them. */
const bytesOf = new WeakMap<CheckedMarkdown, Uint8Array>();
const encoder = new TextEncoder();
const decoder = new TextDecoder();

/** The form of `markdown` to serialise: its body as bytes (the ones it was read from, when it was). */
export function storedMarkdown(markdown: CheckedMarkdown): StoredMarkdown {
  const { bodyStart, mentions, headings } = markdown;
  return { bodyStart, mentions, headings, bodyBytes: bytesOf.get(markdown) ?? encoder.encode(markdown.body) };
}

/**
 * Markdown whose body is decoded on first read. Bodies are most of the cache, and a run that reuses the
 * rules' reports of unchanged entries reads none of them; deserialised, the bytes are views into the
 * shard's file buffer, so bodies never read cost neither a copy nor the garbage collector's time.
 */
export function lazyMarkdown(stored: StoredMarkdown): CheckedMarkdown {
  const { bodyBytes, ...rest } = stored;
  let body: string | undefined;
  const markdown = Object.defineProperty(rest, 'body', {
    enumerable: true,
    get: () => (body ??= decoder.decode(bodyBytes)),
  }) as CheckedMarkdown;
  bytesOf.set(markdown, bodyBytes);
  return markdown;
}
