/**
 * Terminal display width of text: how many cells a monospace terminal gives each character. Columns in
 * diagnostics count UTF-16 code units; a caret under them has to count cells instead, or it drifts
 * right of every Arabic word with harakat and left of every CJK one.
 */

/** Combining marks (harakat, shadda, superscript alef…) and format characters (ZWJ, ZWNJ, bidi marks). */
const ZERO_WIDTH = /^[\p{Mn}\p{Me}\p{Cf}]$/u;

/** East Asian Wide and Fullwidth blocks (UAX #11), plus the emoji blocks terminals draw two cells wide. */
const WIDE_RANGES: readonly (readonly [number, number])[] = [
  [0x1100, 0x115f],
  [0x231a, 0x231b],
  [0x2329, 0x232a],
  [0x23e9, 0x23ec],
  [0x25fd, 0x25fe],
  [0x2614, 0x2615],
  [0x2e80, 0x303e],
  [0x3041, 0x33ff],
  [0x3400, 0x4dbf],
  [0x4e00, 0x9fff],
  [0xa000, 0xa4cf],
  [0xa960, 0xa97f],
  [0xac00, 0xd7a3],
  [0xf900, 0xfaff],
  [0xfe10, 0xfe19],
  [0xfe30, 0xfe6f],
  [0xff00, 0xff60],
  [0xffe0, 0xffe6],
  [0x16fe0, 0x18aff],
  [0x1b000, 0x1b2ff],
  [0x1f300, 0x1f64f],
  [0x1f680, 0x1f6ff],
  [0x1f900, 0x1f9ff],
  [0x1fa70, 0x1faff],
  [0x20000, 0x3fffd],
];

function isWide(codePoint: number): boolean {
  let low = 0;
  let high = WIDE_RANGES.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const [start, end] = WIDE_RANGES[middle]!;
    if (codePoint < start) high = middle - 1;
    else if (codePoint > end) low = middle + 1;
    else return true;
  }
  return false;
}

/** Cells one character (a whole code point) takes: 0 for combining and format characters, 2 for wide ones. */
export function charWidth(char: string): number {
  const codePoint = char.codePointAt(0);
  if (codePoint === undefined) return 0;
  if (ZERO_WIDTH.test(char)) return 0;
  return isWide(codePoint) ? 2 : 1;
}

/** Cells a text without tabs or line breaks takes. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const char of text) width += charWidth(char);
  return width;
}

/** One character of a laid-out line: its text as shown (a tab becomes spaces) and the cells it covers. */
export interface Cell {
  text: string;
  /** First cell, 0-based. */
  column: number;
  width: number;
}

/** A line as a terminal shows it, with a map from UTF-16 offsets to display columns. */
export interface LineLayout {
  cells: Cell[];
  /** The line with tabs expanded. */
  text: string;
  /** Total cells. */
  width: number;
  /** Display column (0-based) where the character at a UTF-16 offset starts; past the end, the line's width. */
  columnAt(offset: number): number;
}

/** Lays out one line (no line breaks), expanding tabs to the next multiple of `tabWidth` cells. */
export function layoutLine(line: string, tabWidth = 4): LineLayout {
  const cells: Cell[] = [];
  const columns: number[] = [];
  let column = 0;
  for (const char of line) {
    const width = char === '\t' ? tabWidth - (column % tabWidth) : charWidth(char);
    const text = char === '\t' ? ' '.repeat(width) : char;
    cells.push({ text, column, width });
    // A surrogate pair is two code units that both start at this column.
    for (let unit = 0; unit < char.length; unit++) columns.push(column);
    column += width;
  }
  const width = column;
  return {
    cells,
    text: cells.map((cell) => cell.text).join(''),
    width,
    columnAt: (offset) => (offset >= 0 && offset < columns.length ? columns[offset]! : width),
  };
}

/** A part of a laid-out line cut to a window of cells, with `…` where text was cut off. */
export interface ClippedLine {
  text: string;
  /** The display column of the original line that column 0 of {@link ClippedLine.text} stands for. */
  origin: number;
}

/**
 * Cuts a line to the `width` cells starting at `from`. A cut side shows `…` in its first or last cell,
 * and combining marks stay with their base character.
 */
export function clipLine(layout: LineLayout, from: number, width: number): ClippedLine {
  const start = Math.max(0, from);
  if (start === 0 && layout.width <= width) return { text: layout.text, origin: 0 };
  const end = start + width;
  const cutStart = start > 0;
  const cutEnd = layout.width > end;
  const first = cutStart ? start + 1 : start;
  const last = cutEnd ? end - 1 : end;
  let text = cutStart ? '…' : '';
  let cursor = first;
  let kept = false;
  for (const cell of layout.cells) {
    if (cell.width === 0) {
      if (kept) text += cell.text;
      continue;
    }
    kept = cell.column >= first && cell.column + cell.width <= last;
    if (!kept) continue;
    // A wide character straddling an edge leaves its cells blank rather than shifting the rest.
    text += ' '.repeat(cell.column - cursor) + cell.text;
    cursor = cell.column + cell.width;
  }
  const stop = cutEnd ? last : Math.min(end, layout.width);
  text += ' '.repeat(Math.max(0, stop - cursor)) + (cutEnd ? '…' : '');
  return { text, origin: start };
}
