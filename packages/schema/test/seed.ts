// Valid entities from the seed analysis (the coalition's exit from Iraq), as editors write them.
import type { CaseSchema } from './invalid-cases.js';

export const alSudani = {
  id: 'al-sudani',
  kind: 'person',
  name: { ar: 'محمد شياع السوداني', en: 'Mohammed Shia al-Sudani' },
  aliases: [{ value: 'السوداني', lang: 'ar', kind: 'nisba' }],
  born: 1970,
  country: 'iraq',
  memberships: [
    {
      organization: 'iraqi-government',
      role: { ar: 'رئيس الوزراء', en: 'Prime Minister' },
      from: '2022-10-27',
      confidence: 'high',
      sources: [
        { title: 'Parliament approves the new cabinet', publisher: 'Iraqi News Agency', date: '2022-10-27' },
      ],
    },
  ],
};

export const abuMahdiAlMuhandis = {
  id: 'abu-mahdi-al-muhandis',
  kind: 'person',
  name: { ar: 'أبو مهدي المهندس', en: 'Abu Mahdi al-Muhandis' },
  aliases: [
    { value: 'أبو مهدي', lang: 'ar', kind: 'kunya' },
    { value: 'المهندس', lang: 'ar', kind: 'laqab' },
    { value: 'جمال جعفر إبراهيم', lang: 'ar', kind: 'birth-name' },
    { value: 'Mohandes', lang: 'en', kind: 'transliteration' },
  ],
  died: '2020-01-03',
  memberships: [
    {
      organization: 'popular-mobilization-forces',
      role: { ar: 'نائب رئيس هيئة الحشد الشعبي', en: 'Deputy chairman of the PMF' },
      to: '2020-01-03',
    },
  ],
};

export const harakatAlNujaba = {
  id: 'harakat-al-nujaba',
  kind: 'armed-group',
  name: { ar: 'حركة النجباء', en: 'Harakat al-Nujaba' },
  founded: '2013',
  relations: [
    { type: 'part-of', target: 'popular-mobilization-forces', note: { ar: 'اللواء 12', en: 'Brigade 12' } },
    { type: 'sponsored-by', target: 'irgc', confidence: 'medium' },
  ],
  designations: [
    { by: 'united-states', list: { en: 'Specially Designated Global Terrorist' }, date: '2019-03-05' },
  ],
};

export const brigade12Strike = {
  id: 'brigade-12-strike',
  title: {
    ar: 'ضربة أمريكية على مقر اللواء 12 في بغداد',
    en: 'US strike on the Brigade 12 headquarters in Baghdad',
  },
  date: '2024-01-04',
  type: 'remote-violence',
  subtype: 'air-or-drone-strike',
  location: { place: 'baghdad', precision: 'exact', coordinates: [44.4, 33.33] },
  participants: [
    { actor: 'us-armed-forces', role: 'perpetrator' },
    { actor: 'harakat-al-nujaba', role: 'target' },
    { actor: 'abu-taqwa', role: 'victim' },
  ],
  fatalities: { best: 2, low: 2, high: 3 },
  respondsTo: ['attacks-on-coalition-bases'],
  sources: [
    { title: 'US strike in Baghdad kills militia commander', publisher: 'Reuters', date: '2024-01-04' },
  ],
  confidence: 'high',
};

export const attackCampaign = {
  id: 'attacks-on-coalition-bases',
  title: { ar: 'حملة هجمات على قواعد التحالف', en: 'Attack campaign on bases hosting coalition forces' },
  date: '2023-10-17/2024-01',
  type: 'remote-violence',
  subtype: 'shelling-artillery-missile-attack',
  participants: [{ actor: 'islamic-resistance-in-iraq', role: 'claimant' }],
};

export const sudaniStatement = {
  id: 'sudani-no-foreign-forces-statement',
  title: {
    ar: 'السوداني: العراق لم يعد بحاجة إلى قوات أجنبية',
    en: 'Sudani says Iraq no longer needs foreign forces',
  },
  date: '2023-08~',
  type: 'political',
  subtype: 'statement',
  participants: [{ actor: 'al-sudani', role: 'announcer' }],
};

export const ainAlAsad = {
  id: 'ain-al-asad',
  kind: 'military-base',
  name: { ar: 'قاعدة عين الأسد الجوية', en: 'Ain al-Asad Air Base' },
  aliases: [
    { value: 'عين الأسد', lang: 'ar' },
    { value: 'Al Asad Airbase', lang: 'en', kind: 'official' },
  ],
  within: 'anbar',
  coordinates: [42.4412, 33.7856],
};

export const analysisDesk = {
  id: 'analysis-desk',
  name: { ar: 'وحدة التحليل', en: 'Analysis Desk' },
  links: ['https://example.org/desk'],
};

export const withdrawalArticle = {
  title: 'خروج التحالف الدولي من العراق',
  summary: 'لماذا عادت مسألة انسحاب قوات التحالف إلى الواجهة مطلع 2024.',
  type: 'analysis',
  status: 'published',
  published: '2024-01-10T10:00:00+03:00',
  updated: '2024-01-11T08:00:00+03:00',
  authors: ['analysis-desk'],
  about: ['event:bilateral-committee-announced', 'actor:coalition-against-isis'],
  regions: ['iraq'],
  tags: ['foreign-forces', 'iraq-us-relations'],
};

export const withdrawalTranslation = {
  title: 'The coalition’s exit from Iraq',
  summary: 'Why the withdrawal of coalition forces returned to the fore in early 2024.',
  original: 'ar',
};

/** Every seed entity with the name of its schema, for the tests that run each through its schema. */
export const seedEntities: [CaseSchema, unknown][] = [
  ['actor', alSudani],
  ['actor', abuMahdiAlMuhandis],
  ['actor', harakatAlNujaba],
  ['event', brigade12Strike],
  ['event', attackCampaign],
  ['event', sudaniStatement],
  ['place', ainAlAsad],
  ['author', analysisDesk],
  ['article', withdrawalArticle],
  ['article-translation', withdrawalTranslation],
];
