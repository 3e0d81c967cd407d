import { describe, expect, it } from 'vitest';
import { textIn } from './localized-text.js';

describe('textIn', () => {
  const name = { ar: 'مرصد', en: 'Marsad' };

  it('gives the text in the language asked for', () => {
    expect(textIn(name, 'en')).toBe('Marsad');
  });

  it('falls back to the first language written, also when no language is asked for', () => {
    expect(textIn(name, 'fr')).toBe('مرصد');
    expect(textIn({ en: 'Marsad', ar: 'مرصد' }, undefined)).toBe('Marsad');
  });

  it('gives an empty string for no text', () => {
    expect(textIn(undefined, 'ar')).toBe('');
  });
});
