import { describe, expect, it } from 'vitest';
import { splitLines } from './source-lines.js';

describe('splitLines', () => {
  it('ends lines at LF, CRLF and a lone CR, as the engine numbers them', () => {
    expect(splitLines('a\r\nb\nc\rd')).toEqual(['a', 'b', 'c', 'd']);
  });

  it('leaves no CR at the end of CRLF lines', () => {
    expect(splitLines('id: x\r\nname: y\r\n')).toEqual(['id: x', 'name: y', '']);
  });

  it('drops a byte order mark so line 1 columns match', () => {
    expect(splitLines('\ufeffid: x')[0]).toBe('id: x');
  });
});
