import { Actor, Article, Localized } from '@marsad/schema';
import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { taggedTexts } from './tagged-texts.js';

const texts = (schema: Parameters<typeof taggedTexts>[0], value: unknown) =>
  [...taggedTexts(schema, value)].map(({ path, lang, text }) => `${path.join('.')} (${lang}): ${text}`);

describe('taggedTexts', () => {
  it('finds every Localized value and alias of an actor, nested ones included, in the order written', () => {
    const actor: Actor = {
      id: 'abu-mahdi-al-muhandis',
      kind: 'person',
      name: { ar: 'أبو مهدي المهندس', en: 'Abu Mahdi al-Muhandis' },
      aliases: [{ value: 'المهندس', lang: 'ar', kind: 'laqab' }],
      memberships: [{ organization: 'pmf', role: { en: 'Deputy chairman' } }],
      relations: [{ type: 'allied-with', target: 'irgc', note: { ar: 'تحالف' } }],
      designations: [{ by: 'united-states', list: { en: 'SDGT' }, date: '2009' }],
    };
    expect(texts(Actor, actor)).toEqual([
      'name.ar (ar): أبو مهدي المهندس',
      'name.en (en): Abu Mahdi al-Muhandis',
      'aliases.0.value (ar): المهندس',
      'memberships.0.role.en (en): Deputy chairman',
      'relations.0.note.ar (ar): تحالف',
      'designations.0.list.en (en): SDGT',
    ]);
  });

  it('finds the localized fields of an article: corrections, retraction and cover text', () => {
    const article = {
      title: 'عنوان',
      summary: 'ملخص',
      type: 'brief',
      status: 'retracted',
      corrections: [{ date: '2024-01-12', note: { en: 'Corrected a date' } }],
      retraction: { date: '2024-02-01', note: { ar: 'سحب المقال' } },
      cover: { src: 'images/a.jpg', alt: { ar: 'صورة' } },
    };
    expect(texts(Article, article)).toEqual([
      'corrections.0.note.en (en): Corrected a date',
      'cover.alt.ar (ar): صورة',
      'retraction.note.ar (ar): سحب المقال',
    ]);
  });

  it('follows any schema, so a new Localized field is found without being named', () => {
    const schema = z.object({
      caption: Localized.optional(),
      panels: z.array(z.object({ label: Localized })),
      byRegion: z.record(z.string(), Localized),
    });
    const value = {
      caption: { en: 'Map' },
      panels: [{ label: { ar: 'بغداد' } }],
      byRegion: { north: { en: 'Erbil' } },
    };
    expect(texts(schema, value)).toEqual([
      'caption.en (en): Map',
      'panels.0.label.ar (ar): بغداد',
      'byRegion.north.en (en): Erbil',
    ]);
  });

  it('skips values that do not fit the schema instead of throwing', () => {
    const broken = { name: 'not a mapping', aliases: [{ value: 'x' }, 7], memberships: 'none' };
    expect(texts(Actor, broken)).toEqual([]);
    expect(texts(Actor, null)).toEqual([]);
    expect(texts(Actor, { name: { ar: 7, en: 'Name' } })).toEqual(['name.en (en): Name']);
  });
});
