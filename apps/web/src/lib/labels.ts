import type {
  ActorKind,
  AliasKind,
  ArticleType,
  EventSubtype,
  EventType,
  LocationPrecision,
  ParticipantRole,
  PlaceKind,
  RelationType,
} from '@marsad/schema';
import type { Lang } from './languages.js';

type Labels<K extends string> = Record<K, Record<Lang, string>>;

/** Names of actor kinds, singular and as list headings. */
export const actorKindLabels: Labels<ActorKind> = {
  person: { ar: 'شخص', en: 'Person' },
  state: { ar: 'دولة', en: 'State' },
  'government-body': { ar: 'هيئة حكومية', en: 'Government body' },
  legislature: { ar: 'هيئة تشريعية', en: 'Legislature' },
  'armed-force': { ar: 'قوة مسلحة نظامية', en: 'Armed force' },
  'armed-group': { ar: 'جماعة مسلحة', en: 'Armed group' },
  alliance: { ar: 'تحالف', en: 'Alliance' },
  'political-party': { ar: 'حزب سياسي', en: 'Political party' },
  'international-organization': { ar: 'منظمة دولية', en: 'International organisation' },
  media: { ar: 'وسيلة إعلام', en: 'Media' },
  company: { ar: 'شركة', en: 'Company' },
  other: { ar: 'أخرى', en: 'Other' },
};

/** What an alias is (kunya, laqab, birth name…), shown beside it. */
export const aliasKindLabels: Labels<AliasKind> = {
  kunya: { ar: 'كنية', en: 'Kunya' },
  laqab: { ar: 'لقب', en: 'Laqab' },
  nisba: { ar: 'نسبة', en: 'Nisba' },
  'nom-de-guerre': { ar: 'اسم حركي', en: 'Nom de guerre' },
  'birth-name': { ar: 'اسم الولادة', en: 'Birth name' },
  'former-name': { ar: 'اسم سابق', en: 'Former name' },
  abbreviation: { ar: 'اختصار', en: 'Abbreviation' },
  transliteration: { ar: 'كتابة بالحروف اللاتينية', en: 'Transliteration' },
  official: { ar: 'الاسم الرسمي', en: 'Official name' },
};

/** Participant roles, as headings of an actor's events and an event's participants. */
export const roleLabels: Labels<ParticipantRole> = {
  perpetrator: { ar: 'منفذ', en: 'Perpetrator' },
  claimant: { ar: 'متبنٍّ', en: 'Claimant' },
  target: { ar: 'مستهدَف', en: 'Target' },
  victim: { ar: 'ضحية', en: 'Victim' },
  announcer: { ar: 'معلِن', en: 'Announcer' },
  participant: { ar: 'مشارك', en: 'Participant' },
  mediator: { ar: 'وسيط', en: 'Mediator' },
  supporter: { ar: 'داعم', en: 'Supporter' },
};

/** Relation types read from the actor that states them (`out`) and from its target (`in`). */
export const relationLabels: Record<RelationType, { out: Record<Lang, string>; in: Record<Lang, string> }> = {
  'part-of': { out: { ar: 'جزء من', en: 'Part of' }, in: { ar: 'يضم', en: 'Includes' } },
  'allied-with': { out: { ar: 'متحالف مع', en: 'Allied with' }, in: { ar: 'متحالف مع', en: 'Allied with' } },
  opposes: { out: { ar: 'يعارض', en: 'Opposes' }, in: { ar: 'يعارضه', en: 'Opposed by' } },
  'sponsored-by': { out: { ar: 'مدعوم من', en: 'Sponsored by' }, in: { ar: 'يدعم', en: 'Sponsors' } },
  'splinter-of': { out: { ar: 'منشق عن', en: 'Splinter of' }, in: { ar: 'انشق عنه', en: 'Splinter groups' } },
  'successor-of': { out: { ar: 'خلف لـ', en: 'Successor of' }, in: { ar: 'سلف لـ', en: 'Predecessor of' } },
  commands: { out: { ar: 'يقود', en: 'Commands' }, in: { ar: 'بقيادة', en: 'Commanded by' } },
};

