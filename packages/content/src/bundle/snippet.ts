import { tokenize } from '@marsad/arabic';
import type { WordMatcher } from './search-query.js';

/** A piece of original text with the words that matched a query, as `[start, end)` offsets into `text`. */
export interface Snippet {
  text: string;
  highlights: [start: number, end: number][];
}

/** Words in a snippet: about two lines of a result list. */
export const SNIPPET_WORDS = 28;
/** Words shown before the first match, so it is read in its sentence. */
const LEAD_WORDS = 4;
const ELLIPSIS = '…';

interface Window {
  start: number;
  end: number;
  /** How many different terms the window shows, then how many matches. */
  terms: number;
  matches: number;
}

/** The window of {@link SNIPPET_WORDS} words that shows the most different terms, then the most matches. */
function bestWindow(matched: readonly number[], total: number): Window {
  let best: Window = { start: 0, end: Math.min(total, SNIPPET_WORDS), terms: 0, matches: 0 };
  matched.forEach((term, index) => {
    if (term === -1) return;
    const start = Math.max(0, Math.min(index - LEAD_WORDS, total - SNIPPET_WORDS));
    const end = Math.min(total, start + SNIPPET_WORDS);
    const inside = matched.slice(start, end).filter((found) => found !== -1);
    const candidate = { start, end, terms: new Set(inside).size, matches: inside.length };
    if (candidate.terms > best.terms || (candidate.terms === best.terms && candidate.matches > best.matches))
      best = candidate;
  });
  return best;
}

/**
 * Cuts the part of `text` that best shows why it matched and marks the matching words. The text is
 * the original, harakat and all: `match` compares words through the same folding and stemming as the
 * index (`wordMatcher`), so `الامريكيه` highlights `الأمريكية`. With no matching word (the match was in
 * a title or a name), the snippet is the start of the text.
 */
export function cutSnippet(text: string, match: WordMatcher): Snippet {
  const tokens = tokenize(text);
  if (tokens.length === 0) return { text: '', highlights: [] };
  const matched = tokens.map((token) => match(token.text));
  const window = bestWindow(matched, tokens.length);
  // A cut falls between words; an uncut end keeps the text's own punctuation.
  const cutStart = window.start > 0;
  const cutEnd = window.end < tokens.length;
  const from = cutStart ? tokens[window.start]!.start : 0;
  const to = cutEnd ? tokens[window.end - 1]!.end : text.length;
  const lead = cutStart ? `${ELLIPSIS} ` : '';
  const shift = lead.length - from;
  const highlights: Snippet['highlights'] = [];
  for (let index = window.start; index < window.end; index++) {
    const token = tokens[index]!;
    if (matched[index] !== -1) highlights.push([token.start + shift, token.end + shift]);
  }
  return { text: lead + text.slice(from, to) + (cutEnd ? ` ${ELLIPSIS}` : ''), highlights };
}

const HTML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};
const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (char) => HTML_ESCAPES[char]!);

/** A snippet as HTML: the text escaped, each highlight in `<mark>`. */
export function snippetHtml(snippet: Snippet): string {
  let html = '';
  let copied = 0;
  for (const [start, end] of snippet.highlights) {
    html += `${escapeHtml(snippet.text.slice(copied, start))}<mark>${escapeHtml(snippet.text.slice(start, end))}</mark>`;
    copied = end;
  }
  return html + escapeHtml(snippet.text.slice(copied));
}
