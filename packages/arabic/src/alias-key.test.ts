import { describe, expect, it } from 'vitest';
import { aliasKey } from './alias-key.js';

const sameKey = (...names: string[]) => new Set(names.map(aliasKey)).size === 1;

describe('aliasKey', () => {
  it('matches vowel variants of one transliterated name', () => {
    expect(aliasKey('Muhandis')).toBe(aliasKey('Mohandes'));
    expect(sameKey('Abu Mahdi al-Muhandis', 'Abou Mehdi el Mohandes', 'abu mahdi al muhandis')).toBe(true);
  });

  it('drops the article however it is attached', () => {
    expect(sameKey('al-Sudani', 'Al Sudani', 'Sudani', 'AL-SUDANI', 'el-Sudani', 'al‑Sudani')).toBe(true);
  });

  it('drops an article assimilated to a sun letter', () => {
    expect(sameKey('Harakat an-Nujaba', 'Harakat al-Nujaba', 'Harakat Nujaba')).toBe(true);
    expect(sameKey('Kataib Sayyid ash-Shuhada', 'Kataib Sayyid al-Shuhada')).toBe(true);
  });

  it('ignores ʿayn and hamza marks and folds diphthongs', () => {
    expect(sameKey('Kataib Hezbollah', "Kata'ib Hizballah", 'Kataeb Hezbollah', 'Kataʾib Ḥizballāh')).toBe(
      true,
    );
    expect(sameKey('Hussein', 'Husayn', 'Husain')).toBe(true);
    expect(sameKey('Qasem Soleimani', 'Qassem Suleimani', 'Kasem Sulaymani')).toBe(true);
  });

  it('keeps clearly different names apart', () => {
    expect(aliasKey('Sudani')).not.toBe(aliasKey('Sadr'));
    expect(aliasKey('Nujaba')).not.toBe(aliasKey('Najaf'));
    expect(aliasKey('Hasan')).not.toBe(aliasKey('Hussein'));
    expect(aliasKey('Kataib Hezbollah')).not.toBe(aliasKey('Kataib Sayyid al-Shuhada'));
  });

  it('does not drop al inside a word or a lone al', () => {
    expect(aliasKey('Abdel Aziz')).not.toBe(aliasKey('Abd Aziz'));
    expect(aliasKey('Al')).toBe('al');
  });

  it('normalises Arabic names and collapses spaces, without transliterating them', () => {
    expect(aliasKey('أبو مهدي  المُهندس')).toBe('ابو مهدي المهندس');
    expect(aliasKey(' أبو مهدي\tالمهندس ')).toBe(aliasKey('ابو مهدي المهندس'));
    expect(aliasKey('كتائب حزب الله')).toBe('كتايب حزب الله');
  });

  it('gives an empty key for text without letters', () => {
    expect(aliasKey(' - ')).toBe('');
  });
});
