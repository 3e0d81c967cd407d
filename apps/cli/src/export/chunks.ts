/** About what one write to a file or a pipe should carry: big enough to make few calls, small enough to stream. */
const CHUNK_CHARS = 64 * 1024;

/** Joins small pieces of text into chunks of about {@link CHUNK_CHARS}, in order. */
export function* chunked(pieces: Iterable<string>): Generator<string> {
  let chunk = '';
  for (const piece of pieces) {
    chunk += piece;
    if (chunk.length >= CHUNK_CHARS) {
      yield chunk;
      chunk = '';
    }
  }
  if (chunk !== '') yield chunk;
}

/** A JSON array written element by element, one element per line, so a long array streams and diffs well. */
export function* jsonArray(items: Iterable<unknown>): Generator<string> {
  let first = true;
  for (const item of items) {
    yield `${first ? '[\n' : ',\n'}${JSON.stringify(item)}`;
    first = false;
  }
  yield first ? '[]' : '\n]';
}
