import { isMentionKind } from '../parse/scan-markdown.js';
import type { RenderedMarkdown, RenderOptions, TocEntry } from './render-markdown.js';
import { createSlugger } from './slug.js';

/**
 * A renderer for the plain Markdown most bodies are written in, without building a syntax tree:
 * paragraphs, `#` headings, tight `-` lists, mentions (`:actor[label]{#id}`) and footnotes, each block
 * on its own line(s) between blank lines. It gives the exact HTML of the remark pipeline
 * ({@link renderMarkdown}) for that subset and `undefined` for anything else (emphasis, links, code,
 * raw HTML, entities, tables, a paragraph over several lines, …), which remark then renders. The
 * subset holds no character that needs escaping (`<`, `&` and `>` send a body to remark) and every
 * element written is one the sanitiser allows, so the safety guarantee is remark's.
 */
export function renderPlainMarkdown(markdown: string, options: RenderOptions): RenderedMarkdown | undefined {
  const blocks = splitBlocks(markdown);
  if (!blocks) return undefined;
  const notes = new Footnotes(blocks.definitions, options);
  const slug = createSlugger();
  const toc: TocEntry[] = [];
  const html: string[] = [];
  for (const block of blocks.content) {
    if (block.kind === 'list') {
      const items = block.lines.map((line) => renderInline(line, options, notes));
      if (items.some((item) => item === undefined)) return undefined;
      html.push(`<ul>\n${items.map((item) => `<li>${item?.html}</li>`).join('\n')}\n</ul>`);
    } else if (block.kind === 'heading') {
      // A footnote marker's number would become part of the anchor: rare enough to leave to remark.
      const inline = renderInline(block.text, options, undefined);
      if (!inline) return undefined;
      const text = inline.text.trim();
      const id = slug(text);
      toc.push({ depth: block.depth, text, slug: id });
      html.push(`<h${block.depth} id="${id}">${inline.html}</h${block.depth}>`);
    } else {
      const inline = renderInline(block.text, options, notes);
      if (!inline) return undefined;
      html.push(`<p>${inline.html}</p>`);
    }
  }
  const footnotes = notes.section(options.lang === 'ar' ? 'الهوامش' : 'Footnotes');
  if (footnotes === undefined) return undefined;
  return { html: html.join('\n') + footnotes, toc };
}

type Block =
  | { kind: 'paragraph'; text: string }
  | { kind: 'heading'; depth: number; text: string }
  | { kind: 'list'; lines: string[] };

