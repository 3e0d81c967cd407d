import { relationTypes, subtypesOf } from '@marsad/schema';
import { dayOf, exactDay, interval, isoDay, monthOf, yearSpan } from './days.mjs';
import {
  COUNTRIES,
  FAMILY_NAMES,
  GIVEN_NAMES,
  ORGANIZATION_HEADS,
  ORGANIZATION_QUALIFIERS,
  PLACE_PATTERNS,
  PLACE_STEMS,
} from './names.mjs';

/**
 * @typedef {import('./random.mjs').Random} Random
 * @typedef {import('./text-bank.mjs').TextBank} TextBank
 * @typedef {import('./days.mjs').FuzzySpan} FuzzySpan
 * @typedef {{ ar: TextBank, en: TextBank }} Banks
 * @typedef {Record<string, unknown> & { id: string }} Entry an entry as its file holds it
 * @typedef {Entry & { name: Record<string, string> }} Named an entry with a localized name
 * @typedef {object} ActorRecord
 * @property {Named} data the actor as its file holds it
 * @property {boolean} person
 * @property {number} from first day it may act (born + 18 years, or founded, plus a day)
 * @property {number} to last day it may act (before death or dissolution; far future when alive)
 * @property {number} [died] the day of death, for persons that died
 * @property {string} [profile] Markdown body when the actor is written as `.md`
 * @property {string} group which participant roles suit it: `person`, `state`, `armed`, `civil`
 * @property {string} kind the actor kind
 */

/** Events fall in this window; articles are published within it too. */
export const FIRST_DAY = dayOf(2003, 1, 1);
export const LAST_DAY = dayOf(2024, 12, 31);
const ALWAYS = dayOf(9999, 12, 31);

const ROLES = [
  ['قيادي', 'Commander'],
  ['أمين عام', 'Secretary-General'],
  ['متحدث رسمي', 'Spokesperson'],
  ['عضو', 'Member'],
  ['وزير', 'Minister'],
  ['نائب الرئيس', 'Deputy head'],
  ['مستشار', 'Adviser'],
];
const PUBLISHERS = [
  ['Shafaq News', 'shafaq.example.com'],
  ['964media', 'en.964media.example.com'],
  ['Rudaw', 'rudaw.example.net'],
  ['Al-Sumaria', 'alsumaria.example.tv'],
  ['Iraqi News Agency', 'ina.example.iq'],
  ['Reuters', 'reuters.example.com'],
  ['Agence France-Presse', 'afp.example.com'],
  ['International Crisis Group', 'crisisgroup.example.org'],
];
/** @type {Record<string, import('./names.mjs').NamePart>} */
const EVENT_TITLES = {
  battle: ['اشتباكات مسلحة في %', 'Armed clashes in %'],
  'remote-violence': ['هجوم بالمسيّرات والصواريخ على %', 'Drone and rocket attack on %'],
  'violence-against-civilians': ['اعتداء على مدنيين في %', 'Attack on civilians in %'],
  protest: ['احتجاجات في %', 'Protests in %'],
  riot: ['أعمال شغب في %', 'Riots in %'],
  'strategic-development': ['تطور ميداني في %', 'Strategic development in %'],
  political: ['تطور سياسي في %', 'Political development in %'],
  campaign: ['حملة هجمات في %', 'Campaign of attacks in %'],
  death: ['مقتل % بضربة مسيّرة', '% killed in a drone strike'],
};
const EVENT_TYPE_WEIGHTS = {
  'remote-violence': 30,
  battle: 15,
  'violence-against-civilians': 10,
  protest: 12,
  riot: 3,
  'strategic-development': 12,
  political: 18,
};
/** Which actor groups take which roles, per event type: [role, groups it is drawn from]. */
const CAST = {
  violent: [
    ['perpetrator', ['armed', 'state']],
    ['target', ['armed', 'civil', 'state']],
    ['victim', ['person']],
    ['claimant', ['armed']],
  ],
  protest: [
    ['participant', ['civil', 'armed']],
    ['target', ['civil', 'state']],
    ['supporter', ['person', 'civil']],
  ],
  political: [
    ['announcer', ['person', 'state', 'civil']],
    ['participant', ['person', 'civil', 'state']],
    ['mediator', ['state', 'civil']],
    ['supporter', ['armed', 'civil']],
  ],
};
const VIOLENT_TYPES = new Set(['battle', 'remote-violence', 'violence-against-civilians', 'riot']);
const ACTOR_KIND_WEIGHTS = {
  person: 45,
  'armed-group': 20,
  'political-party': 8,
  'government-body': 8,
  'armed-force': 6,
  alliance: 3,
  media: 4,
  company: 2,
  'international-organization': 2,
  legislature: 1,
  other: 1,
};
/** @type {Record<string, string>} */
const GROUP_OF_KIND = {
  person: 'person',
  state: 'state',
  'armed-group': 'armed',
  'armed-force': 'armed',
  alliance: 'armed',
};

