import { describe, expect, it } from 'vitest';
import { hasRightToLeft, printable } from './printable.js';

describe('printable', () => {
  it('turns an escape sequence into visible text of the same length', () => {
    const hostile = 'x\u001b[2J\u001b]0;title\u0007y';
    const shown = printable(hostile);
    expect(shown).not.toMatch(/[\u0000-\u0008\u000a-\u001f\u007f-\u009f]/);
    expect(shown.length).toBe(hostile.length);
    expect(shown).toBe('x␛[2J␛]0;title␇y');
  });

  it('keeps tabs, Arabic and marks, and pictures DEL and C1 controls', () => {
    expect(printable('a\tبُ')).toBe('a\tبُ');
    expect(printable('\u007f\u0085')).toBe('␡\ufffd');
  });
});

describe('hasRightToLeft', () => {
  it('finds Arabic, Arabic presentation forms and Hebrew', () => {
    expect(hasRightToLeft('id: al-sudani # السوداني')).toBe(true);
    expect(hasRightToLeft('ﻻ')).toBe(true);
    expect(hasRightToLeft('שלום')).toBe(true);
  });

  it('does not flag Latin text, digits or punctuation', () => {
    expect(hasRightToLeft('- { actor: abu-taqwa, role: victim } 2024 «»')).toBe(false);
  });
});
