import type { Position, Range } from '../diagnostics/diagnostic.js';

/**
 * Converts string offsets of one text to 1-based line and column (UTF-16 code units) and back.
 * `\n`, `\r\n` and a lone `\r` each end a line, as in editors, so CRLF files get the columns an
 * editor shows. Building costs one pass over the text; each lookup is a binary search.
 */
export class LineIndex {
  readonly #starts: number[];
  readonly #length: number;

  constructor(text: string) {
    const starts = [0];
    for (let offset = 0; offset < text.length; offset++) {
      const code = text.charCodeAt(offset);
      if (code === 10) {
        starts.push(offset + 1);
      } else if (code === 13) {
        if (text.charCodeAt(offset + 1) === 10) offset++;
        starts.push(offset + 1);
      }
    }
    this.#starts = starts;
    this.#length = text.length;
  }

  /** Number of lines; a text ending with a line break has an empty last line. */
  get lineCount(): number {
    return this.#starts.length;
  }

  /** Position of `offset`, clamped into the text (the end of the text is a valid position). */
  position(offset: number): Position {
    const clamped = Math.min(Math.max(0, Math.floor(offset) || 0), this.#length);
    let low = 0;
    let high = this.#starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if ((this.#starts[middle] ?? 0) <= clamped) low = middle;
      else high = middle - 1;
    }
    return { line: low + 1, column: clamped - (this.#starts[low] ?? 0) + 1 };
  }

  /** Offset of a position, clamped to the line's start and to the text's end. */
  offset(position: Position): number {
    const lineIndex = Math.min(Math.max(1, position.line), this.#starts.length) - 1;
    const start = this.#starts[lineIndex] ?? 0;
    return Math.min(start + Math.max(0, position.column - 1), this.#length);
  }

  /** Range of `[start, end)`, its lines shifted down by `lineOffset` (lines that precede this text). */
  range(start: number, end: number, lineOffset = 0): Range {
    const from = this.position(start);
    const to = this.position(Math.max(start, end));
    return {
      line: from.line + lineOffset,
      column: from.column,
      endLine: to.line + lineOffset,
      endColumn: to.column,
    };
  }
}
