import type { Range } from '@marsad/content';
import { clipLine, displayWidth, layoutLine } from '../text/display-width.js';
import { hasRightToLeft, printable } from '../text/printable.js';

/** How to draw a snippet. */
export interface SnippetOptions {
  /** Width of the gutter's line-number field. */
  gutterWidth: number;
  /** Terminal width; longer lines are cut to a window around the span. */
  columns?: number;
  /** Cells per tab stop; default 4. */
  tabWidth?: number;
  /** Styles the line-number gutter. */
  gutter?: (text: string) => string;
  /** Styles the underline. */
  marker?: (text: string) => string;
}

/** The narrowest window a long line is cut to, however narrow the terminal claims to be. */
const MIN_SOURCE_WIDTH = 20;
/** The longest underlined text echoed after the caret. */
const MAX_ECHO_WIDTH = 40;

function clampOffset(column: number, length: number): number {
  return Math.min(Math.max(column - 1, 0), length);
}

/** The underlined text, shortened with `…` so a span over a whole paragraph does not flood the report. */
function echo(text: string): string {
  if (displayWidth(text) <= MAX_ECHO_WIDTH) return text;
  return clipLine(layoutLine(text), 0, MAX_ECHO_WIDTH).text;
}

/**
 * The source line of a span with an underline beneath it, as two lines:
 *
 * ```text
 *   13 │   - { actor: abu-taqwaa, role: victim }
 *      │              ^^^^^^^^^^
 * ```
 *
 * The underline is placed in display columns (combining marks take no cell, wide characters two, tabs
 * expand). A span over several lines is underlined to the end of its first line. On a line with
 * right-to-left text the underlined text follows the caret (`^^^^ «السوداني»`): terminals differ in
 * whether they reorder such a line, and the echo names the span either way.
 */
export function sourceSnippet(
  line: string,
  span: Range,
  options: SnippetOptions,
): [line: string, underline: string] {
  const gutter = options.gutter ?? ((text: string) => text);
  const marker = options.marker ?? ((text: string) => text);
  const text = printable(line);
  const layout = layoutLine(text, options.tabWidth ?? 4);
  const startOffset = clampOffset(span.column, text.length);
  const endOffset =
    span.endLine === span.line
      ? Math.max(startOffset, clampOffset(span.endColumn, text.length))
      : text.length;
  const start = layout.columnAt(startOffset);
  const end = Math.max(layout.columnAt(endOffset), start + 1);

  const number = ` ${String(span.line).padStart(options.gutterWidth)} │`;
  const blank = `${' '.repeat(options.gutterWidth + 2)}│`;
  const available =
    options.columns === undefined
      ? Infinity
      : Math.max(MIN_SOURCE_WIDTH, options.columns - number.length - 1);
  let shown = { text: layout.text, origin: 0 };
  let underlineEnd = end;
  if (layout.width > available) {
    const from = Math.max(0, Math.min(start - Math.floor(available / 4), layout.width - available));
    shown = clipLine(layout, from, available);
    underlineEnd = Math.min(end, from + available - (from + available < layout.width ? 1 : 0));
  }
  const underline = '^'.repeat(Math.max(1, underlineEnd - start));
  const underlined = text.slice(startOffset, endOffset).trim();
  const echoed = hasRightToLeft(text) && underlined !== '' ? ` «${echo(underlined)}»` : '';

  return [
    `${gutter(number)} ${shown.text}`.trimEnd(),
    `${gutter(blank)} ${' '.repeat(start - shown.origin)}${marker(underline + echoed)}`,
  ];
}
