import { describe, expect, it } from 'vitest';
import { normalizeArabic } from './normalize.js';

describe('normalizeArabic', () => {
  it('removes harakat and shadda', () => {
    expect(normalizeArabic('السُّودانيّ')).toBe('السوداني');
    expect(normalizeArabic('مُحَمَّدٌ شِيَاعٍ')).toBe('محمد شياع');
  });

  it('removes the whole harakat range U+064B–U+065F and the superscript alef', () => {
    const marks = Array.from({ length: 0x065f - 0x064b + 1 }, (_, i) => String.fromCharCode(0x064b + i));
    expect(normalizeArabic(`ر${marks.join('')}ح`)).toBe('رح');
    expect(normalizeArabic('هٰذا')).toBe('هذا');
    expect(normalizeArabic('رحمٰن')).toBe('رحمن');
  });

  it('removes tatweel', () => {
    expect(normalizeArabic('الســوداني')).toBe('السوداني');
    expect(normalizeArabic('بـغـداد')).toBe('بغداد');
  });

  it('folds hamza carriers and wasla to bare letters', () => {
    expect(normalizeArabic('أبو إبراهيم آمرلي ٱلله')).toBe('ابو ابراهيم امرلي الله');
    expect(normalizeArabic('مؤتمر')).toBe('موتمر');
    expect(normalizeArabic('رئيس')).toBe('رييس');
  });

  it('treats a hamza written as a combining mark like the precomposed letter', () => {
    // ا + U+0654 is the decomposed form of أ; both must give the same key.
    expect(normalizeArabic('ا\u0654بو')).toBe(normalizeArabic('أبو'));
    expect(normalizeArabic('ي\u0654')).toBe(normalizeArabic('ئ'));
  });

  it('folds alef maqsura to yeh and ta marbuta to heh', () => {
    expect(normalizeArabic('مصطفى')).toBe('مصطفي');
    expect(normalizeArabic('الجوية')).toBe('الجويه');
    expect(normalizeArabic('الأمريكية')).toBe(normalizeArabic('الامريكيه'));
  });

  it('turns Arabic-Indic and Persian digits into ASCII', () => {
    expect(normalizeArabic('٢٠٢٤')).toBe('2024');
    expect(normalizeArabic('۲۰۲۴')).toBe('2024');
    expect(normalizeArabic('٠١٢٣٤٥٦٧٨٩ ۰۱۲۳۴۵۶۷۸۹')).toBe('0123456789 0123456789');
  });

  it('expands presentation forms', () => {
    expect(normalizeArabic('ﻻ')).toBe('لا');
    expect(normalizeArabic('ﷲ')).toBe('الله');
    // "العراق" in contextual glyphs, as pasted from some PDFs.
    expect(normalizeArabic('ﺍﻟﻌﺮﺍﻕ')).toBe('العراق');
    // ﻷ expands to لأ, which is then folded like any other hamza.
    expect(normalizeArabic('ﻷن')).toBe('لان');
  });

  it('leaves Latin text, punctuation and non-Arabic compatibility characters as written', () => {
    const latin = 'Ain al-Asad, Café «quoted» (x²) Ａ ﬁ — 100%';
    expect(normalizeArabic(latin)).toBe(latin);
    expect(normalizeArabic('قاعدة Ain al-Asad الجوية، ٢٠٢٤؟')).toBe('قاعده Ain al-Asad الجويه، 2024؟');
  });

  it('keeps Persian and Kurdish letters outside the folds', () => {
    expect(normalizeArabic('پژوهش گزارش کوردستان ۀ')).toBe('پژوهش گزارش کوردستان ۀ');
  });

  it('handles empty strings, astral characters and lone surrogates without losing them', () => {
    expect(normalizeArabic('')).toBe('');
    expect(normalizeArabic('😀 أ \uD800')).toBe('😀 ا \uD800');
  });

  it('explains what it expected when given something other than a string', () => {
    expect(() => normalizeArabic(42 as unknown as string)).toThrow(
      new TypeError('normalizeArabic expects a string, got number'),
    );
    expect(() => normalizeArabic(null as unknown as string)).toThrow(/got null/);
  });
});
