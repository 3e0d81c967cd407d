// Markdown constructs and what their readable text is, applied in this order. A regular-expression pass
// instead of a parse: indexing must not cost a second remark run over every body (remark reads about
// 1 MB/s), and a search index only needs the words, not an exact syntax tree.
const REPLACEMENTS: readonly [RegExp, string][] = [
  [/^ {0,3}(`{3,}|~{3,})[^\n]*\n[\s\S]*?(?:\n {0,3}\1[`~]*[ \t]*(?=\n|$)|$)/gm, ' '], // fenced code
  [/<!--[\s\S]*?-->/g, ' '], // HTML comments
  [/^ {0,3}\[(?!\^)[^\]\n]+\]:[ \t]*\S+(?:[ \t]+(?:"[^"\n]*"|'[^'\n]*'|\([^)\n]*\)))?[ \t]*$/gm, ' '], // link definitions
  [/^ {0,3}\[\^[^\]\n]+\]:[ \t]*/gm, ''], // footnote definition markers (the citation stays)
  [/\[\^[^\]\n]+\]/g, ''], // footnote references
  [/!?\[([^\]\n]*)\]\((?:[^()\s]|\([^()\s]*\))*(?:\s+(?:"[^"\n]*"|'[^'\n]*'))?\s*\)/g, '$1'], // links, images
  [/!?\[([^\]\n]*)\]\[[^\]\n]*\]/g, '$1'], // reference links
  [/(?<![\p{L}\p{N}\\]):{1,3}[a-zA-Z][\w-]*(?:\[([^\]\n]*)\])?(?:\{[^}\n]*\})?/gu, '$1'], // directives
  [/<(?:https?|mailto):[^>\s]*>/g, ' '], // autolinks
  [/<\/?[a-zA-Z][^>\n]*>/g, ' '], // HTML tags
  [/^ {0,3}(?:#{1,6}(?=[ \t]|$)|>[ \t]?|(?:[-+*]|\d{1,9}[.)])(?=[ \t]))/gm, ' '], // block markers
  [/^ {0,3}(?:[-*_][ \t]*){3,}$/gm, ' '], // thematic breaks
  [/^[ \t]*\|?(?:[ \t]*:?-+:?[ \t]*\|)+[ \t]*:?-*:?[ \t]*$/gm, ' '], // table delimiter rows
  [/\|/g, ' '], // table cells
  [/\*+|~~|`+|(?<![\p{L}\p{N}])_+|_+(?![\p{L}\p{N}])/gu, ''], // emphasis and code spans
  [/\\([!-/:-@[-`{-~])/g, '$1'], // backslash escapes
  [/\s+/g, ' '],
];

/**
 * The words a reader sees in a Markdown body, as one line of text: the labels of links, images and
 * mentions (`:actor[السوداني]{#al-sudani}` gives `السوداني`), the text of headings, lists, tables and
 * citations, without code blocks, HTML, link addresses or Markdown punctuation. Used to index a body
 * for search and to cut its search snippets.
 */
export function markdownPlainText(markdown: string): string {
  let text = markdown;
  for (const [pattern, replacement] of REPLACEMENTS) text = text.replace(pattern, replacement);
  return text.trim();
}