/**
 * A kebab-case id from English words.
 * @param {string} text
 */
export function slug(text) {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/**
 * A source citation dated `day`, at a plausible address.
 * @param {Random} random
 * @param {TextBank} en
 * @param {number} day
 * @param {string} id what the address names
 */
export function makeSource(random, en, day, id) {
  const [publisher, host] = random.pick(PUBLISHERS);
  const date = isoDay(day);
  return {
    title: en.sentence(random, 5, 10).replace(/\.$/, ''),
    publisher,
    url: `https://${host}/${date.slice(0, 4)}/${date.slice(5, 7)}/${id}`,
    date,
  };
}

/**
 * @param {Random} random
 * @param {Banks} banks
 */
function localizedSummary(random, banks) {
  return { ar: banks.ar.sentence(random, 12, 24), en: banks.en.sentence(random, 12, 24) };
}

/**
 * The place hierarchy: every country of {@link COUNTRIES}, then provinces, districts, cities, sites and
 * bases, each `within` a place one level up, so chains run up to five places deep.
 * @param {Random} random
 * @param {number} count at least the number of countries
 * @returns {Named[]}
 */
export function buildPlaces(random, count) {
  /** @type {Named[]} */
  const places = COUNTRIES.map(([ar, en]) => ({ id: slug(en), kind: 'country', name: { ar, en } }));
  /** @type {Record<string, Named[]>} */
  const byKind = { country: places.slice() };
  const plan = [
    ['province', 0.15, ['country']],
    ['district', 0.2, ['province']],
    ['city', 0.35, ['district', 'province']],
    ['site', 0.15, ['city', 'district']],
    ['military-base', 0.15, ['city', 'province']],
  ];
  const rest = Math.max(0, count - places.length);
  let made = 0;
  plan.forEach(([kind, share, parents], index) => {
    const target = index === plan.length - 1 ? rest - made : Math.round(rest * Number(share));
    byKind[String(kind)] = [];
    for (let i = 0; i < target; i++) {
      const parentKind = random.pick(/** @type {string[]} */ (parents));
      const parent = random.pick(byKind[parentKind]?.length ? byKind[parentKind] : places.slice(0, 1));
      const [stemAr, stemEn] = random.pick(PLACE_STEMS);
      const [patternAr, patternEn] = random.pick(PLACE_PATTERNS[String(kind)] ?? []);
      const name = { ar: patternAr.replace('%', stemAr), en: patternEn.replace('%', stemEn) };
      /** @type {Named} */
      const place = { id: `${slug(name.en)}-${places.length}`, kind: String(kind), name, within: parent.id };
      if (kind !== 'city' && random.chance(0.5)) place.aliases = [{ value: stemAr, lang: 'ar' }];
      if (kind === 'military-base' || kind === 'site' || kind === 'city')
        place.coordinates = [
          Number((random.next() * 12 + 36).toFixed(4)),
          Number((random.next() * 8 + 29).toFixed(4)),
        ];
      places.push(place);
      byKind[String(kind)]?.push(place);
      made++;
    }
  });
  return places;
}

/**
 * The analysts who write the articles.
 * @param {Random} random
 * @param {Banks} banks
 * @param {number} count
 * @returns {Named[]}
 */
export function buildAuthors(random, banks, count) {
  return Array.from({ length: count }, (_, index) => {
    const [givenAr, givenEn] = random.pick(GIVEN_NAMES);
    const [familyAr, familyEn] = random.pick(FAMILY_NAMES);
    return {
      id: `${slug(`${givenEn} ${familyEn}`)}-${index}`,
      name: { ar: `${givenAr} ${familyAr}`, en: `${givenEn} ${familyEn}` },
      title: { ar: 'باحث في مرصد', en: 'Researcher, Marsad' },
      bio: localizedSummary(random, banks),
    };
  });
}

/**
 * A birth or founding date written at a random precision (day, bare year or month), as editors know it.
 * @param {Random} random
 * @param {number} day
 */
function birthSpan(random, day) {
  const roll = random.next();
  return roll < 0.6 ? exactDay(day) : roll < 0.9 ? yearSpan(day) : monthOf(day);
}

/**
 * @param {Random} random
 * @param {Banks} banks
 * @param {number} index
 * @returns {ActorRecord}
 */
function makePerson(random, banks, index) {
  const [givenAr, givenEn] = random.pick(GIVEN_NAMES);
  const [fatherAr, fatherEn] = random.pick(GIVEN_NAMES);
  const [familyAr, familyEn] = random.pick(FAMILY_NAMES);
  const [kunyaAr, kunyaEn] = random.pick(GIVEN_NAMES);
  const born = birthSpan(random, random.int(dayOf(1940), dayOf(1985)));
  /** @type {Named} */
  const data = {
    id: `${slug(`${givenEn} ${familyEn}`)}-${index}`,
    kind: 'person',
    name: { ar: `${givenAr} ${fatherAr} ${familyAr}`, en: `${givenEn} ${fatherEn} ${familyEn}` },
    aliases: [
      { value: `أبو ${kunyaAr} ${familyAr}`, lang: 'ar', kind: 'kunya' },
      { value: `Abu ${kunyaEn} ${familyEn}`, lang: 'en', kind: 'kunya' },
      { value: `${givenEn} ${familyEn}`, lang: 'en', kind: 'transliteration' },
    ],
    summary: localizedSummary(random, banks),
    born: born.text,
  };
  const record = {
    data,
    person: true,
    from: born.latest + 18 * 365,
    to: ALWAYS,
    group: 'person',
    kind: 'person',
  };
  if (random.chance(0.2)) {
    const died = random.int(Math.max(FIRST_DAY, record.from + 400), LAST_DAY);
    data.died = exactDay(died).text;
    return { ...record, to: died - 1, died };
  }
  return record;
}

/**
 * @param {Random} random
 * @param {Banks} banks
 * @param {string} kind
 * @param {number} index
 * @returns {ActorRecord}
 */
function makeOrganization(random, banks, kind, index) {
  const heads = ORGANIZATION_HEADS[kind] ?? [];
  const [headAr, headEn] = random.pick(heads);
  const [qualifierAr, qualifierEn] = random.pick(ORGANIZATION_QUALIFIERS);
  const name = { ar: `${headAr} ${qualifierAr}`, en: `${headEn} ${qualifierEn}` };
  const founded = birthSpan(random, random.int(dayOf(1950), dayOf(2015)));
  const initials = name.en
    .split(/[\s-]+/)
    .filter((word) => /^[A-Z]/.test(word))
    .map((word) => word[0])
    .join('');
  /** @type {Named} */
  const data = {
    id: `${slug(name.en)}-${index}`,
    kind,
    name,
    aliases: [
      { value: `${qualifierAr} (${headAr})`, lang: 'ar', kind: 'official' },
      { value: initials.length > 1 ? initials : name.en, lang: 'en', kind: 'abbreviation' },
    ],
    summary: localizedSummary(random, banks),
    founded: founded.text,
  };
  const record = {
    data,
    person: false,
    from: founded.latest + 1,
    to: ALWAYS,
    group: GROUP_OF_KIND[kind] ?? 'civil',
    kind,
  };
  if (random.chance(0.08)) {
    const dissolved = random.int(Math.max(FIRST_DAY + 2000, record.from + 400), LAST_DAY);
    data.dissolved = exactDay(dissolved).text;
    return { ...record, to: dissolved - 1 };
  }
  return record;
}

/**
 * A `[from, to]` stretch inside both `a` and `b`'s lives (and the corpus window), or undefined.
 * @param {Random} random
 * @param {ActorRecord} a
 * @param {ActorRecord} b
 */
function sharedPeriod(random, a, b) {
  const start = Math.max(a.from, b.from, dayOf(1990));
  const end = Math.min(a.to, b.to, LAST_DAY);
  if (end - start < 60) return undefined;
  const from = random.int(start, end - 30);
  const to = random.chance(0.5) ? random.int(from + 1, end) : undefined;
  // An open membership is only true of a pair that is still alive.
  if (to === undefined && (a.to !== ALWAYS || b.to !== ALWAYS)) return { from, to: end };
  return { from, to };
}

/**
 * Actors: one state per country, then persons and organisations by {@link ACTOR_KIND_WEIGHTS},
 * with aliases, memberships and relations inside both sides' lives, designations by states, and a
 * Markdown profile for about one in ten.
 * @param {Random} random
 * @param {Banks} banks
 * @param {number} count
 * @param {Named[]} places
 * @returns {ActorRecord[]}
 */
export function buildActors(random, banks, count, places) {
  const countries = places.filter((place) => place.kind === 'country');
  /** @type {ActorRecord[]} */
  const actors = countries.slice(0, Math.min(countries.length, count)).map((country) => ({
    data: { id: country.id, kind: 'state', name: country.name, founded: 1920, country: country.id },
    person: false,
    from: dayOf(1921),
    to: ALWAYS,
    group: 'state',
    kind: 'state',
  }));
  while (actors.length < count) {
    const kind = random.weighted(ACTOR_KIND_WEIGHTS);
    const actor =
      kind === 'person'
        ? makePerson(random, banks, actors.length)
        : makeOrganization(random, banks, kind, actors.length);
    actor.data.country = random.chance(0.6) ? 'iraq' : random.pick(countries).id;
    actors.push(actor);
  }
  const organizations = actors.filter((actor) => !actor.person && actor.kind !== 'state');
  const states = actors.filter((actor) => actor.kind === 'state');
  if (organizations.length === 0) return actors;
  for (const actor of actors) {
    if (actor.kind === 'state') continue;
    const { data } = actor;
    if (actor.person && random.chance(0.7)) {
      const memberships = [];
      for (const organization of random.sample(organizations, random.int(1, 3))) {
        const period = sharedPeriod(random, actor, organization);
        if (!period) continue;
        const [roleAr, roleEn] = random.pick(ROLES);
        memberships.push({
          organization: organization.data.id,
          role: { ar: roleAr, en: roleEn },
          from: isoDay(period.from),
          ...(period.to !== undefined && { to: isoDay(period.to) }),
          confidence: random.pick(['high', 'medium', 'low']),
        });
      }
      if (memberships.length) data.memberships = memberships;
    }
    if (!actor.person && random.chance(0.5)) {
      const relations = [];
      for (const target of random.sample(organizations, random.int(1, 3))) {
        if (target === actor) continue;
        const period = sharedPeriod(random, actor, target);
        relations.push({
          type: random.pick(relationTypes.filter((type) => type !== 'commands')),
          target: target.data.id,
          ...(period && { from: isoDay(period.from) }),
          ...(period?.to !== undefined && { to: isoDay(period.to) }),
          confidence: random.pick(['high', 'medium']),
        });
      }
      if (relations.length) data.relations = relations;
    }
    if (actor.group === 'armed' && states.length && random.chance(0.25)) {
      const date = random.int(Math.max(actor.from, FIRST_DAY), Math.min(actor.to, LAST_DAY));
      data.designations = [
        {
          by: random.pick(states).data.id,
          list: { ar: 'قائمة المنظمات الإرهابية', en: 'List of terrorist organisations' },
          date: isoDay(date),
          sources: [makeSource(random, banks.en, date, data.id)],
        },
      ];
    }
    if (random.chance(0.3)) data.ids = { wikidata: `Q${random.int(1000, 99_999_999)}` };
  }
  return actors;
}

/**
 * A `## الملف` profile with a few mentions of other actors and places, for `.md` actor files.
 * @param {Random} random
 * @param {TextBank} ar
 * @param {ActorRecord[]} actors
 * @param {Named[]} places
 */
export function profileBody(random, ar, actors, places) {
  const paragraphs = ['## الملف', ''];
  for (let p = 0; p < random.int(2, 3); p++) {
    const other = random.pick(actors).data;
    const place = random.pick(places);
    paragraphs.push(
      `${ar.sentence(random, 10, 20)} :actor[${other.name.ar}]{#${other.id}} ${ar.sentence(random, 8, 16)} ` +
        `:place[${place.name.ar}]{#${place.id}} ${ar.sentence(random, 8, 16)}`,
      '',
    );
  }
  return paragraphs.join('\n');
}

/**
 * An actor of one of `groups` alive for the whole of `span` and not in `taken`, trying at random first.
 * States never die, so they are the last resort for groups that allow them.
 * @param {Random} random
 * @param {Record<string, ActorRecord[]>} byGroup
 * @param {readonly string[]} groups
 * @param {FuzzySpan} span
 * @param {Set<string>} taken
 */
function castActor(random, byGroup, groups, span, taken) {
  for (let attempt = 0; attempt < 12; attempt++) {
    const pool = byGroup[random.pick(groups)];
    if (!pool?.length) continue;
    const actor = random.pick(pool);
    if (actor.from <= span.earliest && span.latest <= actor.to && !taken.has(actor.data.id)) return actor;
  }
  return undefined;
}

/**
 * @param {Random} random
 * @returns {(day: number) => FuzzySpan}
 */
function precisionFor(random) {
  const roll = random.next();
  if (roll < 0.82) return exactDay;
  if (roll < 0.92) return (day) => monthOf(day);
  if (roll < 0.96) return (day) => monthOf(day, true);
  // An approximate day may mean the days around it: leave a week's margin for the lifetime checks.
  return (day) => ({ text: `${isoDay(day)}~`, earliest: day - 7, latest: day + 7 });
}

/**
 * @typedef {object} EventDraft
 * @property {FuzzySpan} span
 * @property {string} type
 * @property {string} subtype
 * @property {string} title which {@link EVENT_TITLES} entry
 * @property {EventDraft} [partOf]
 * @property {ActorRecord} [victim] for the event of a person's death
 * @property {Entry} [data] once built
 */

/**
 * Events: the deaths of persons that died (each a victim on the day of death), campaigns over
 * intervals, member events inside their campaign, and the rest spread over {@link FIRST_DAY}
 * to {@link LAST_DAY}. Sorted by date, so `respondsTo` points only at events certainly before.
 * Every participant is alive for the event's whole span.
 * @param {Random} random
 * @param {Banks} banks
 * @param {number} count
 * @param {ActorRecord[]} actors
 * @param {Named[]} places
 * @returns {Entry[]}
 */
export function buildEvents(random, banks, count, actors, places) {
  /** @type {EventDraft[]} */
  const drafts = [];
  const dead = actors.filter((actor) => actor.died !== undefined).slice(0, Math.floor(count / 10));
  for (const victim of dead) {
    const day = /** @type {number} */ (victim.died);
    drafts.push({
      span: exactDay(day),
      type: 'remote-violence',
      subtype: 'air-or-drone-strike',
      title: 'death',
      victim,
    });
  }
  const campaigns = [];
  for (let i = 0; i < Math.floor(count / 50) && drafts.length < count; i++) {
    const start = random.int(FIRST_DAY, LAST_DAY - 400);
    const campaign = {
      span: interval(start, start + random.int(30, 300)),
      type: 'remote-violence',
      subtype: 'shelling-artillery-missile-attack',
      title: 'campaign',
    };
    campaigns.push(campaign);
    drafts.push(campaign);
  }
  while (drafts.length < count) {
    const type = random.weighted(EVENT_TYPE_WEIGHTS);
    const campaign = campaigns.length && random.chance(0.3) ? random.pick(campaigns) : undefined;
    const span = campaign
      ? exactDay(random.int(campaign.span.earliest, campaign.span.latest))
      : precisionFor(random)(random.int(FIRST_DAY, LAST_DAY));
    const subtype = campaign ? 'air-or-drone-strike' : random.pick(subtypesOf(type));
    drafts.push({
      span,
      type: campaign ? 'remote-violence' : type,
      subtype,
      title: campaign ? 'remote-violence' : type,
      ...(campaign && { partOf: campaign }),
    });
  }
  drafts.sort((a, b) => a.span.earliest - b.span.earliest || a.span.latest - b.span.latest);

  /** @type {Record<string, ActorRecord[]>} */
  const byGroup = {};
  for (const actor of actors) {
    byGroup[actor.group] ??= [];
    byGroup[actor.group]?.push(actor);
  }
  const ids = new Map();
  drafts.forEach((draft, index) => {
    const place = random.pick(places);
    const [titleAr, titleEn] = EVENT_TITLES[draft.title] ?? ['%', '%'];
    const subject = draft.victim ? draft.victim.data.name : place.name;
    const title = { ar: titleAr.replace('%', subject.ar ?? ''), en: titleEn.replace('%', subject.en ?? '') };
    const id = `${slug(draft.title === 'death' ? 'strike' : draft.subtype)}-${slug(String(place.name.en))}-${index}`;
    ids.set(draft, id);
    const taken = new Set();
    const participants = [];
    if (draft.victim) {
      participants.push({ actor: draft.victim.data.id, role: 'victim' });
      taken.add(draft.victim.data.id);
    }
    const cast = VIOLENT_TYPES.has(draft.type)
      ? CAST.violent
      : draft.type === 'protest'
        ? CAST.protest
        : CAST.political;
    for (const [role, groups] of random.sample(cast, random.int(1, 3))) {
      const actor = castActor(random, byGroup, /** @type {string[]} */ (groups), draft.span, taken);
      if (!actor) continue;
      taken.add(actor.data.id);
      participants.push({ actor: actor.data.id, role });
    }
    const precision =
      { country: 'country', province: 'province', district: 'district', region: 'region' }[
        String(place.kind)
      ] ?? (place.kind === 'city' ? random.pick(['exact', 'near']) : 'exact');
    /** @type {Entry} */
    const data = {
      id,
      title,
      date: draft.span.text,
      type: draft.type,
      subtype: draft.subtype,
      location: { place: place.id, precision },
    };
    if (participants.length) data.participants = participants;
    if (VIOLENT_TYPES.has(draft.type) && random.chance(0.4)) {
      const best = draft.victim ? random.int(1, 5) : random.int(0, 30);
      data.fatalities = { best, low: Math.max(0, best - random.int(0, 3)), high: best + random.int(0, 5) };
    }
    if (VIOLENT_TYPES.has(draft.type) && random.chance(0.3)) data.injured = random.int(0, 40);
    if (draft.partOf) data.partOf = ids.get(draft.partOf);
    if (index > 0 && random.chance(0.08)) {
      const causes = new Set();
      for (let attempt = 0; attempt < 4 && causes.size < 2; attempt++) {
        const cause = /** @type {EventDraft} */ (drafts[random.int(Math.max(0, index - 500), index - 1)]);
        if (cause.span.latest < draft.span.earliest) causes.add(ids.get(cause));
      }
      if (causes.size) data.respondsTo = [...causes];
    }
    data.summary = localizedSummary(random, banks);
    data.sources = Array.from({ length: random.int(1, 2) }, () =>
      makeSource(random, banks.en, draft.span.earliest, id),
    );
    data.confidence = random.pick(['high', 'medium', 'low']);
    draft.data = data;
  });
  return drafts.map((draft) => /** @type {Entry} */ (draft.data));
}