const HEADING = /^(#{1,6}) (?=[^\s#])(.*[^\s#])$/;
const LIST_ITEM = /^- (?=\S)/;
const FOOTNOTE_DEFINITION = /^\[\^([a-z0-9-]+)\]: (?=\S)(.*)$/;
// Lines that start a construct other than those above, or whose outline remark reads differently
// (indented code, setext underlines, thematic breaks, ordered lists, quotes, fences, tables, HTML,
// directives on their own line, link reference definitions, leading or trailing spaces).
const OTHER_BLOCK = /^(?:[ \t#>=+*_~`|<[-]|::|\d{1,9}[.)])|[ \t]$/;

/** The blocks of a body and its footnote definitions by label; `undefined` outside the subset. */
function splitBlocks(markdown: string) {
  // Carriage returns, NUL and a byte order mark, which micromark rewrites or drops.
  if (/[\r\0\ufeff]/.test(markdown)) return undefined;
  const lines = markdown.split('\n');
  const content: Block[] = [];
  const definitions = new Map<string, string>();
  for (let at = 0; at < lines.length; ) {
    const line = lines[at] as string;
    if (line === '') {
      at += 1;
      continue;
    }
    // Every block but a list is one line; a list is its items' lines, each block ended by a blank line.
    let end = at + 1;
    if (LIST_ITEM.test(line)) {
      while (end < lines.length && LIST_ITEM.test(lines[end] as string)) end += 1;
      const items = lines.slice(at, end).map((item) => item.slice(2));
      if (items.some((item) => OTHER_BLOCK.test(item))) return undefined;
      // A list continued after blank lines would be a loose one (`<li><p>…`).
      let next = end;
      while (lines[next] === '') next += 1;
      if (LIST_ITEM.test(lines[next] ?? '')) return undefined;
      content.push({ kind: 'list', lines: items });
    } else if (HEADING.test(line)) {
      const [, hashes, text] = HEADING.exec(line) as unknown as [string, string, string];
      content.push({ kind: 'heading', depth: hashes.length, text });
    } else if (FOOTNOTE_DEFINITION.test(line)) {
      const [, label, text] = FOOTNOTE_DEFINITION.exec(line) as unknown as [string, string, string];
      if (definitions.has(label) || OTHER_BLOCK.test(text)) return undefined;
      definitions.set(label, text);
    } else if (OTHER_BLOCK.test(line)) {
      return undefined;
    } else {
      content.push({ kind: 'paragraph', text: line });
    }
    if ((lines[end] ?? '') !== '') return undefined;
    at = end;
  }
  return content.length > 0 ? { content, definitions } : undefined;
}

/** Footnotes numbered in the order of their first reference, as GFM does; unreferenced ones are left out. */
class Footnotes {
  readonly #referenced = new Map<string, { number: number; calls: number }>();

  constructor(
    private readonly definitions: Map<string, string>,
    private readonly options: RenderOptions,
  ) {}

  /** A reference's marker and number, or `undefined` when the label has no definition (remark keeps the text). */
  reference(label: string): { html: string; number: number } | undefined {
    if (!this.definitions.has(label)) return undefined;
    let note = this.#referenced.get(label);
    if (!note) {
      note = { number: this.#referenced.size + 1, calls: 0 };
      this.#referenced.set(label, note);
    }
    note.calls += 1;
    const id = `user-content-fnref-${label}${note.calls > 1 ? `-${note.calls}` : ''}`;
    const html = `<sup><a href="#user-content-fn-${label}" id="${id}" data-footnote-ref aria-describedby="footnote-label">${note.number}</a></sup>`;
    return { html, number: note.number };
  }

  /** The footnotes section after the body ('' without references); `undefined` outside the subset. */
  section(heading: string): string | undefined {
    if (this.#referenced.size === 0) return '';
    const items: string[] = [];
    for (const [label, { calls }] of this.#referenced) {
      // A definition's own markers would be numbered after the body's: left to remark.
      const inline = renderInline(this.definitions.get(label) as string, this.options, undefined);
      if (!inline) return undefined;
      const backrefs = Array.from({ length: calls }, (_, index) => {
        const call = index + 1;
        const suffix = call > 1 ? `-${call}` : '';
        return `<a href="#user-content-fnref-${label}${suffix}" data-footnote-backref="" aria-label="Back to content" class="data-footnote-backref">↩${call > 1 ? `<sup>${call}</sup>` : ''}</a>`;
      });
      items.push(`<li id="user-content-fn-${label}">\n<p>${inline.html} ${backrefs.join(' ')}</p>\n</li>`);
    }
    return `\n<section data-footnotes class="footnotes"><h2 class="sr-only" id="footnote-label">${heading}</h2>\n<ol>\n${items.join('\n')}\n</ol>\n</section>`;
  }
}

// Characters that start or may start inline syntax other than mentions and footnote markers
// (emphasis, code, links, escapes, entities, HTML, strikethrough, autolinks), or need escaping.
const INLINE_SYNTAX = /[*_`[\]\\&<>~|!{}@^]|:[A-Za-z]|www\.|https?:\/\//i;
const MENTION = /^:([a-z]+)\[([^\]]+)\]\{#([A-Za-z0-9-]+)\}/;
const FOOTNOTE_REFERENCE = /^\[\^([a-z0-9-]+)\]/;
const SAFE_PATH = /^\/[A-Za-z0-9._~/-]*$/;
const isPlain = (text: string) => !INLINE_SYNTAX.test(text) && !/^ | $/.test(text);

/**
 * The HTML and text of one block's inline content, or `undefined` outside the subset. Footnote
 * markers are read only when `notes` is given.
 */
function renderInline(
  source: string,
  options: RenderOptions,
  notes: Footnotes | undefined,
): { html: string; text: string } | undefined {
  let html = '';
  let text = '';
  let rest = source;
  for (;;) {
    const at = rest.search(/:[a-z]+\[|\[\^/);
    const before = at < 0 ? rest : rest.slice(0, at);
    if (INLINE_SYNTAX.test(before)) return undefined;
    html += before;
    text += before;
    if (at < 0) return { html, text };
    // A colon earlier in the same word (`10:30[^1]`, `a::actor[…]`) makes micromark try a directive
    // there, which changes how what follows reads.
    if (/:\S*$/.test(before)) return undefined;
    rest = rest.slice(at);
    const mention = MENTION.exec(rest);
    const reference = mention ? undefined : FOOTNOTE_REFERENCE.exec(rest);
    if (mention) {
      const [whole, kind, label, id] = mention as unknown as [string, string, string, string];
      if (!isMentionKind(kind) || !isPlain(label)) return undefined;
      const href = options.linkFor(kind, id);
      if (href !== undefined && !SAFE_PATH.test(href)) return undefined;
      html +=
        href === undefined
          ? label
          : `<a href="${href}" class="mention mention-${kind}" data-kind="${kind}" data-id="${id}">${label}</a>`;
      text += label;
      rest = rest.slice(whole.length);
    } else if (reference && notes) {
      const marker = notes.reference(reference[1] as string);
      rest = rest.slice(reference[0].length);
      // `[^1](…)` or `[^1][…]` could read as a link: left to remark.
      if (marker === undefined || rest.startsWith('(')) return undefined;
      html += marker.html;
      text += marker.number;
    } else {
      return undefined;
    }
  }
}
