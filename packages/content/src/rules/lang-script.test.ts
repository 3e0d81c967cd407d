import { describe, expect, it } from 'vitest';
import { scriptProblem } from './lang-script.js';

describe('scriptProblem', () => {
  it('accepts Arabic text keyed ar, with digits, punctuation and harakat', () => {
    expect(scriptProblem('ar', 'محمد شياع السوداني')).toBeUndefined();
    expect(scriptProblem('ar', 'ضربة مقر اللواء 12 في 2024-01-04.')).toBeUndefined();
    expect(scriptProblem('ar', 'السُّودانيّ')).toBeUndefined();
  });

  it('does not count Latin acronyms inside Arabic text', () => {
    // Without the discount these are 4 Arabic letters of 8 and 4 of 7.
    expect(scriptProblem('ar', 'قائد IRGC')).toBeUndefined();
    expect(scriptProblem('ar', 'طلعة F-16')).toBeUndefined();
  });

  it('still counts Latin words that are not acronyms', () => {
    expect(scriptProblem('ar', 'قاعدة Ain al-Asad الجوية')).toEqual({
      language: 'Arabic',
      // 11 Arabic letters of 20.
      reason: 'only 55% of its letters are Arabic script',
    });
  });

  it('reports Latin text keyed ar, an acronym alone included', () => {
    expect(scriptProblem('ar', 'Mohammed Shia al-Sudani')?.reason).toBe(
      'only 0% of its letters are Arabic script',
    );
    expect(scriptProblem('ar', 'PMF')?.language).toBe('Arabic');
  });

  it('reports Arabic text keyed en, but not an Arabic name quoted in English', () => {
    expect(scriptProblem('en', 'الحشد الشعبي')).toEqual({
      language: 'English',
      reason: '100% of its letters are Arabic script',
    });
    expect(scriptProblem('en', 'Popular Mobilization Forces (الحشد الشعبي)')).toBeUndefined();
  });

  it('reads the primary subtag of a regional tag', () => {
    expect(scriptProblem('ar-IQ', 'Baghdad')?.language).toBe('Arabic');
    expect(scriptProblem('EN-gb', 'بغداد')?.language).toBe('English');
  });

  it('leaves other languages and texts without letters alone', () => {
    expect(scriptProblem('fa', 'Tehran')).toBeUndefined();
    expect(scriptProblem('ku', 'بغداد')).toBeUndefined();
    expect(scriptProblem('ar', '2024-01-05')).toBeUndefined();
    expect(scriptProblem('en', '١٢٣')).toBeUndefined();
  });
});
