import { describe, expect, it } from 'vitest';
import { verdict } from './verdict.js';

const counts = (errors: number, warnings: number, infos = 0) => ({ errors, warnings, infos });

describe('verdict', () => {
  it('passes warnings and info by default', () => {
    expect(verdict(counts(0, 3, 2), {})).toEqual({ exitCode: 0 });
  });

  it('fails on any error', () => {
    expect(verdict(counts(1, 0), { maxWarnings: 10 })).toEqual({ exitCode: 1 });
  });

  it('fails on warnings under strict, saying why', () => {
    expect(verdict(counts(0, 1), { strict: true })).toEqual({
      exitCode: 1,
      reason: '--strict fails the run on 1 warning.',
    });
    expect(verdict(counts(0, 0, 4), { strict: true }).exitCode).toBe(0);
  });

  it('fails only beyond max-warnings', () => {
    expect(verdict(counts(0, 2), { maxWarnings: 2 }).exitCode).toBe(0);
    expect(verdict(counts(0, 3), { maxWarnings: 2 })).toEqual({
      exitCode: 1,
      reason: '3 warnings exceed --max-warnings 2.',
    });
    expect(verdict(counts(0, 1), { maxWarnings: 0 })).toEqual({
      exitCode: 1,
      reason: '1 warning exceeds --max-warnings 0.',
    });
  });
});
