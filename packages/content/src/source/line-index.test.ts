import { describe, expect, it } from 'vitest';
import { LineIndex } from './line-index.js';

describe('LineIndex', () => {
  it('maps offsets to 1-based lines and columns across \\n, \\r\\n and a lone \\r', () => {
    const text = 'ab\ncd\r\nef\rgh';
    const index = new LineIndex(text);
    expect(index.lineCount).toBe(4);
    expect(index.position(0)).toEqual({ line: 1, column: 1 });
    expect(index.position(2)).toEqual({ line: 1, column: 3 });
    expect(index.position(text.indexOf('c'))).toEqual({ line: 2, column: 1 });
    expect(index.position(text.indexOf('d'))).toEqual({ line: 2, column: 2 });
    expect(index.position(text.indexOf('e'))).toEqual({ line: 3, column: 1 });
    expect(index.position(text.indexOf('h'))).toEqual({ line: 4, column: 2 });
  });

  it('counts columns in UTF-16 code units, as editors do', () => {
    const text = 'عنوان: 😀x';
    expect(new LineIndex(text).position(text.indexOf('x'))).toEqual({ line: 1, column: 10 });
  });

  it('clamps offsets outside the text and treats the end as a position', () => {
    const index = new LineIndex('a\nbc\n');
    expect(index.position(-5)).toEqual({ line: 1, column: 1 });
    expect(index.position(5)).toEqual({ line: 3, column: 1 });
    expect(index.position(999)).toEqual({ line: 3, column: 1 });
  });

  it('converts positions back to offsets', () => {
    const text = 'one\r\ntwo\nthree';
    const index = new LineIndex(text);
    for (let offset = 0; offset <= text.length; offset++) {
      if (text[offset - 1] === '\r' && text[offset] === '\n') continue; // inside a CRLF pair
      expect(index.offset(index.position(offset))).toBe(offset);
    }
    expect(index.offset({ line: 99, column: 1 })).toBe(text.indexOf('three'));
  });

  it('shifts ranges by a line offset', () => {
    const index = new LineIndex('key: value\nnext: 1');
    expect(index.range(5, 10, 1)).toEqual({ line: 2, column: 6, endLine: 2, endColumn: 11 });
    expect(index.range(11, 15)).toEqual({ line: 2, column: 1, endLine: 2, endColumn: 5 });
  });
});
