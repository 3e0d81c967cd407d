// Deterministic generator of realistic Marsad events and actors as plain objects, the way the YAML
// loader hands them to the schemas: Arabic and English text, participants in roles, locations with
// coordinates, sources, and fuzzy dates in every supported EDTF form (bare YAML years as numbers).
// Every object it makes is valid, so a benchmark measures the path real content takes.
import { eventTypes, subtypesOf } from '@marsad/schema';

/**
 * A seeded pseudo-random generator (mulberry32): the same seed gives the same corpus on every machine.
 * @param {number} seed
 */
export function createRandom(seed) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min, max) => min + Math.floor(next() * (max - min + 1));
  return {
    int,
    chance: (probability) => next() < probability,
    pick: (items) => items[Math.floor(next() * items.length)],
    /** `count` distinct items, in random order */
    sample: (items, count) => {
      const pool = [...items];
      for (let i = pool.length - 1; i > 0; i--) {
        const j = int(0, i);
        [pool[i], pool[j]] = [pool[j], pool[i]];
      }
      return pool.slice(0, count);
    },
  };
}

const places = [
  { id: 'baghdad', ar: 'بغداد', en: 'Baghdad', at: [44.3661, 33.3152] },
  { id: 'baghdad-airport', ar: 'مطار بغداد', en: 'Baghdad airport', at: [44.2346, 33.2625] },
  { id: 'ain-al-asad', ar: 'قاعدة عين الأسد', en: 'Ain al-Asad Air Base', at: [42.4412, 33.7856] },
  { id: 'erbil', ar: 'أربيل', en: 'Erbil', at: [44.0092, 36.1911] },
  { id: 'harir-air-base', ar: 'قاعدة حرير', en: 'Harir Air Base', at: [44.3523, 36.5364] },
  { id: 'anbar', ar: 'الأنبار', en: 'Anbar', at: [42.2, 33.4] },
  { id: 'jurf-al-sakhar', ar: 'جرف الصخر', en: 'Jurf al-Sakhar', at: [44.1, 32.9] },
  { id: 'mosul', ar: 'الموصل', en: 'Mosul', at: [43.13, 36.34] },
  { id: 'kirkuk', ar: 'كركوك', en: 'Kirkuk', at: [44.39, 35.47] },
  { id: 'basra', ar: 'البصرة', en: 'Basra', at: [47.78, 30.51] },
  { id: 'abu-kamal', ar: 'البوكمال', en: 'Abu Kamal', at: [40.9186, 34.4536] },
  { id: 'deir-ez-zor', ar: 'دير الزور', en: 'Deir ez-Zor', at: [40.14, 35.33] },
  { id: 'mayadin', ar: 'الميادين', en: 'Mayadin', at: [40.45, 35.02] },
  { id: 'sulaymaniyah', ar: 'السليمانية', en: 'Sulaymaniyah', at: [45.43, 35.56] },
  { id: 'gaza', ar: 'غزة', en: 'Gaza', at: [34.4668, 31.5017] },
];

const actorIds = [
  'us-armed-forces',
  'united-states',
  'kataib-hezbollah',
  'harakat-al-nujaba',
  'kataib-sayyid-al-shuhada',
  'islamic-resistance-in-iraq',
  'popular-mobilization-forces',
  'iraqi-government',
  'iraqi-security-forces',
  'coalition-against-isis',
  'isis',
  'irgc',
  'quds-force',
  'al-sudani',
  'abu-taqwa',
  'peshmerga',
];

// What happened, per event type: [Arabic, English] title openings, completed with the place.
const headlines = {
  battle: [
    ['اشتباكات مسلحة في', 'Armed clashes in'],
    ['معارك بين القوات الأمنية ومسلحين في', 'Fighting between security forces and militants in'],
  ],
  'remote-violence': [
    ['هجوم بطائرة مسيّرة على', 'Drone attack on'],
    ['قصف صاروخي يستهدف', 'Rocket fire targets'],
    ['ضربة جوية أمريكية في', 'US air strike in'],
  ],
  'violence-against-civilians': [
    ['اعتداء على مدنيين في', 'Attack on civilians in'],
    ['اختطاف ناشط في', 'Activist abducted in'],
  ],
  protest: [
    ['تظاهرات تطالب بخروج القوات الأجنبية في', 'Protesters demand the exit of foreign forces in'],
    ['اعتصام أمام مبنى المحافظة في', 'Sit-in outside the governorate building in'],
  ],
  riot: [['أعمال شغب ومحاولة اقتحام في', 'Riot and attempted storming in']],
  'strategic-development': [
    ['حملة اعتقالات في', 'Arrest campaign in'],
    ['انتشار قوات جديدة في', 'New forces deployed in'],
  ],
  political: [
    ['بيان حكومي بشأن الوجود العسكري الأجنبي في', 'Government statement on the foreign military presence in'],
    ['اجتماع اللجنة العسكرية العليا في', 'Higher Military Commission meets in'],
  ],
};

