/** A Markdown construct: its pattern and what its readable text is. */
interface Rule {
  pattern: RegExp;
  replacement: string;
  /**
   * Strings the construct cannot occur without one of: most bodies lack most constructs, and testing
   * for these first skips a scan of the whole body. Absent for constructs that are everywhere.
   */
  needs?: readonly string[];
}

// Applied in this order. A regular-expression pass instead of a parse: indexing must not cost a second
// remark run over every body (remark reads about 1 MB/s), and a search index only needs the words.
const RULES: readonly Rule[] = [
  // fenced code (backticks or tildes)
  {
    pattern: /^ {0,3}(`{3,}|~{3,})[^\n]*\n[\s\S]*?(?:\n {0,3}\1[`~]*[ \t]*(?=\n|$)|$)/gm,
    replacement: ' ',
    needs: ['```', '~~~'],
  },
  { pattern: /<!--[\s\S]*?-->/g, replacement: ' ', needs: ['<!--'] }, // HTML comments
  {
    pattern: /^ {0,3}\[(?!\^)[^\]\n]+\]:[ \t]*\S+(?:[ \t]+(?:"[^"\n]*"|'[^'\n]*'|\([^)\n]*\)))?[ \t]*$/gm,
    replacement: ' ',
    needs: [']:'],
  }, // link definitions
  { pattern: /^ {0,3}\[\^[^\]\n]+\]:[ \t]*/gm, replacement: '', needs: ['[^'] }, // footnote definition markers (the citation stays)
  { pattern: /\[\^[^\]\n]+\]/g, replacement: '', needs: ['[^'] }, // footnote references
  {
    pattern: /!?\[([^\]\n]*)\]\((?:[^()\s]|\([^()\s]*\))*(?:\s+(?:"[^"\n]*"|'[^'\n]*'))?\s*\)/g,
    replacement: '$1',
    needs: [']('],
  }, // links, images
  { pattern: /!?\[([^\]\n]*)\]\[[^\]\n]*\]/g, replacement: '$1', needs: [']['] }, // reference links
  {
    pattern: /(?<![\p{L}\p{N}\\]):{1,3}[a-zA-Z][\w-]*(?:\[([^\]\n]*)\])?(?:\{[^}\n]*\})?/gu,
    replacement: '$1',
    needs: [':'],
  }, // directives
  { pattern: /<(?:https?|mailto):[^>\s]*>/g, replacement: ' ', needs: ['<'] }, // autolinks
  { pattern: /<\/?[a-zA-Z][^>\n]*>/g, replacement: ' ', needs: ['<'] }, // HTML tags
  {
    pattern: /^ {0,3}(?:#{1,6}(?=[ \t]|$)|>[ \t]?|(?:[-+*]|\d{1,9}[.)])(?=[ \t]))/gm,
    replacement: ' ',
  }, // block markers
  { pattern: /^ {0,3}(?:[-*_][ \t]*){3,}$/gm, replacement: ' ' }, // thematic breaks
  { pattern: /^[ \t]*\|?(?:[ \t]*:?-+:?[ \t]*\|)+[ \t]*:?-*:?[ \t]*$/gm, replacement: ' ', needs: ['|'] }, // table delimiter rows
  { pattern: /\|/g, replacement: ' ', needs: ['|'] }, // table cells
  {
    pattern: /\*+|~~|`+|(?<![\p{L}\p{N}])_+|_+(?![\p{L}\p{N}])/gu,
    replacement: '',
    needs: ['*', '~~', '`', '_'],
  }, // emphasis and code spans
  { pattern: /\\([!-/:-@[-`{-~])/g, replacement: '$1', needs: ['\\'] }, // backslash escapes
  { pattern: /\s+/g, replacement: ' ' },
];

/**
 * The words a reader sees in a Markdown body, as one line of text: the labels of links, images and
 * mentions (`:actor[السوداني]{#al-sudani}` gives `السوداني`), the text of headings, lists, tables and
 * citations, without code blocks, HTML, link addresses or Markdown punctuation. Used to index a body
 * for search and to cut its search snippets.
 */
export function markdownPlainText(markdown: string): string {
  let text = markdown;
  for (const { pattern, replacement, needs } of RULES) {
    if (!needs || needs.some((part) => text.includes(part))) text = text.replace(pattern, replacement);
  }
  return text.trim();
}
