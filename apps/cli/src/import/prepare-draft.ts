import { isMostlyArabic } from '@marsad/arabic';
import { type ContentGraph, parseMarkdownFile, primaryLanguage } from '@marsad/content';
import type { Heading, Paragraph } from 'mdast';
import { toString as plainText } from 'mdast-util-to-string';
import { type CandidateName, candidateNames } from './candidate-names.js';
import { draftFrontmatter } from './draft-frontmatter.js';
import { excerpt, firstSentence } from './excerpt.js';
import { htmlToMarkdown } from './html-to-markdown.js';
import { detectFormat, type InputFormat } from './input-format.js';
import { type LinkedName, type LinkMode, linkNames } from './link-names.js';
import { parseMarkdown } from './markdown-tree.js';
import { type Input, InputError } from './read-input.js';
import { textToMarkdown } from './text-to-markdown.js';

/** Titles made from the text's first sentence are cut to this. */
const TITLE_LENGTH = 120;
/** The summary is the dek of lists and feeds: a sentence or two. */
const SUMMARY_LENGTH = 300;

/** What to make of an input. */
export interface DraftOptions {
  /** The input's format; detected when absent. */
  format?: InputFormat;
  /** The draft's language; from the imported frontmatter or the script of the text when absent. */
  lang?: string;
  /** The article type; `analysis` when neither this nor the imported frontmatter gives one. */
  type?: string;
  /** Which occurrences of each name to link; `every` when absent. */
  link?: LinkMode;
}

/** A draft article, ready to be written as `<id>.<lang>.md`. */
export interface Draft {
  format: InputFormat;
  lang: string;
  title: string;
  /** The whole file: frontmatter and body. */
  markdown: string;
  linked: LinkedName[];
  ambiguous: string[];
  candidates: CandidateName[];
  /** What the editor should know about how the draft was made, one sentence each. */
  notes: string[];
}

const nonEmpty = (value: unknown): string | undefined =>
  typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;

/** Markdown with its frontmatter taken apart; a frontmatter that does not parse is an input error. */
function splitMarkdown(source: string, input: Input) {
  const parsed = parseMarkdownFile(source, { file: input.name });
  const broken = parsed.diagnostics.find((diagnostic) => diagnostic.ruleId.startsWith('yaml/'));
  if (broken) {
    throw new InputError(
      `${input.name}: the frontmatter does not parse (line ${broken.line}: ${broken.message})`,
    );
  }
  const frontmatter = parsed.frontmatter ?? {};
  if (typeof frontmatter !== 'object' || Array.isArray(frontmatter)) {
    throw new InputError(`${input.name}: the frontmatter is not a list of fields (key: value).`);
  }
  const alreadyLinked = new Set(parsed.mentions.map(({ kind, id }) => `${kind}:${id}`));
  return { frontmatter: frontmatter as Record<string, unknown>, body: parsed.body, alreadyLinked };
}

/** The body without `node`, and the blank lines after it. */
function without(body: string, node: Heading): string {
  const start = node.position?.start.offset ?? 0;
  const end = node.position?.end.offset ?? 0;
  return body.slice(0, start) + body.slice(end).replace(/^\s*\n/, '');
}

/** The title and summary, and the body without the heading the title came from. */
function titleAndSummary(body: string, frontmatter: Record<string, unknown>, notes: string[]) {
  let tree = parseMarkdown(body);
  let title = nonEmpty(frontmatter.title);
  const heading = tree.children.find((node): node is Heading => node.type === 'heading' && node.depth === 1);
  if (title === undefined && heading) {
    title = plainText(heading).trim() || undefined;
    body = without(body, heading);
    tree = parseMarkdown(body);
  }
  const paragraph = tree.children.find((node): node is Paragraph => node.type === 'paragraph');
  const lead = paragraph ? plainText(paragraph) : plainText(tree);
  if (title === undefined) {
    title = firstSentence(lead, TITLE_LENGTH);
    notes.push('The title is the first sentence of the text: write a real one.');
  }
  const summary = nonEmpty(frontmatter.summary) ?? (excerpt(lead, SUMMARY_LENGTH) || title);
  return { title, summary, body, text: plainText(tree) };
}

/**
 * Turns an imported text (HTML, Markdown or plain text) into a draft article: the body as Markdown with
 * the names of known actors, places and events linked (see `linkNames`), the frontmatter filled as far as
 * the text allows (see `draftFrontmatter`), and the quoted names that match nothing listed as candidates.
 * Pure apart from reading `graph`: the caller writes the file.
 */
export function prepareDraft(input: Input, graph: ContentGraph, options: DraftOptions = {}): Draft {
  const format = options.format ?? detectFormat(input.text, input.name);
  const source =
    format === 'html'
      ? htmlToMarkdown(input.text)
      : format === 'text'
        ? textToMarkdown(input.text)
        : input.text;
  const { frontmatter, body: rawBody, alreadyLinked } = splitMarkdown(source, input);
  const notes: string[] = [];
  const { title, summary, body, text } = titleAndSummary(rawBody, frontmatter, notes);
  if (text.trim() === '')
    throw new InputError(`${input.name} has no text to import once its markup is set aside.`);
  const lang = options.lang ?? nonEmpty(frontmatter.lang) ?? (isMostlyArabic(text) ? 'ar' : 'en');
  const linking = linkNames(body, graph, primaryLanguage(lang), alreadyLinked, options.link);
  const candidates = candidateNames(body, graph, linking.spans);
  const previousStatus = nonEmpty(frontmatter.status);
  if (previousStatus && previousStatus !== 'draft')
    notes.push(`The status is draft (the imported file said ${previousStatus}).`);
  // The file name carries the language, and a --type given wins over the imported one.
  const { lang: _lang, ...imported } = frontmatter;
  if (options.type !== undefined) delete imported.type;
  const fields = { title, summary, type: options.type ?? 'analysis' };
  const { yaml, leftOut } = draftFrontmatter(fields, imported);
  if (leftOut.length > 0) {
    notes.push(`Frontmatter kept as comments, not fields: ${leftOut.join(', ')}.`);
  }
  return {
    format,
    lang,
    title,
    markdown: `---\n${yaml}---\n\n${linking.body.trim()}\n`,
    linked: linking.linked,
    ambiguous: linking.ambiguous,
    candidates,
    notes,
  };
}