const publishers = [
  { name: 'Reuters', host: 'www.reuters.com' },
  { name: 'Associated Press', host: 'apnews.com' },
  { name: 'Shafaq News', host: 'shafaq.com' },
  { name: 'Rudaw', host: 'www.rudaw.net' },
  { name: 'وكالة الأنباء العراقية', host: 'www.ina.iq', lang: 'ar' },
  { name: 'الجزيرة', host: 'www.aljazeera.net', lang: 'ar' },
  { name: 'U.S. Department of Defense', host: 'www.defense.gov' },
];

const firstNames = [
  ['محمد', 'Mohammed'],
  ['علي', 'Ali'],
  ['حسين', 'Hussein'],
  ['جعفر', 'Jafar'],
  ['قاسم', 'Qasim'],
  ['هادي', 'Hadi'],
  ['أكرم', 'Akram'],
  ['مشتاق', 'Mushtaq'],
  ['فالح', 'Falih'],
  ['عبد العزيز', 'Abd al-Aziz'],
];
const familyNames = [
  ['السوداني', 'al-Sudani'],
  ['الكعبي', 'al-Kaabi'],
  ['العامري', 'al-Amiri'],
  ['الخزعلي', 'al-Khazali'],
  ['الفياض', 'al-Fayyadh'],
  ['السعيدي', 'al-Saidi'],
  ['الولائي', 'al-Walai'],
  ['المحمداوي', 'al-Mohammedawi'],
];
const laqabs = ['المهندس', 'الحاج', 'الشيخ', 'أبو فدك'];
const organizationNames = [
  ['كتائب', 'Kataib', 'armed-group'],
  ['حركة', 'Harakat', 'armed-group'],
  ['لواء', 'Liwa', 'armed-force'],
  ['تحالف', 'Alliance of', 'alliance'],
  ['حزب', 'Party of', 'political-party'],
  ['هيئة', 'Commission for', 'government-body'],
  ['قناة', 'Channel', 'media'],
];
const organizationWords = [
  ['الإمام علي', 'al-Imam Ali'],
  ['سيد الشهداء', 'Sayyid al-Shuhada'],
  ['النجباء', 'al-Nujaba'],
  ['الفتح', 'al-Fatah'],
  ['البناء', 'al-Binaa'],
  ['الإصلاح', 'al-Islah'],
  ['الحشد', 'al-Hashd'],
];
const roles = [
  ['قائد', 'Commander'],
  ['متحدث رسمي', 'Spokesman'],
  ['نائب رئيس', 'Deputy chairman'],
  ['وزير', 'Minister'],
  ['عضو', 'Member'],
];

const pad = (number) => String(number).padStart(2, '0');

/**
 * A fuzzy date inside `year`, in one of the single-date forms (never an interval), so periods built
 * from increasing years stay in order. Sometimes a bare number, as YAML reads `born: 1979`.
 */
function dateInYear(random, year) {
  const month = pad(random.int(1, 12));
  const day = pad(random.int(1, 28));
  const forms = [
    () => `${year}-${month}-${day}`,
    () => `${year}-${month}`,
    () => `${year}`,
    () => year,
    () => `${year}-${month}-${day}~`,
    () => `${year}-${month}?`,
    () => `${year}%`,
    () => `${year}-${random.int(21, 24)}`,
    () => `${year}-${month}-XX`,
    () => `${year}-XX`,
  ];
  return random.pick(forms)();
}

