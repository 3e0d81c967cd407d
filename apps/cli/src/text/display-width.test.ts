import { describe, expect, it } from 'vitest';
import { charWidth, clipLine, displayWidth, layoutLine } from './display-width.js';

describe('charWidth', () => {
  it('gives harakat, shadda and superscript alef no cell', () => {
    for (const mark of ['\u064e', '\u064f', '\u0650', '\u0651', '\u0652', '\u064b', '\u0670']) {
      expect(charWidth(mark), mark.codePointAt(0)!.toString(16)).toBe(0);
    }
  });

  it('gives format characters (ZWNJ, ZWJ, bidi marks) no cell', () => {
    for (const format of ['\u200c', '\u200d', '\u200e', '\u200f', '\u2067'])
      expect(charWidth(format)).toBe(0);
  });

  it('gives Arabic letters, tatweel and Latin one cell', () => {
    for (const char of ['ب', 'ـ', 'ﻻ', 'a', '٣']) expect(charWidth(char)).toBe(1);
  });

  it('gives CJK, Hangul, fullwidth forms and emoji two cells', () => {
    for (const char of ['中', '한', 'Ａ', '😀', '𠀀']) expect(charWidth(char)).toBe(2);
  });
});

describe('displayWidth', () => {
  it('counts an Arabic word with harakat by its letters', () => {
    // س and ي carry shadda and damma: 8 letters, 12 code units.
    const word = 'السُّودانيُّ';
    expect(word.length).toBe(12);
    expect(displayWidth(word)).toBe(8);
  });

  it('counts mixed text', () => {
    expect(displayWidth('id: 中文 ok')).toBe(11);
  });
});

describe('layoutLine', () => {
  it('maps UTF-16 offsets to display columns across harakat', () => {
    const layout = layoutLine('قال السُّودانيُّ اليوم');
    const word = 'قال السُّودانيُّ اليوم'.indexOf('اليوم');
    expect(layout.columnAt(0)).toBe(0);
    expect(layout.columnAt(4)).toBe(4);
    expect(layout.columnAt(word)).toBe(4 + 8 + 1);
    expect(layout.width).toBe(4 + 8 + 1 + 5);
  });

  it('gives both halves of a surrogate pair the column of the character', () => {
    const layout = layoutLine('a😀b');
    expect([0, 1, 2, 3].map((offset) => layout.columnAt(offset))).toEqual([0, 1, 1, 3]);
    expect(layout.columnAt(4)).toBe(4);
  });

  it('expands tabs to the next tab stop', () => {
    const layout = layoutLine('a\tbc\td', 4);
    expect(layout.text).toBe('a   bc  d');
    expect(layout.columnAt(2)).toBe(4);
    expect(layout.columnAt(5)).toBe(8);
  });

  it('puts offsets past the end at the line width', () => {
    expect(layoutLine('abc').columnAt(99)).toBe(3);
  });
});

describe('clipLine', () => {
  const layout = layoutLine('0123456789abcdefghij');

  it('keeps a line that fits', () => {
    expect(clipLine(layoutLine('short'), 0, 10)).toEqual({ text: 'short', origin: 0 });
  });

  it('marks the cut side with an ellipsis and keeps the window width', () => {
    expect(clipLine(layout, 0, 8)).toEqual({ text: '0123456…', origin: 0 });
    expect(clipLine(layout, 5, 8)).toEqual({ text: '…6789ab…', origin: 5 });
    expect(clipLine(layout, 14, 8)).toEqual({ text: '…fghij', origin: 14 });
  });

  it('keeps combining marks with their letter and blanks a wide character cut in half', () => {
    const arabic = layoutLine('بَبَبَبَبَبَ');
    expect(clipLine(arabic, 0, 4).text).toBe('بَبَبَ…');
    const wide = layoutLine('ab中文cd');
    // Cells: a0 b1 中2-3 文4-5 c6 d7. Each window is 5 cells wide whatever falls out.
    expect(clipLine(wide, 1, 5)).toEqual({ text: '…中 …', origin: 1 });
    expect(clipLine(wide, 2, 5)).toEqual({ text: '… 文…', origin: 2 });
  });
});
