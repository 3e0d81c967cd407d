import { describe, expect, it } from 'vitest';
import { colorsWanted, createColors } from './ansi.js';

describe('colorsWanted', () => {
  it('colours a terminal and nothing else by default', () => {
    expect(colorsWanted(true, {})).toBe(true);
    expect(colorsWanted(false, {})).toBe(false);
  });

  it('turns colours off when NO_COLOR is set and not empty', () => {
    expect(colorsWanted(true, { NO_COLOR: '1' })).toBe(false);
    expect(colorsWanted(true, { NO_COLOR: '' })).toBe(true);
  });

  it('lets FORCE_COLOR force colours on (even piped, even with NO_COLOR) and 0 force them off', () => {
    expect(colorsWanted(false, { FORCE_COLOR: '1' })).toBe(true);
    expect(colorsWanted(false, { FORCE_COLOR: '' })).toBe(true);
    expect(colorsWanted(true, { FORCE_COLOR: '1', NO_COLOR: '1' })).toBe(true);
    expect(colorsWanted(true, { FORCE_COLOR: '0' })).toBe(false);
  });
});

describe('createColors', () => {
  it('wraps text in SGR codes only when enabled', () => {
    expect(createColors(true).red('x')).toBe('\u001b[31mx\u001b[39m');
    expect(createColors(false).red('x')).toBe('x');
  });
});
