import { describe, expect, it } from 'vitest';
import { displayWidth } from '../text/display-width.js';
import { alignedTable } from './aligned-table.js';

describe('alignedTable', () => {
  it('pads by terminal cells, so a label with harakat lines up with a plain one', () => {
    const lines = alignedTable(
      [
        ['مُحَمَّد', '7'],
        ['abcd', '12'],
      ],
      ['left', 'right'],
    );
    // 'مُحَمَّد' is 8 code points but 4 cells: both labels are 4 cells, the counts end in the same column.
    expect(lines).toEqual(['مُحَمَّد   7', 'abcd  12']);
    expect(new Set(lines.map(displayWidth))).toEqual(new Set([8]));
  });

  it('leaves a last text column unpadded, so a right-to-left name there moves nothing', () => {
    expect(
      alignedTable(
        [
          ['3', 'irgc', 'الحرس الثوري'],
          ['12', 'al-sudani', 'السوداني'],
        ],
        ['right', 'left', 'left'],
      ),
    ).toEqual([' 3  irgc       الحرس الثوري', '12  al-sudani  السوداني']);
  });
});
