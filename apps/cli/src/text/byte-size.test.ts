import { describe, expect, it } from 'vitest';
import { byteSize } from './byte-size.js';

describe('byteSize', () => {
  it('keeps bytes whole below a kilobyte', () => {
    expect(byteSize(0)).toBe('0 B');
    expect(byteSize(999)).toBe('999 B');
  });

  it('shows one decimal below 10 of a unit and none above', () => {
    expect(byteSize(4_200)).toBe('4.2 kB');
    expect(byteSize(139_000_000)).toBe('139 MB');
    expect(byteSize(2_500_000_000)).toBe('2.5 GB');
  });
});
