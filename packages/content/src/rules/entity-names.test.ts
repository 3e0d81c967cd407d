import { describe, expect, it } from 'vitest';
import { namesOf, primaryLanguage } from './entity-names.js';

describe('namesOf', () => {
  it('lists the name in each language, then the aliases in the order written, with their kinds', () => {
    const names = namesOf({
      name: { ar: 'محمد شياع السوداني', en: 'Mohammed Shia al-Sudani' },
      aliases: [
        { value: 'السوداني', lang: 'ar', kind: 'nisba' },
        { value: 'al-Sudani', lang: 'en' },
      ],
    });
    expect(names).toEqual([
      { value: 'محمد شياع السوداني', lang: 'ar' },
      { value: 'Mohammed Shia al-Sudani', lang: 'en' },
      { value: 'السوداني', lang: 'ar', aliasKind: 'nisba' },
      { value: 'al-Sudani', lang: 'en' },
    ]);
  });
});

describe('primaryLanguage', () => {
  it('keeps the primary subtag of a language tag, lower-cased', () => {
    expect(['ar-IQ', 'AR', 'en-Latn-GB', 'ckb', ''].map(primaryLanguage)).toEqual([
      'ar',
      'ar',
      'en',
      'ckb',
      '',
    ]);
  });
});
