/** A sentence ends with one of these before a space or the end of the text (Arabic ؟ included). */
const SENTENCE_END = /[.!?؟…](?=\s|$)/;
const SENTENCE_ENDS = new RegExp(SENTENCE_END.source, 'g');

/**
 * `text` with its whitespace collapsed, cut to at most `max` characters: after the last whole
 * sentence that fits, when that keeps at least a third of `max`, else at the last word that fits, with
 * an ellipsis.
 */
export function excerpt(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  let cut = -1;
  for (const end of flat.matchAll(SENTENCE_ENDS)) {
    if (end.index + 1 > max) break;
    cut = end.index + 1;
  }
  if (cut >= max / 3) return flat.slice(0, cut);
  const space = flat.lastIndexOf(' ', max - 1);
  return `${flat.slice(0, space > 0 ? space : max - 1)}…`;
}

/** The first sentence of `text`, without its final full stop, cut to `max` characters as {@link excerpt} does. */
export function firstSentence(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  const end = SENTENCE_END.exec(flat);
  const sentence = end ? flat.slice(0, end[0] === '.' ? end.index : end.index + 1) : flat;
  return excerpt(sentence, max);
}
