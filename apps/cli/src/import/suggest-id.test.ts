import { isId } from '@marsad/schema';
import { describe, expect, it } from 'vitest';
import { romanise, suggestId } from './suggest-id.js';

describe('romanise', () => {
  it('writes Arabic letters as ids do, the article as al-, waw and yeh as vowels inside words', () => {
    expect(romanise('محمد شياع السوداني')).toBe('mhmd shya al-sudani');
    expect(romanise('أبو تقوى')).toBe('abu tqwa');
    expect(romanise('جبهة')).toBe('jbha');
    expect(romanise('وليد')).toBe('wlid');
  });

  it('leaves other scripts and digits as they are, Arabic-Indic digits in ASCII', () => {
    expect(romanise('اللواء ١٢ (Brigade)')).toBe('al-lwa 12 (Brigade)');
  });
});

describe('suggestId', () => {
  it('makes a valid id from Arabic and from accented Latin', () => {
    expect(suggestId('اللواء 12')).toBe('al-lwa-12');
    expect(suggestId('Kata’ib Ḥizballāh')).toBe('kataib-hizballah');
    expect(suggestId("The Coalition's Exit: What Next?")).toBe('the-coalitions-exit-what-next');
  });

  it('keeps six words at most and sixty characters, at a word boundary', () => {
    expect(suggestId('one two three four five six seven')).toBe('one-two-three-four-five-six');
    // Two words of thirty make 61 characters with their hyphen: one too many.
    const long = suggestId(`${'a'.repeat(30)} ${'b'.repeat(30)} ${'c'.repeat(30)}`);
    expect(long).toBe('a'.repeat(30));
    expect(isId(long ?? '')).toBe(true);
  });

  it('gives nothing when no letters or digits remain, or one character only', () => {
    expect(suggestId('«»!?')).toBeUndefined();
    expect(suggestId('x')).toBeUndefined();
  });
});
