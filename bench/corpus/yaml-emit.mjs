/**
 * A small YAML writer for the corpus's own data shapes, in the house style of the sample content:
 * block mappings, flow `{ ar: …, en: … }` and `[a, b]` where they fit the line, `>-` folded long text.
 * A general library writes tens of thousands of files several times slower and in a different style.
 */

const WIDTH = 110;
const RESERVED =
  /^(?:true|false|null|~|yes|no|on|off|y|n|[-+]?(?:\d[\d_]*)?(?:\.\d*)?(?:e[-+]?\d+)?|0x[0-9a-f]+|0o[0-7]+|[-+]?\.inf|\.nan)$/i;
const INDICATOR = /^[\s\-?:,[\]{}#&*!|>'"%@`]/;
/** js-yaml (Astro's parser) turns these into Date objects unless quoted. */
const TIMESTAMP = /^\d{4}-\d{2}-\d{2}/;

/**
 * @typedef {object} EmitOptions
 * @property {boolean} [quoteDates] quote day and date-time strings, for parsers with YAML 1.1 timestamps
 */

/** @typedef {Required<EmitOptions>} Context */

/**
 * @param {unknown} value
 * @returns {value is Record<string, unknown>}
 */
function isMapping(value) {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * @param {string} text
 * @param {boolean} inFlow
 * @param {Context} ctx
 */
function isPlain(text, inFlow, ctx) {
  return !(
    text === '' ||
    INDICATOR.test(text) ||
    /\s$/.test(text) ||
    /[\n\r\t]/.test(text) ||
    text.includes(': ') ||
    text.includes(' #') ||
    text.endsWith(':') ||
    RESERVED.test(text) ||
    (inFlow && /[,[\]{}]/.test(text)) ||
    (ctx.quoteDates && TIMESTAMP.test(text))
  );
}

/**
 * @param {unknown} value a string, number or boolean
 * @param {boolean} inFlow
 * @param {Context} ctx
 */
function scalar(value, inFlow, ctx) {
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  const text = String(value);
  // JSON's double-quoted strings are valid YAML double-quoted scalars.
  return isPlain(text, inFlow, ctx) ? text : JSON.stringify(text);
}

/**
 * The value on one line in flow style.
 * @param {unknown} value
 * @param {Context} ctx
 * @returns {string}
 */
function flow(value, ctx) {
  if (Array.isArray(value)) return `[${value.map((item) => flow(item, ctx)).join(', ')}]`;
  if (isMapping(value)) {
    const pairs = Object.entries(value).filter(([, item]) => item !== undefined);
    return `{ ${pairs.map(([key, item]) => `${key}: ${flow(item, ctx)}`).join(', ')} }`;
  }
  return scalar(value, true, ctx);
}

/**
 * @param {string} text
 * @param {string} indent
 * @param {string[]} lines
 */
function folded(text, indent, lines) {
  let line = '';
  for (const word of text.split(' ')) {
    if (line && indent.length + line.length + 1 + word.length > WIDTH) {
      lines.push(indent + line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  lines.push(indent + line);
}

/**
 * @param {string} head `key:` or `- ` with its indentation
 * @param {unknown} value
 * @param {string} indent the indentation of the key
 * @param {string[]} lines
 * @param {Context} ctx
 */
function entry(head, value, indent, lines, ctx) {
  const isLongText = typeof value === 'string' && value.length > 60;
  if (!isLongText) {
    const inline = isMapping(value) || Array.isArray(value) ? flow(value, ctx) : scalar(value, false, ctx);
    if (head.length + 1 + inline.length <= WIDTH) {
      lines.push(`${head} ${inline}`);
      return;
    }
  }
  if (typeof value === 'string') {
    // Folding turns line breaks into single spaces, so only single-spaced one-line text survives it.
    if (/^\S+(?: \S+)*$/.test(value)) {
      lines.push(`${head} >-`);
      folded(value, `${indent}  `, lines);
    } else {
      lines.push(`${head} ${scalar(value, false, ctx)}`);
    }
  } else if (Array.isArray(value)) {
    lines.push(head);
    for (const item of value) listItem(item, `${indent}  `, lines, ctx);
  } else if (isMapping(value)) {
    lines.push(head);
    mapping(value, `${indent}  `, lines, ctx);
  } else {
    lines.push(`${head} ${scalar(value, false, ctx)}`);
  }
}

/**
 * @param {Record<string, unknown>} value
 * @param {string} indent
 * @param {string[]} lines
 * @param {Context} ctx
 * @param {string} [firstIndent] the first key's prefix, `- ` for a mapping that is a list item
 */
function mapping(value, indent, lines, ctx, firstIndent = indent) {
  let prefix = firstIndent;
  for (const [key, item] of Object.entries(value)) {
    if (item === undefined) continue;
    entry(`${prefix}${key}:`, item, indent, lines, ctx);
    prefix = indent;
  }
}

/**
 * @param {unknown} item
 * @param {string} indent
 * @param {string[]} lines
 * @param {Context} ctx
 */
function listItem(item, indent, lines, ctx) {
  const inline = isMapping(item) || Array.isArray(item) ? flow(item, ctx) : scalar(item, false, ctx);
  if (!isMapping(item) || indent.length + 2 + inline.length <= WIDTH) lines.push(`${indent}- ${inline}`);
  else mapping(item, `${indent}  `, lines, ctx, `${indent}- `);
}

/**
 * YAML text for a mapping (one entry) or a list of mappings (a list file, items a blank line apart).
 * @param {Record<string, unknown> | Record<string, unknown>[]} value
 * @param {EmitOptions} [options]
 * @returns {string}
 */
export function toYaml(value, options = {}) {
  const ctx = { quoteDates: options.quoteDates ?? false };
  /** @type {string[]} */
  const lines = [];
  if (Array.isArray(value)) {
    value.forEach((item, index) => {
      if (index > 0) lines.push('');
      listItem(item, '', lines, ctx);
    });
  } else {
    mapping(value, '', lines, ctx);
  }
  return `${lines.join('\n')}\n`;
}