/** An event date in any supported form: single dates, datetimes, unspecified digits and intervals. */
function eventDate(random) {
  const year = random.int(2003, 2024);
  const later = year + random.int(0, 2);
  const forms = [
    () => dateInYear(random, year),
    () =>
      `${year}-${pad(random.int(1, 12))}-${pad(random.int(1, 28))}T${pad(random.int(0, 23))}:${pad(random.int(0, 59))}:00+03:00`,
    () =>
      `${year}-${pad(random.int(1, 12))}-${pad(random.int(1, 28))}T${pad(random.int(0, 23))}:${pad(random.int(0, 59))}:00Z`,
    () => `${String(year).slice(0, 3)}X`,
    () =>
      `${year}-01-${pad(random.int(1, 28))}/${later + 1}-${pad(random.int(1, 12))}-${pad(random.int(1, 28))}`,
    () => `${year}-${pad(random.int(1, 6))}/${later}-${pad(random.int(7, 12))}`,
    () => `${year}-${pad(random.int(1, 12))}~/${later + 1}?`,
    () => `${year}-${pad(random.int(1, 12))}-${pad(random.int(1, 28))}/..`,
    () => `../${year}`,
    () => `/${year}-${pad(random.int(1, 12))}`,
  ];
  return random.pick(forms)();
}

function sources(random, count, index) {
  return Array.from({ length: count }, (_, n) => {
    const publisher = random.pick(publishers);
    const year = random.int(2003, 2024);
    const source = {
      title:
        publisher.lang === 'ar'
          ? 'تقرير ميداني عن الهجوم وتداعياته'
          : 'Field report on the attack and its aftermath',
      publisher: publisher.name,
      url: `https://${publisher.host}/world/middle-east/report-${index}-${n}`,
      date: `${year}-${pad(random.int(1, 12))}-${pad(random.int(1, 28))}`,
    };
    if (publisher.lang) source.lang = publisher.lang;
    if (random.chance(0.3)) source.accessed = `2024-${pad(random.int(1, 12))}-${pad(random.int(1, 28))}`;
    if (random.chance(0.2)) source.quote = 'قال المتحدث إن الهجوم لن يمر من دون رد.';
    return source;
  });
}

const participantRoles = [
  'perpetrator',
  'claimant',
  'target',
  'victim',
  'announcer',
  'participant',
  'mediator',
  'supporter',
];
const precisions = ['exact', 'near', 'district', 'province', 'country', 'region'];

/** One event, `index` making its id unique. */
export function generateEvent(random, index) {
  const type = random.pick(eventTypes);
  const place = random.pick(places);
  const [titleAr, titleEn] = random.pick(headlines[type]);
  const event = {
    id: `${type}-${place.id}-${index}`,
    title: { ar: `${titleAr} ${place.ar}`, en: `${titleEn} ${place.en}` },
    date: eventDate(random),
    type,
    subtype: random.pick(subtypesOf(type)),
    location: { place: place.id, precision: random.pick(precisions) },
    participants: random
      .sample(actorIds, random.int(1, 4))
      .map((actor) => ({ actor, role: random.pick(participantRoles) })),
    sources: sources(random, random.int(1, 3), index),
    confidence: random.pick(['high', 'medium', 'low']),
  };
  if (random.chance(0.6)) event.location.coordinates = place.at;
  if (random.chance(0.2))
    event.participants[0].note = { ar: 'بحسب بيان التبني', en: 'according to the claim of responsibility' };
  if (type !== 'political' && random.chance(0.6)) {
    const best = random.int(0, 40);
    event.fatalities = { best, low: random.int(0, best), high: best + random.int(0, 10) };
    if (random.chance(0.4)) event.fatalities.civilians = random.int(0, best);
    if (random.chance(0.5)) event.injured = random.int(0, 80);
  }
  if (random.chance(0.3)) event.partOf = 'attacks-on-coalition-bases';
  if (random.chance(0.2))
    event.respondsTo = [`remote-violence-${random.pick(places).id}-${random.int(0, index)}`];
  if (random.chance(0.5)) {
    event.summary = {
      ar: `أفادت مصادر أمنية بوقوع الحادثة في ${place.ar}، وتبنّت جهة مسلحة العملية في بيان لاحق.`,
      en: `Security sources reported the incident in ${place.en}; an armed group later claimed it in a statement.`,
    };
  }
  if (random.chance(0.3)) event.ids = { acled: `IRQ${10000 + index}` };
  return event;
}

