// Parts of a Markdown body that readers do not read as words: link and image destinations, directive names
// and attribute blocks (`:actor[...]{#al-sudani}`), footnote references, autolinks, HTML comments and tags.
const NOT_PROSE = [
  /<!--[\s\S]*?-->/g,
  /<(?:https?|mailto):[^>\s]*>/g,
  /<\/?[a-zA-Z][^>]*>/g,
  /\]\([^)]*\)/g,
  /\]\{[^}]*\}/g,
  /\[\^[^\]]*\]/g,
  /(?<![\p{L}\p{N}]):{1,3}[a-zA-Z][\w-]*(?=[[{])/gu,
  /\bhttps?:\/\/\S+/g,
];

/** The text with markup that is not read aloud replaced by spaces, so that only prose is counted. */
export function markdownProse(text: string): string {
  return NOT_PROSE.reduce((prose, pattern) => prose.replace(pattern, ' '), text);
}
