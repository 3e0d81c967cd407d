import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arabicScriptRatio, isMostlyArabic } from './script-ratio.js';

describe('arabicScriptRatio', () => {
  it('counts letters and Arabic-script letters as the Unicode regexes do, on any text', () => {
    const count = (text: string, pattern: RegExp) => text.match(pattern)?.length ?? 0;
    const unit = fc.oneof(
      fc.integer({ min: 0x0600, max: 0x06ff }).map((code) => String.fromCharCode(code)),
      fc.constantFrom('a', 'é', 'ـ', 'ﻻ', '܀', 'ܐ', '𝐀', '😀', '\ud800', ' ', '5'),
      fc.string({ unit: 'binary', maxLength: 2 }),
    );
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 20 }), (text) => {
        const letters = count(text, /\p{L}/gu);
        const arabic = count(text, /(?=\p{L})\p{Script_Extensions=Arabic}/gu);
        expect(arabicScriptRatio(text)).toBe(letters === 0 ? 0 : arabic / letters);
      }),
    );
  });

  it('is the share of letters in Arabic script', () => {
    expect(arabicScriptRatio('السوداني')).toBe(1);
    expect(arabicScriptRatio('Sudani')).toBe(0);
    // 5 Arabic letters, 9 Latin letters.
    expect(arabicScriptRatio('قاعدة Ain al-Asad')).toBeCloseTo(5 / 14);
  });

  it('ignores digits, punctuation, spaces and harakat', () => {
    expect(arabicScriptRatio('عام 2024، (ab)')).toBe(3 / 5);
    expect(arabicScriptRatio('السُّودانيّ ok')).toBe(8 / 10);
  });

  it('counts Persian letters, tatweel and presentation forms as Arabic script', () => {
    expect(arabicScriptRatio('پـژوهش ﻻ')).toBe(1);
  });

  it('is 0, not NaN, without letters', () => {
    expect(arabicScriptRatio('')).toBe(0);
    expect(arabicScriptRatio('2024 ٢٠٢٤ ...')).toBe(0);
  });
});

describe('isMostlyArabic', () => {
  it('flags ar values that are not Arabic script and en values that are', () => {
    expect(isMostlyArabic('محمد شياع السوداني')).toBe(true);
    expect(isMostlyArabic('Mohammed Shia al-Sudani')).toBe(false);
    expect(isMostlyArabic('تقع قاعدة Ain al-Asad الجوية في الأنبار')).toBe(true);
    expect(isMostlyArabic('قاعدة Ain al-Asad الجوية')).toBe(false);
  });

  it('uses 0.6 by default and accepts another threshold', () => {
    // 3 Arabic letters of 5.
    expect(isMostlyArabic('عام ab')).toBe(true);
    expect(isMostlyArabic('عام abc')).toBe(false);
    expect(isMostlyArabic('عام abc', 0.5)).toBe(true);
  });

  it('rejects a threshold outside 0..1', () => {
    expect(() => isMostlyArabic('x', 60)).toThrow(RangeError);
  });
});