/** Event types. */
export const eventTypeLabels: Labels<EventType> = {
  battle: { ar: 'معركة', en: 'Battle' },
  'remote-violence': { ar: 'عنف عن بُعد', en: 'Explosion / remote violence' },
  'violence-against-civilians': { ar: 'عنف ضد المدنيين', en: 'Violence against civilians' },
  protest: { ar: 'احتجاج', en: 'Protest' },
  riot: { ar: 'شغب', en: 'Riot' },
  'strategic-development': { ar: 'تطور استراتيجي', en: 'Strategic development' },
  political: { ar: 'حدث سياسي', en: 'Political' },
};

/** Event sub-types. */
export const eventSubtypeLabels: Labels<EventSubtype> = {
  'armed-clash': { ar: 'اشتباك مسلح', en: 'Armed clash' },
  'government-regains-territory': { ar: 'استعادة الحكومة أرضًا', en: 'Government regains territory' },
  'non-state-actor-overtakes-territory': {
    ar: 'سيطرة جهة غير حكومية على أرض',
    en: 'Non-state actor overtakes territory',
  },
  'air-or-drone-strike': { ar: 'ضربة جوية أو بمسيّرة', en: 'Air or drone strike' },
  'shelling-artillery-missile-attack': {
    ar: 'قصف مدفعي أو صاروخي',
    en: 'Shelling, artillery or missile attack',
  },
  'remote-explosive': { ar: 'عبوة ناسفة أو لغم', en: 'Remote explosive' },
  'suicide-bomb': { ar: 'تفجير انتحاري', en: 'Suicide bomb' },
  grenade: { ar: 'قنبلة يدوية', en: 'Grenade' },
  'chemical-weapon': { ar: 'سلاح كيميائي', en: 'Chemical weapon' },
  attack: { ar: 'هجوم', en: 'Attack' },
  abduction: { ar: 'اختطاف أو إخفاء قسري', en: 'Abduction or forced disappearance' },
  'sexual-violence': { ar: 'عنف جنسي', en: 'Sexual violence' },
  'peaceful-protest': { ar: 'احتجاج سلمي', en: 'Peaceful protest' },
  'protest-with-intervention': { ar: 'احتجاج مع تدخل', en: 'Protest with intervention' },
  'excessive-force-against-protesters': {
    ar: 'قوة مفرطة ضد المحتجين',
    en: 'Excessive force against protesters',
  },
  'violent-demonstration': { ar: 'تظاهرة عنيفة', en: 'Violent demonstration' },
  'mob-violence': { ar: 'عنف جماعي', en: 'Mob violence' },
  agreement: { ar: 'اتفاق', en: 'Agreement' },
  arrests: { ar: 'اعتقالات', en: 'Arrests' },
  'change-to-group-activity': { ar: 'تغير في نشاط جماعة', en: 'Change to group activity' },
  'disrupted-weapons-use': { ar: 'إحباط استخدام سلاح', en: 'Disrupted weapons use' },
  'headquarters-or-base-established': { ar: 'إنشاء مقر أو قاعدة', en: 'Headquarters or base established' },
  'looting-property-destruction': { ar: 'نهب أو تدمير ممتلكات', en: 'Looting or property destruction' },
  'non-violent-transfer-of-territory': { ar: 'انتقال سلمي لأرض', en: 'Non-violent transfer of territory' },
  other: { ar: 'أخرى', en: 'Other' },
  statement: { ar: 'تصريح', en: 'Statement' },
  decision: { ar: 'قرار', en: 'Decision' },
  'legislative-vote': { ar: 'تصويت تشريعي', en: 'Legislative vote' },
  designation: { ar: 'تصنيف', en: 'Designation' },
  negotiation: { ar: 'تفاوض', en: 'Negotiation' },
  appointment: { ar: 'تعيين', en: 'Appointment' },
  election: { ar: 'انتخابات', en: 'Election' },
  visit: { ar: 'زيارة', en: 'Visit' },
  'call-to-action': { ar: 'دعوة إلى التحرك', en: 'Call to action' },
};

