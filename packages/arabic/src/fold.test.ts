import { describe, expect, it } from 'vitest';
import { foldForSearch } from './fold.js';

describe('foldForSearch', () => {
  it('normalises Arabic as normalizeArabic does', () => {
    expect(foldForSearch('الأمريكيّة ٢٠٢٤')).toBe('الامريكيه 2024');
  });

  it('lower-cases and strips diacritics from Latin letters', () => {
    expect(foldForSearch('Ḥizballāh')).toBe('hizballah');
    expect(foldForSearch('Erdoğan ÉCOLE Sūdānī')).toBe('erdogan ecole sudani');
  });

  it('strips combining marks typed after ASCII letters', () => {
    expect(foldForSearch('Cafe\u0301')).toBe('cafe');
  });

  it('keeps marks that carry meaning in other scripts', () => {
    expect(foldForSearch('हिंदी')).toBe('हिंदी');
    expect(foldForSearch('שָׁלוֹם')).toBe('שָׁלוֹם');
  });

  it('folds typographic apostrophes and hyphens to their ASCII forms', () => {
    expect(foldForSearch('Kata’ib al‑Sudani')).toBe("kata'ib al-sudani");
  });

  it('keeps letters without a decomposition', () => {
    expect(foldForSearch('Ørsted Straße')).toBe('ørsted straße');
  });
});
