import { displayWidth } from '../text/display-width.js';

/** How a column is aligned: text to the left, numbers to the right. */
export type Alignment = 'left' | 'right';

/**
 * Rows laid out in columns padded to terminal cells, not characters, so Arabic with harakat lines up.
 * The last column is never padded: a right-to-left name there cannot push the others around when a
 * terminal reorders the line.
 */
export function alignedTable(
  rows: readonly (readonly string[])[],
  alignments: readonly Alignment[],
): string[] {
  const widths = alignments.map((_, column) =>
    Math.max(0, ...rows.map((row) => displayWidth(row[column] ?? ''))),
  );
  return rows.map((row) =>
    row
      .map((cell, column) => {
        if (column === row.length - 1 && alignments[column] === 'left') return cell;
        const padding = ' '.repeat((widths[column] ?? 0) - displayWidth(cell));
        return alignments[column] === 'right' ? padding + cell : cell + padding;
      })
      .join('  ')
      .trimEnd(),
  );
}