function person(random, index) {
  const [firstAr, firstEn] = random.pick(firstNames);
  const [familyAr, familyEn] = random.pick(familyNames);
  const [sonAr, sonEn] = random.pick(firstNames);
  const born = random.int(1940, 1995);
  const actor = {
    id: `${firstEn}-${familyEn}-${index}`.toLowerCase().replace(/[^a-z0-9]+/g, '-'),
    kind: 'person',
    name: { ar: `${firstAr} ${familyAr}`, en: `${firstEn} ${familyEn}` },
    aliases: [
      { value: `أبو ${sonAr}`, lang: 'ar', kind: 'kunya' },
      { value: `Abu ${sonEn}`, lang: 'en', kind: 'transliteration' },
      { value: random.pick(laqabs), lang: 'ar', kind: 'laqab' },
    ].slice(0, random.int(0, 3)),
    born: dateInYear(random, born),
    country: 'iraq',
  };
  if (random.chance(0.3))
    actor.aliases.push({
      value: `${random.pick(firstNames)[0]} ${familyAr}`,
      lang: 'ar',
      kind: 'birth-name',
    });
  const died = random.chance(0.3) ? random.int(born + 25, 2024) : undefined;
  if (died !== undefined) actor.died = dateInYear(random, died);
  const membershipStart = born + 20;
  actor.memberships = Array.from({ length: random.int(0, 3) }, () => {
    const [roleAr, roleEn] = random.pick(roles);
    const from = random.int(membershipStart, 2020);
    const membership = {
      organization: random.pick(actorIds.slice(2, 12)),
      role: { ar: roleAr, en: roleEn },
      from: dateInYear(random, from),
    };
    if (random.chance(0.5)) membership.to = dateInYear(random, from + random.int(1, 4));
    if (random.chance(0.4)) membership.confidence = random.pick(['high', 'medium', 'low']);
    if (random.chance(0.3)) membership.sources = sources(random, 1, index);
    return membership;
  });
  return actor;
}

function organization(random, index) {
  const [prefixAr, prefixEn, kind] = random.pick(organizationNames);
  const [wordAr, wordEn] = random.pick(organizationWords);
  const founded = random.int(1980, 2020);
  const actor = {
    id: `${prefixEn}-${wordEn}-${index}`.toLowerCase().replace(/[^a-z0-9]+/g, '-'),
    kind,
    name: { ar: `${prefixAr} ${wordAr}`, en: `${prefixEn} ${wordEn}` },
    founded: dateInYear(random, founded),
    relations: Array.from({ length: random.int(0, 3) }, () => ({
      type: random.pick(['part-of', 'allied-with', 'opposes', 'sponsored-by', 'splinter-of']),
      target: random.pick(actorIds),
    })),
  };
  if (random.chance(0.4)) actor.aliases = [{ value: wordAr, lang: 'ar', kind: 'abbreviation' }];
  if (random.chance(0.1)) actor.dissolved = dateInYear(random, random.int(founded + 1, 2024));
  if (actor.relations[0] && random.chance(0.5)) {
    actor.relations[0].from = dateInYear(random, founded);
    actor.relations[0].note = { ar: 'اللواء 12', en: 'Brigade 12' };
  }
  if (random.chance(0.3)) {
    const listed = random.int(founded, 2023);
    actor.designations = [
      {
        by: 'united-states',
        list: { ar: 'قائمة المنظمات الإرهابية الأجنبية', en: 'Foreign Terrorist Organizations' },
        date: `${listed}-${pad(random.int(1, 12))}-${pad(random.int(1, 28))}`,
        sources: sources(random, 1, index),
      },
    ];
  }
  return actor;
}

/** One actor, a person or an organisation in equal shares, with `summary` and `ids` on some. */
export function generateActor(random, index) {
  const actor = random.chance(0.5) ? person(random, index) : organization(random, index);
  if (random.chance(0.4)) {
    actor.summary = {
      ar: 'فاعل بارز في المشهد الأمني العراقي منذ عام 2014، ارتبط اسمه بالهجمات على القواعد الأمريكية.',
      en: 'A prominent actor in Iraqi security since 2014, linked to the attacks on US bases.',
    };
  }
  if (random.chance(0.3)) actor.ids = { wikidata: `Q${1000 + index}` };
  return actor;
}

/**
 * `count` events and `count` actors from `seed`.
 * @param {number} count
 * @param {number} [seed]
 * @returns {{ events: object[], actors: object[] }}
 */
export function generateCorpus(count, seed = 20240104) {
  const random = createRandom(seed);
  return {
    events: Array.from({ length: count }, (_, index) => generateEvent(random, index)),
    actors: Array.from({ length: count }, (_, index) => generateActor(random, index)),
  };
}