/** Place kinds. */
export const placeKindLabels: Labels<PlaceKind> = {
  country: { ar: 'دولة', en: 'Country' },
  province: { ar: 'محافظة', en: 'Province' },
  district: { ar: 'قضاء', en: 'District' },
  city: { ar: 'مدينة', en: 'City' },
  site: { ar: 'موقع', en: 'Site' },
  'military-base': { ar: 'قاعدة عسكرية', en: 'Military base' },
  region: { ar: 'إقليم', en: 'Region' },
  sea: { ar: 'بحر', en: 'Sea' },
};

/** How precisely an event's place is known (UCDP where_prec). */
export const locationPrecisionLabels: Labels<LocationPrecision> = {
  exact: { ar: 'الموقع الدقيق', en: 'exact location' },
  near: { ar: 'بالقرب من', en: 'near' },
  district: { ar: 'على مستوى القضاء', en: 'district level' },
  province: { ar: 'على مستوى المحافظة', en: 'province level' },
  country: { ar: 'على مستوى الدولة', en: 'country level' },
  region: { ar: 'على مستوى الإقليم', en: 'region level' },
  'sea-or-air': { ar: 'في البحر أو الجو', en: 'at sea or in the air' },
};

/** Article types, as the kicker above a title. */
export const articleTypeLabels: Labels<ArticleType> = {
  analysis: { ar: 'تحليل', en: 'Analysis' },
  'situation-assessment': { ar: 'تقدير موقف', en: 'Situation assessment' },
  brief: { ar: 'موجز', en: 'Brief' },
  report: { ar: 'تقرير', en: 'Report' },
  commentary: { ar: 'رأي', en: 'Commentary' },
  news: { ar: 'خبر', en: 'News' },
};

const arabicWords = {
  skipToContent: 'انتقل إلى المحتوى',
  home: 'الرئيسية',
  articles: 'التحليلات',
  actors: 'الفاعلون',
  events: 'الأحداث',
  places: 'الأماكن',
  mainNav: 'التنقل الرئيسي',
  languageSwitch: 'English',
  notTranslated: 'هذه الصفحة غير متوفرة بالإنجليزية',
  latestAnalyses: 'أحدث التحليلات',
  recentEvents: 'أحداث حديثة',
  keyActors: 'فاعلون رئيسيون',
  allArticles: 'كل التحليلات',
  allEvents: 'كل الأحداث',
  allActors: 'كل الفاعلين',
  by: 'بقلم',
  published: 'نُشر في',
  updated: 'حُدّث في',
  readingTime: (minutes: number) =>
    minutes <= 1
      ? 'دقيقة قراءة'
      : minutes === 2
        ? 'دقيقتا قراءة'
        : minutes <= 10
          ? `${minutes} دقائق قراءة`
          : `${minutes} دقيقة قراءة`,
  contents: 'المحتويات',
  sources: 'المصادر',
  corrections: 'تصحيحات',
  retracted: 'سُحب هذا المقال',
  about: 'موضوع المقال',
  otherLanguage: 'اقرأ بالإنجليزية',
  summary: 'ملخص',
  names: 'الأسماء',
  kind: 'النوع',
  facts: 'معلومات أساسية',
  born: 'الولادة',
  died: 'الوفاة',
  founded: 'التأسيس',
  dissolved: 'الحل',
  country: 'البلد',
  memberships: 'العضويات والمناصب',
  members: 'الأعضاء',
  relations: 'العلاقات',
  designations: 'التصنيفات',
  designatedBy: 'صنّفتها',
  designationsMade: 'تصنيفات أصدرها',
  eventsByRole: 'الأحداث بحسب الدور',
  articlesMentioning: 'تحليلات تذكره',
  profile: 'نبذة',
  date: 'التاريخ',
  type: 'النوع',
  place: 'المكان',
  participants: 'الأطراف',
  fatalities: 'القتلى',
  fatalitiesRange: (best: string, low?: string, high?: string) =>
    low !== undefined || high !== undefined ? `${best} (بين ${low ?? '؟'} و${high ?? '؟'})` : best,
  civilians: (count: string) => `منهم ${count} من المدنيين`,
  injured: 'الجرحى',
  respondsTo: 'ردًّا على',
  responses: 'ردود عليه',
  partOf: 'ضمن',
  memberEvents: 'أحداث الحملة',
  confidence: 'درجة الثقة',
  confidenceLevels: { high: 'عالية', medium: 'متوسطة', low: 'منخفضة' },
  eventsHere: 'أحداث في هذا المكان',
  placesWithin: 'أماكن داخله',
  within: 'يقع في',
  coordinates: 'الإحداثيات',
  page: (n: number, of: number) => `الصفحة ${n} من ${of}`,
  previous: 'السابق',
  next: 'التالي',
  pagination: 'الصفحات',
  notFound: 'الصفحة غير موجودة',
  notFoundText: 'لم نجد الصفحة التي طلبتها. ربما نُقلت أو لم تُنشر بعد.',
  feed: 'خلاصة RSS',
  from: 'من',
  to: 'حتى',
  noEntries: 'لا شيء بعد.',
  accessed: 'اطُّلع عليه في',
};

/** The interface words of a language. */
export type UiWords = typeof arabicWords;

const englishWords: UiWords = {
  skipToContent: 'Skip to content',
  home: 'Home',
  articles: 'Analysis',
  actors: 'Actors',
  events: 'Events',
  places: 'Places',
  mainNav: 'Main navigation',
  languageSwitch: 'العربية',
  notTranslated: 'This page is not available in Arabic',
  latestAnalyses: 'Latest analysis',
  recentEvents: 'Recent events',
  keyActors: 'Key actors',
  allArticles: 'All analysis',
  allEvents: 'All events',
  allActors: 'All actors',
  by: 'By',
  published: 'Published',
  updated: 'Updated',
  readingTime: (minutes: number) => `${minutes} min read`,
  contents: 'Contents',
  sources: 'Sources',
  corrections: 'Corrections',
  retracted: 'This article has been retracted',
  about: 'About',
  otherLanguage: 'اقرأ بالعربية',
  summary: 'Summary',
  names: 'Names',
  kind: 'Kind',
  facts: 'Key facts',
  born: 'Born',
  died: 'Died',
  founded: 'Founded',
  dissolved: 'Dissolved',
  country: 'Country',
  memberships: 'Memberships and positions',
  members: 'Members',
  relations: 'Relations',
  designations: 'Designations',
  designatedBy: 'Designated by',
  designationsMade: 'Designations made',
  eventsByRole: 'Events by role',
  articlesMentioning: 'Analysis that mentions it',
  profile: 'Profile',
  date: 'Date',
  type: 'Type',
  place: 'Place',
  participants: 'Participants',
  fatalities: 'Fatalities',
  fatalitiesRange: (best: string, low?: string, high?: string) =>
    low !== undefined || high !== undefined ? `${best} (${low ?? '?'}–${high ?? '?'})` : best,
  civilians: (count: string) => `${count} of them civilians`,
  injured: 'Injured',
  respondsTo: 'Responds to',
  responses: 'Responses',
  partOf: 'Part of',
  memberEvents: 'Events in this campaign',
  confidence: 'Confidence',
  confidenceLevels: { high: 'high', medium: 'medium', low: 'low' },
  eventsHere: 'Events here',
  placesWithin: 'Places within',
  within: 'Within',
  coordinates: 'Coordinates',
  page: (n: number, of: number) => `Page ${n} of ${of}`,
  previous: 'Previous',
  next: 'Next',
  pagination: 'Pages',
  notFound: 'Page not found',
  notFoundText: 'We could not find the page you asked for. It may have moved or not be published yet.',
  feed: 'RSS feed',
  from: 'from',
  to: 'to',
  noEntries: 'Nothing yet.',
  accessed: 'accessed',
};

/** The words of the site's interface, by language. */
export const ui: Record<Lang, UiWords> = { ar: arabicWords, en: englishWords };
