// Deterministic generator of ILLUSTRATIVE sample incident data: none of the rows describes a real incident.
//
//   npx tsx scripts/generate-sample-data.ts      writes data/2023/incidents.csv and data/2024/incidents.csv
//
// The same year always gives the same bytes: a seeded PRNG (mulberry32, seed from the year), no clock, no
// Math.random. test/sample-data.test.ts checks that the committed files still equal the generator's output, so
// change the generator and re-run it rather than editing the CSV files by hand.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { stringify } from 'csv-stringify/sync';
import {
  INCIDENT_COLUMNS,
  type IncidentColumn,
  type Language,
  type Polarity,
  type ODIHR_TYPES,
  type PERPETRATOR_TYPES,
  type SOURCE_TYPES,
  type TARGET_TYPES,
} from '../src/core/incident.js';
import { SAMPLE_SOURCE_NAME } from '../src/core/sample.js';
import { GAZETTEER, frenchIn, frenchOf, type City, type Country } from './gazetteer.js';

export const SAMPLE_YEARS = [2023, 2024] as const;

// ---------------------------------------------------------------------------------------------------------------
// Seeded randomness

/** mulberry32: a small, fast 32-bit PRNG; good enough for sample data, identical on every platform. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** FNV-1a hash of a string, used to derive a seed from the year. */
function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

export function seedForYear(year: number): number {
  return fnv1a(`oic-report illustrative sample ${year}`);
}

type Weighted<T> = readonly (readonly [T, number])[];

class Random {
  constructor(private readonly next: () => number) {}
  float(): number {
    return this.next();
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  /** Integer in [min, max], both included. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  pick<T>(items: readonly T[]): T {
    const item = items[Math.floor(this.next() * items.length)];
    if (item === undefined) throw new Error('pick from an empty list');
    return item;
  }
  weighted<T>(items: Weighted<T>): T {
    const total = items.reduce((sum, [, w]) => sum + w, 0);
    let r = this.next() * total;
    for (const [item, w] of items) {
      r -= w;
      if (r < 0) return item;
    }
    const last = items[items.length - 1];
    if (last === undefined) throw new Error('weighted pick from an empty list');
    return last[0];
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Scenarios: one coherent kind of incident each, with its wording in the three languages and the field values
// that go with it. Placeholders: {in} "in Lyon" / "à Lyon" / "في ليون"; {city} the bare name; {of} (French only)
// "de Lyon", "d'Anvers", "du Cap".

type OdihrType = (typeof ODIHR_TYPES)[number];
type TargetType = (typeof TARGET_TYPES)[number];
type PerpetratorType = (typeof PERPETRATOR_TYPES)[number];
type SourceType = (typeof SOURCE_TYPES)[number];
type Trilingual = Record<Language, string>;

interface Scenario {
  title: Trilingual;
  summary: Trilingual;
  odihr: Weighted<OdihrType | ''>;
  target: Weighted<TargetType>;
  perpetrator: Weighted<PerpetratorType | ''>;
  source: Weighted<SourceType>;
  /** Relative weight within its category; 1 unless given. */
  weight?: number;
  /** Number of victims, drawn in [min, max]; no victims column when absent. */
  victims?: readonly [number, number];
  /** Probability that injuries are reported, and their number in [min, max]. */
  injured?: readonly [number, number, number];
  killed?: number;
  /** Only in these months (1–12), e.g. iftars in Ramadan. */
  months?: readonly number[];
  /** Moved to this day of the week (0 Sunday … 6 Saturday), e.g. Friday prayers. */
  weekday?: number;
  /** Not in these countries (alpha-2), where the scenario would be implausible. */
  notIn?: readonly string[];
}

const POSITIVE_ODIHR: Weighted<OdihrType | ''> = [
  ['', 8],
  ['non_crime', 2],
];
const NO_PERPETRATOR: Weighted<PerpetratorType | ''> = [['', 1]];

export const SCENARIOS: Record<string, readonly Scenario[]> = {
  // ----------------------------------------------------------------------------------------- negative
  discrimination: [
    {
      title: {
        en: 'Muslim woman refused a job because of her religion {in}',
        fr: 'Une musulmane écartée d’un emploi en raison de sa religion {in}',
        ar: 'رفض توظيف امرأة مسلمة بسبب دينها {in}',
      },
      summary: {
        en: 'A job applicant {in} said an employer withdrew an offer after learning that she is Muslim, and a complaint has been filed with the equality body.',
        fr: 'Une candidate à un emploi {in} affirme qu’un employeur a retiré son offre après avoir appris qu’elle est musulmane, et une plainte a été déposée auprès de l’organisme chargé de l’égalité.',
        ar: 'أفادت متقدمة لوظيفة {in} بأن صاحب العمل سحب عرض التوظيف بعد أن علم أنها مسلمة، وقد قُدّمت شكوى إلى هيئة المساواة.',
      },
      odihr: [['non_crime', 1]],
      target: [['individual', 1]],
      perpetrator: [
        ['individual', 3],
        ['unknown', 1],
      ],
      source: [
        ['ngo', 3],
        ['media', 2],
      ],
    },
    {
      title: {
        en: 'Muslim family refused rental housing {in}',
        fr: 'Logement refusé à une famille musulmane {in}',
        ar: 'رفض تأجير مسكن لأسرة مسلمة {in}',
      },
      summary: {
        en: 'A Muslim family {in} reported that a landlord refused to rent them a flat after learning of their religion.',
        fr: 'Une famille musulmane {in} a signalé qu’un propriétaire avait refusé de lui louer un appartement après avoir appris sa religion.',
        ar: 'أبلغت أسرة مسلمة {in} بأن مالك عقار رفض تأجيرها شقة بعد أن علم بديانتها.',
      },
      odihr: [['non_crime', 1]],
      target: [['individual', 1]],
      perpetrator: [['individual', 1]],
      source: [
        ['ngo', 3],
        ['media', 1],
      ],
    },
    {
      title: {
        en: 'Muslim customers refused service at a restaurant {in}',
        fr: 'Refus de servir des clients musulmans dans un restaurant {in}',
        ar: 'رفض تقديم الخدمة لزبائن مسلمين في أحد مطاعم {city}',
      },
      summary: {
        en: 'Witnesses said staff at a restaurant {in} refused to serve a group of customers because of their Islamic dress.',
        fr: 'Selon des témoins, le personnel d’un restaurant {in} a refusé de servir un groupe de clients en raison de leur tenue islamique.',
        ar: 'أفاد شهود بأن العاملين في أحد مطاعم {city} رفضوا خدمة مجموعة من الزبائن بسبب لباسهم الإسلامي.',
      },
      odihr: [['non_crime', 1]],
      target: [['individual', 1]],
      perpetrator: [['individual', 1]],
      source: [
        ['media', 2],
        ['social_media', 1],
        ['ngo', 1],
      ],
    },
    {
      title: {
        en: 'Muslim pupils barred from praying at a school {in}',
        fr: 'Des élèves musulmans interdits de prière dans une école {in}',
        ar: 'منع تلاميذ مسلمين من أداء الصلاة في إحدى مدارس {city}',
      },
      summary: {
        en: 'Parents {in} complained after a school barred Muslim pupils from praying during breaks.',
        fr: 'Des parents {in} ont protesté après qu’une école a interdit aux élèves musulmans de prier pendant les récréations.',
        ar: 'اشتكى أولياء أمور {in} بعد أن منعت إحدى المدارس التلاميذ المسلمين من الصلاة خلال فترات الاستراحة.',
      },
      odihr: [['non_crime', 1]],
      target: [['school', 1]],
      perpetrator: [
        ['state_actor', 2],
        ['individual', 1],
      ],
      source: [
        ['media', 2],
        ['ngo', 1],
      ],
    },
  ],
  assault: [
    {
      title: {
        en: 'Muslim woman assaulted in the street {in}',
        fr: 'Une femme musulmane agressée dans la rue {in}',
        ar: 'الاعتداء على امرأة مسلمة في أحد شوارع {city}',
      },
      summary: {
        en: 'A Muslim woman was insulted and pushed to the ground by a man while walking in the street {in}, and police opened an investigation.',
        fr: 'Une femme musulmane a été insultée puis jetée à terre par un homme alors qu’elle marchait dans la rue {in}, et la police a ouvert une enquête.',
        ar: 'تعرضت امرأة مسلمة للشتم والدفع أرضًا على يد رجل أثناء سيرها في أحد شوارع {city}، وفتحت الشرطة تحقيقًا في الحادث.',
      },
      odihr: [['attack_people', 1]],
      target: [['individual', 1]],
      perpetrator: [
        ['individual', 4],
        ['unknown', 1],
      ],
      source: [
        ['police', 2],
        ['media', 2],
        ['ngo', 1],
      ],
      victims: [1, 1],
      injured: [0.4, 1, 1],
    },
    {
      title: {
        en: 'Worshipper attacked near a mosque {in}',
        fr: 'Un fidèle agressé près d’une mosquée {in}',
        ar: 'الاعتداء على مصلٍّ بالقرب من مسجد {in}',
      },
      summary: {
        en: 'A worshipper leaving evening prayers {in} was attacked by a group shouting anti-Muslim slurs and was treated in hospital.',
        fr: 'Un fidèle qui sortait de la prière du soir {in} a été agressé par un groupe proférant des insultes antimusulmanes, puis soigné à l’hôpital.',
        ar: 'تعرّض مصلٍّ للاعتداء على يد مجموعة رددت شتائم معادية للمسلمين أثناء خروجه من صلاة العشاء {in}، ونُقل إلى المستشفى لتلقي العلاج.',
      },
      odihr: [['attack_people', 1]],
      target: [['individual', 1]],
      perpetrator: [['group', 1]],
      source: [
        ['police', 2],
        ['media', 2],
      ],
      victims: [1, 2],
      injured: [1, 1, 2],
    },
    {
      title: {
        en: 'Muslim passengers verbally abused on public transport {in}',
        fr: 'Des passagers musulmans insultés dans les transports en commun {in}',
        ar: 'إساءات لفظية بحق ركاب مسلمين في وسائل النقل العام {in}',
      },
      summary: {
        en: 'A passenger on a bus {in} directed anti-Muslim insults and threats at a family, and the driver alerted the police.',
        fr: 'Dans un bus {in}, un passager a proféré des insultes et des menaces antimusulmanes contre une famille, et le conducteur a alerté la police.',
        ar: 'وجّه راكب في حافلة {in} شتائم وتهديدات معادية للمسلمين إلى إحدى الأسر، فأبلغ السائق الشرطة.',
      },
      odihr: [['threat', 1]],
      target: [['individual', 1]],
      perpetrator: [['individual', 1]],
      source: [
        ['police', 1],
        ['media', 1],
        ['social_media', 1],
      ],
      victims: [2, 5],
    },
    {
      title: {
        en: 'Muslim teenager beaten {in}',
        fr: 'Un adolescent musulman roué de coups {in}',
        ar: 'تعرّض مراهق مسلم للضرب {in}',
      },
      summary: {
        en: 'A Muslim teenager {in} was beaten by several youths who mocked his religion, and suffered minor injuries.',
        fr: 'Un adolescent musulman a été frappé {in} par plusieurs jeunes qui se moquaient de sa religion, et a été légèrement blessé.',
        ar: 'تعرّض مراهق مسلم {in} للضرب على يد عدة شبان سخروا من دينه، وأصيب بجروح طفيفة.',
      },
      odihr: [['attack_people', 1]],
      target: [['individual', 1]],
      perpetrator: [['group', 1]],
      source: [
        ['police', 1],
        ['media', 2],
      ],
      victims: [1, 1],
      injured: [1, 1, 1],
    },
    {
      title: {
        en: 'Muslim man killed in a suspected hate attack {in}',
        fr: 'Un homme musulman tué dans une attaque présumée à caractère haineux {in}',
        ar: 'مقتل رجل مسلم في اعتداء يُشتبه في أنه بدافع الكراهية {in}',
      },
      summary: {
        en: 'A Muslim man died of his injuries after being attacked {in}, and prosecutors are investigating a possible anti-Muslim motive.',
        fr: 'Un homme musulman a succombé à ses blessures après avoir été attaqué {in}, et le parquet enquête sur un possible mobile antimusulman.',
        ar: 'توفي رجل مسلم متأثرًا بجروحه بعد تعرضه لاعتداء {in}، وتحقق النيابة العامة في احتمال وجود دافع معادٍ للمسلمين.',
      },
      odihr: [['attack_people', 1]],
      target: [['individual', 1]],
      perpetrator: [
        ['individual', 2],
        ['unknown', 1],
      ],
      source: [['police', 1]],
      weight: 0.04,
      victims: [1, 1],
      killed: 1,
    },
  ],
  hate_speech: [
    {
      title: {
        en: 'Politician makes derogatory remarks about Muslims {in}',
        fr: 'Propos dénigrants d’un élu envers les musulmans {in}',
        ar: 'سياسي يدلي بتصريحات مسيئة للمسلمين {in}',
      },
      summary: {
        en: 'A local politician {in} described Muslims as a threat to society during a public meeting, drawing condemnation from community groups.',
        fr: 'Lors d’une réunion publique {in}, un élu local a présenté les musulmans comme une menace pour la société, ce qui a suscité la condamnation d’associations.',
        ar: 'وصف سياسي محلي {in} المسلمين بأنهم خطر على المجتمع خلال اجتماع عام، ما أثار إدانة منظمات المجتمع المحلي.',
      },
      odihr: [['non_crime', 1]],
      target: [['community', 1]],
      perpetrator: [['politician_party', 1]],
      source: [['media', 1]],
    },
    {
      title: {
        en: 'Anti-Muslim leaflets distributed {in}',
        fr: 'Distribution de tracts antimusulmans {in}',
        ar: 'توزيع منشورات معادية للمسلمين {in}',
      },
      summary: {
        en: 'Leaflets portraying Muslims as invaders were put in letterboxes across several neighbourhoods {in}.',
        fr: 'Des tracts présentant les musulmans comme des envahisseurs ont été déposés dans les boîtes aux lettres de plusieurs quartiers {in}.',
        ar: 'وُزّعت منشورات تصوّر المسلمين على أنهم غزاة في صناديق البريد في عدة أحياء {in}.',
      },
      odihr: [
        ['threat', 1],
        ['non_crime', 2],
      ],
      target: [['community', 1]],
      perpetrator: [
        ['unknown', 2],
        ['group', 1],
      ],
      source: [
        ['media', 2],
        ['ngo', 1],
        ['police', 1],
      ],
    },
    {
      title: {
        en: 'Broadcast stigmatising Muslims criticised {in}',
        fr: 'Une émission stigmatisant les musulmans critiquée {in}',
        ar: 'انتقادات لبرنامج إعلامي يسيء إلى المسلمين {in}',
      },
      summary: {
        en: 'A regional broadcaster based {in} aired a report linking Muslims to crime, prompting complaints to the media regulator.',
        fr: 'Une chaîne régionale basée {in} a diffusé un reportage associant les musulmans à la délinquance, ce qui a donné lieu à des plaintes auprès de l’autorité de régulation des médias.',
        ar: 'بثّت قناة إقليمية مقرها {city} تقريرًا يربط المسلمين بالجريمة، ما دفع إلى تقديم شكاوى إلى هيئة تنظيم الإعلام.',
      },
      odihr: [['non_crime', 1]],
      target: [['community', 1]],
      perpetrator: [['media', 1]],
      source: [
        ['media', 2],
        ['ngo', 1],
      ],
    },
    {
      title: {
        en: 'Anti-Muslim slogans chanted at a rally {in}',
        fr: 'Slogans antimusulmans scandés lors d’un rassemblement {in}',
        ar: 'ترديد شعارات معادية للمسلمين خلال تجمع {in}',
      },
      summary: {
        en: 'Participants at a street rally {in} chanted slogans calling for Muslims to be expelled.',
        fr: 'Des participants à un rassemblement {in} ont scandé des slogans appelant à l’expulsion des musulmans.',
        ar: 'ردد مشاركون في تجمع بأحد شوارع {city} شعارات تدعو إلى طرد المسلمين.',
      },
      odihr: [
        ['threat', 2],
        ['non_crime', 1],
      ],
      target: [
        ['community', 2],
        ['public_space', 1],
      ],
      perpetrator: [['group', 1]],
      source: [
        ['media', 2],
        ['social_media', 1],
      ],
    },
  ],
  online_hate: [
    {
      title: {
        en: 'Threats against a mosque posted on social media {in}',
        fr: 'Menaces contre une mosquée publiées sur les réseaux sociaux {in}',
        ar: 'نشر تهديدات ضد مسجد على وسائل التواصل الاجتماعي {in}',
      },
      summary: {
        en: 'A social media account posted threats to attack a mosque {in}, and the post was reported to the police.',
        fr: 'Un compte sur les réseaux sociaux a publié des menaces d’attaque contre une mosquée {in}, et la publication a été signalée à la police.',
        ar: 'نشر حساب على وسائل التواصل الاجتماعي تهديدات بالاعتداء على مسجد {in}، وأُبلغت الشرطة بالمنشور.',
      },
      odihr: [['threat', 1]],
      target: [['online', 1]],
      perpetrator: [
        ['individual', 2],
        ['unknown', 2],
      ],
      source: [
        ['social_media', 5],
        ['police', 1],
      ],
    },
    {
      title: {
        en: 'Online harassment campaign targets Muslim women {in}',
        fr: 'Campagne de harcèlement en ligne contre des femmes musulmanes {in}',
        ar: 'حملة مضايقات إلكترونية تستهدف نساءً مسلمات {in}',
      },
      summary: {
        en: 'Several Muslim women {in} received coordinated abusive messages after appearing in a local news report.',
        fr: 'Plusieurs femmes musulmanes {in} ont reçu des messages injurieux coordonnés après être apparues dans un reportage local.',
        ar: 'تلقت عدة نساء مسلمات {in} رسائل مسيئة منسقة بعد ظهورهن في تقرير إخباري محلي.',
      },
      odihr: [
        ['threat', 1],
        ['non_crime', 1],
      ],
      target: [['online', 1]],
      perpetrator: [
        ['group', 1],
        ['far_right_organisation', 1],
        ['unknown', 1],
      ],
      source: [
        ['social_media', 4],
        ['ngo', 1],
      ],
    },
    {
      title: {
        en: 'Viral post spreads false claims about Muslims {in}',
        fr: 'Une publication virale diffuse de fausses allégations sur les musulmans {in}',
        ar: 'منشور واسع الانتشار يروّج ادعاءات كاذبة عن المسلمين {in}',
      },
      summary: {
        en: 'A widely shared post falsely blamed Muslim residents {in} for a local crime and was followed by hostile comments.',
        fr: 'Une publication largement partagée a faussement imputé un délit local aux habitants musulmans {in}, suscitant des commentaires hostiles.',
        ar: 'حمّل منشور واسع الانتشار السكانَ المسلمين {in} زورًا مسؤولية جريمة محلية، وأعقبته تعليقات عدائية.',
      },
      odihr: [['non_crime', 1]],
      target: [['online', 1]],
      perpetrator: [
        ['individual', 1],
        ['unknown', 2],
      ],
      source: [['social_media', 1]],
    },
    {
      title: {
        en: 'Hateful comments target a Muslim candidate online {in}',
        fr: 'Commentaires haineux en ligne contre un candidat musulman {in}',
        ar: 'تعليقات تحض على الكراهية ضد مرشح مسلم عبر الإنترنت {in}',
      },
      summary: {
        en: 'A Muslim candidate in local elections {in} received hundreds of hateful comments about his faith.',
        fr: 'Un candidat musulman aux élections locales {in} a reçu des centaines de commentaires haineux visant sa foi.',
        ar: 'تلقى مرشح مسلم في الانتخابات المحلية {in} مئات التعليقات المسيئة إلى دينه.',
      },
      odihr: [['non_crime', 1]],
      target: [['online', 1]],
      perpetrator: [
        ['individual', 1],
        ['unknown', 1],
      ],
      source: [
        ['social_media', 3],
        ['media', 1],
      ],
    },
  ],
  hijab: [
    {
      title: {
        en: 'Woman’s headscarf pulled off {in}',
        fr: 'Une femme se fait arracher son foulard {in}',
        ar: 'نزع حجاب امرأة بالقوة {in}',
      },
      summary: {
        en: 'A man pulled the headscarf off a woman waiting at a tram stop {in} and fled before police arrived.',
        fr: 'Un homme a arraché le foulard d’une femme qui attendait à un arrêt de tramway {in}, puis a pris la fuite avant l’arrivée de la police.',
        ar: 'نزع رجل حجاب امرأة كانت تنتظر في محطة ترام {in}، ثم فرّ قبل وصول الشرطة.',
      },
      odihr: [['attack_people', 1]],
      target: [['individual', 1]],
      perpetrator: [
        ['individual', 3],
        ['unknown', 1],
      ],
      source: [
        ['police', 1],
        ['media', 1],
        ['ngo', 1],
      ],
      victims: [1, 1],
      injured: [0.15, 1, 1],
    },
    {
      title: {
        en: 'Student wearing a headscarf refused entry to class {in}',
        fr: 'Une étudiante voilée refoulée de son cours {in}',
        ar: 'منع طالبة محجبة من دخول قاعة الدرس {in}',
      },
      summary: {
        en: 'A student wearing a headscarf {in} was told she could not attend class unless she removed it.',
        fr: 'Une étudiante portant le foulard {in} s’est vu signifier qu’elle ne pourrait assister au cours que si elle l’enlevait.',
        ar: 'أُبلغت طالبة ترتدي الحجاب {in} بأنها لن تتمكن من حضور الدرس ما لم تخلعه.',
      },
      odihr: [['non_crime', 1]],
      target: [['school', 1]],
      perpetrator: [
        ['state_actor', 1],
        ['individual', 1],
      ],
      source: [
        ['media', 2],
        ['ngo', 1],
      ],
    },
    {
      title: {
        en: 'Employee wearing a headscarf dismissed {in}',
        fr: 'Une salariée voilée licenciée {in}',
        ar: 'فصل موظفة محجبة من عملها {in}',
      },
      summary: {
        en: 'An employee {in} said she was dismissed after she began wearing a headscarf at work.',
        fr: 'Une salariée {in} affirme avoir été licenciée après avoir commencé à porter le foulard au travail.',
        ar: 'أفادت موظفة {in} بأنها فُصلت من عملها بعد أن بدأت ارتداء الحجاب في مكان العمل.',
      },
      odihr: [['non_crime', 1]],
      target: [['individual', 1]],
      perpetrator: [['individual', 1]],
      source: [
        ['ngo', 2],
        ['media', 1],
      ],
    },
    {
      title: {
        en: 'Veiled woman insulted in a shopping centre {in}',
        fr: 'Une femme voilée insultée dans un centre commercial {in}',
        ar: 'إهانة امرأة محجبة في مركز تجاري {in}',
      },
      summary: {
        en: 'A woman wearing a headscarf was insulted and spat at by another shopper in a shopping centre {in}.',
        fr: 'Une femme portant le foulard a été insultée par un client qui lui a craché dessus dans un centre commercial {in}.',
        ar: 'تعرضت امرأة ترتدي الحجاب للإهانة والبصق من قبل أحد المتسوقين في مركز تجاري {in}.',
      },
      odihr: [['attack_people', 1]],
      target: [['individual', 1]],
      perpetrator: [['individual', 1]],
      source: [
        ['media', 1],
        ['social_media', 1],
        ['police', 1],
      ],
      victims: [1, 1],
    },
  ],
  mosque: [
    {
      title: { en: 'Mosque vandalised {in}', fr: 'Mosquée vandalisée {in}', ar: 'تخريب مسجد {in}' },
      summary: {
        en: 'Unknown persons broke windows and sprayed offensive graffiti on a mosque {in} overnight, and police opened an investigation.',
        fr: 'Des inconnus ont brisé des vitres et tagué des inscriptions injurieuses sur une mosquée {in} pendant la nuit, et la police a ouvert une enquête.',
        ar: 'حطّم مجهولون نوافذ مسجد {in} خلال الليل ورسموا عليه كتابات مسيئة، وفتحت الشرطة تحقيقًا في الحادث.',
      },
      odihr: [['attack_property', 1]],
      target: [['mosque', 1]],
      perpetrator: [['unknown', 1]],
      source: [
        ['police', 2],
        ['media', 2],
        ['ngo', 1],
      ],
      weight: 2,
    },
    {
      title: {
        en: 'Arson attempt at a mosque {in}',
        fr: 'Tentative d’incendie d’une mosquée {in}',
        ar: 'محاولة إحراق مسجد {in}',
      },
      summary: {
        en: 'A fire was set at the entrance of a mosque {in}, but it was quickly put out and no one was hurt.',
        fr: 'Un incendie a été allumé à l’entrée d’une mosquée {in}, mais il a été rapidement maîtrisé et personne n’a été blessé.',
        ar: 'أُضرمت النار عند مدخل مسجد {in}، لكنها أُخمدت بسرعة ولم يُصب أحد بأذى.',
      },
      odihr: [['attack_property', 1]],
      target: [['mosque', 1]],
      perpetrator: [
        ['unknown', 3],
        ['individual', 1],
      ],
      source: [
        ['police', 2],
        ['media', 1],
      ],
    },
    {
      title: {
        en: 'Threatening letter sent to a mosque {in}',
        fr: 'Lettre de menaces adressée à une mosquée {in}',
        ar: 'توجيه رسالة تهديد إلى مسجد {in}',
      },
      summary: {
        en: 'A mosque {in} received an anonymous letter threatening worshippers, and the police increased patrols around the building.',
        fr: 'Une mosquée {in} a reçu une lettre anonyme menaçant les fidèles, et la police a renforcé ses patrouilles autour du bâtiment.',
        ar: 'تلقى مسجد {in} رسالة مجهولة المصدر تتضمن تهديدات للمصلين، فعززت الشرطة دورياتها حول المبنى.',
      },
      odihr: [['threat', 1]],
      target: [['mosque', 1]],
      perpetrator: [['unknown', 1]],
      source: [
        ['police', 1],
        ['ngo', 1],
        ['media', 1],
      ],
    },
    {
      title: {
        en: 'Pig’s head left outside a mosque {in}',
        fr: 'Une tête de porc déposée devant une mosquée {in}',
        ar: 'وضع رأس خنزير أمام مسجد {in}',
      },
      summary: {
        en: 'Worshippers arriving for dawn prayers {in} found a pig’s head at the door of their mosque.',
        fr: 'Des fidèles arrivant pour la prière de l’aube {in} ont découvert une tête de porc devant la porte de leur mosquée.',
        ar: 'عثر مصلون قدموا لأداء صلاة الفجر {in} على رأس خنزير عند باب مسجدهم.',
      },
      odihr: [['attack_property', 1]],
      target: [['mosque', 1]],
      perpetrator: [['unknown', 1]],
      source: [
        ['media', 2],
        ['police', 1],
      ],
    },
  ],
  policy: [
    {
      title: {
        en: 'Local authorities ban public Eid prayers {in}',
        fr: 'Les autorités locales interdisent les prières publiques de l’Aïd {in}',
        ar: 'السلطات المحلية تحظر صلاة العيد في الأماكن العامة {in}',
      },
      summary: {
        en: 'The local authorities {in} refused permits for outdoor Eid prayers that had been held in a public park for several years.',
        fr: 'Les autorités locales {in} ont refusé d’autoriser les prières de l’Aïd en plein air, qui se tenaient depuis plusieurs années dans un parc public.',
        ar: 'رفضت السلطات المحلية {in} منح تصاريح لإقامة صلاة العيد في الهواء الطلق، وهي صلاة دأب المسلمون على أدائها في حديقة عامة منذ عدة سنوات.',
      },
      odihr: [['non_crime', 1]],
      target: [['community', 1]],
      perpetrator: [['state_actor', 1]],
      source: [
        ['media', 2],
        ['ngo', 1],
      ],
      months: [4, 6],
    },
    {
      title: {
        en: 'Building permit for a mosque refused {in}',
        fr: 'Refus du permis de construire d’une mosquée {in}',
        ar: 'رفض منح ترخيص لبناء مسجد {in}',
      },
      summary: {
        en: 'The municipal council {in} rejected a building permit for a new mosque despite a favourable technical opinion.',
        fr: 'Le conseil municipal {of} a rejeté le permis de construire d’une nouvelle mosquée malgré un avis technique favorable.',
        ar: 'رفض المجلس البلدي {in} منح ترخيص لبناء مسجد جديد رغم صدور رأي فني مؤيد.',
      },
      odihr: [['non_crime', 1]],
      target: [['mosque', 1]],
      perpetrator: [
        ['state_actor', 3],
        ['politician_party', 1],
      ],
      source: [
        ['media', 2],
        ['member_state', 1],
      ],
    },
    {
      title: {
        en: 'Proposed ban on religious symbols debated {in}',
        fr: 'Débat sur un projet d’interdiction des signes religieux {in}',
        ar: 'مناقشة مقترح لحظر الرموز الدينية {in}',
      },
      summary: {
        en: 'Lawmakers meeting {in} debated a proposal to ban religious clothing in public services, which Muslim organisations say targets women wearing the headscarf.',
        fr: 'Des élus réunis {in} ont débattu d’une proposition visant à interdire les tenues religieuses dans les services publics, qui, selon des associations musulmanes, vise les femmes portant le foulard.',
        ar: 'ناقش نواب مجتمعون {in} مقترحًا بحظر الملابس الدينية في المرافق العامة، وترى منظمات إسلامية أنه يستهدف النساء المحجبات.',
      },
      odihr: [['non_crime', 1]],
      target: [['community', 1]],
      perpetrator: [['politician_party', 1]],
      source: [
        ['media', 2],
        ['member_state', 1],
      ],
    },
    {
      title: {
        en: 'Halal meals removed from school canteens {in}',
        fr: 'Suppression des repas halal dans les cantines scolaires {in}',
        ar: 'إلغاء الوجبات الحلال في المقاصف المدرسية {in}',
      },
      summary: {
        en: 'The local authorities {in} ended halal meal options in school canteens, a decision that parents’ associations described as discriminatory.',
        fr: 'La municipalité {of} a supprimé les repas halal dans les cantines scolaires, une décision jugée discriminatoire par des associations de parents.',
        ar: 'ألغت السلطات المحلية {in} خيار الوجبات الحلال في المقاصف المدرسية، وهو قرار وصفته جمعيات أولياء الأمور بأنه تمييزي.',
      },
      odihr: [['non_crime', 1]],
      target: [['school', 1]],
      perpetrator: [['state_actor', 1]],
      source: [
        ['media', 2],
        ['ngo', 1],
      ],
    },
  ],
  far_right: [
    {
      title: {
        en: 'Far-right group holds anti-Muslim march {in}',
        fr: 'Marche antimusulmane d’un groupe d’extrême droite {in}',
        ar: 'جماعة يمينية متطرفة تنظم مسيرة معادية للمسلمين {in}',
      },
      summary: {
        en: 'Several hundred supporters of a far-right group marched {in} carrying banners against mosques and Muslim immigration.',
        fr: 'Plusieurs centaines de sympathisants d’un groupe d’extrême droite ont défilé {in} avec des banderoles hostiles aux mosquées et à l’immigration musulmane.',
        ar: 'سار عدة مئات من أنصار جماعة يمينية متطرفة {in} حاملين لافتات مناهضة للمساجد ولهجرة المسلمين.',
      },
      odihr: [
        ['threat', 1],
        ['non_crime', 2],
      ],
      target: [
        ['community', 2],
        ['public_space', 1],
      ],
      perpetrator: [['far_right_organisation', 1]],
      source: [
        ['media', 3],
        ['ngo', 1],
      ],
    },
    {
      title: {
        en: 'Anti-Muslim posters put up by far-right activists {in}',
        fr: 'Affiches antimusulmanes collées par des militants d’extrême droite {in}',
        ar: 'ناشطون من اليمين المتطرف يلصقون ملصقات معادية للمسلمين {in}',
      },
      summary: {
        en: 'Far-right activists put up posters {in} calling for Muslims to be deported, and the municipality had them removed.',
        fr: 'Des militants d’extrême droite ont collé {in} des affiches appelant à l’expulsion des musulmans, que la municipalité a fait retirer.',
        ar: 'ألصق ناشطون من اليمين المتطرف {in} ملصقات تدعو إلى ترحيل المسلمين، وقامت البلدية بإزالتها.',
      },
      odihr: [['non_crime', 1]],
      target: [['public_space', 1]],
      perpetrator: [['far_right_organisation', 1]],
      source: [
        ['media', 1],
        ['ngo', 1],
        ['social_media', 1],
      ],
    },
    {
      title: {
        en: 'Far-right protest against a planned mosque {in}',
        fr: 'Manifestation d’extrême droite contre un projet de mosquée {in}',
        ar: 'احتجاج لليمين المتطرف على مشروع بناء مسجد {in}',
      },
      summary: {
        en: 'A far-right organisation staged a protest {in} against the construction of a mosque and circulated a petition against it.',
        fr: 'Une organisation d’extrême droite a manifesté {in} contre la construction d’une mosquée et a fait circuler une pétition contre le projet.',
        ar: 'نظمت منظمة يمينية متطرفة احتجاجًا {in} على بناء مسجد، ووزعت عريضة ضد المشروع.',
      },
      odihr: [['non_crime', 1]],
      target: [['mosque', 1]],
      perpetrator: [['far_right_organisation', 1]],
      source: [
        ['media', 2],
        ['ngo', 1],
      ],
    },
    {
      title: {
        en: 'Anti-Islam speeches at a far-right rally {in}',
        fr: 'Discours anti-islam lors d’un rassemblement d’extrême droite {in}',
        ar: 'خطابات معادية للإسلام خلال تجمع لليمين المتطرف {in}',
      },
      summary: {
        en: 'Speakers at a far-right rally {in} called Islam incompatible with the country’s values and urged the closure of mosques.',
        fr: 'Lors d’un rassemblement d’extrême droite {in}, des orateurs ont qualifié l’islam d’incompatible avec les valeurs du pays et appelé à la fermeture des mosquées.',
        ar: 'وصف متحدثون في تجمع لليمين المتطرف {in} الإسلام بأنه يتعارض مع قيم البلاد، ودعوا إلى إغلاق المساجد.',
      },
      odihr: [['non_crime', 1]],
      target: [['community', 1]],
      perpetrator: [
        ['far_right_organisation', 2],
        ['politician_party', 1],
      ],
      source: [['media', 1]],
    },
  ],
  sacred_symbols: [
    {
      title: {
        en: 'Copy of the Qur’an burned in public {in}',
        fr: 'Un exemplaire du Coran brûlé en public {in}',
        ar: 'إحراق نسخة من المصحف الشريف علنًا {in}',
      },
      summary: {
        en: 'A man burned a copy of the Qur’an in a public square {in} in front of a small crowd, drawing widespread condemnation.',
        fr: 'Un homme a brûlé un exemplaire du Coran sur une place publique {in} devant un petit groupe de personnes, suscitant une large condamnation.',
        ar: 'أحرق رجل نسخة من المصحف الشريف في ساحة عامة {in} أمام عدد قليل من الأشخاص، ما أثار إدانة واسعة.',
      },
      odihr: [
        ['non_crime', 2],
        ['threat', 1],
      ],
      target: [
        ['community', 2],
        ['public_space', 1],
      ],
      perpetrator: [
        ['individual', 3],
        ['far_right_organisation', 1],
      ],
      source: [
        ['media', 3],
        ['member_state', 1],
      ],
      weight: 2,
    },
    {
      title: {
        en: 'Desecrated Qur’an left outside an Islamic centre {in}',
        fr: 'Un Coran profané déposé devant un centre islamique {in}',
        ar: 'تدنيس نسخة من المصحف وتركها أمام مركز إسلامي {in}',
      },
      summary: {
        en: 'Staff at an Islamic centre {in} found a torn and defaced copy of the Qur’an on the doorstep.',
        fr: 'Le personnel d’un centre islamique {in} a découvert sur le seuil un exemplaire du Coran déchiré et souillé.',
        ar: 'عثر العاملون في مركز إسلامي {in} على نسخة ممزقة ومدنسة من المصحف عند المدخل.',
      },
      odihr: [['attack_property', 1]],
      target: [['institution', 1]],
      perpetrator: [['unknown', 1]],
      source: [
        ['police', 1],
        ['media', 1],
        ['ngo', 1],
      ],
    },
    {
      title: {
        en: 'Cartoons insulting the Prophet displayed {in}',
        fr: 'Exposition de caricatures offensantes envers le Prophète {in}',
        ar: 'عرض رسوم مسيئة إلى النبي محمد صلى الله عليه وسلم {in}',
      },
      summary: {
        en: 'Cartoons insulting the Prophet Muhammad were displayed at a public event {in}, prompting protests by local Muslims.',
        fr: 'Des caricatures offensantes envers le prophète Mahomet ont été exposées lors d’un événement public {in}, provoquant des protestations de musulmans de la ville.',
        ar: 'عُرضت رسوم مسيئة إلى النبي محمد صلى الله عليه وسلم خلال فعالية عامة {in}، ما أثار احتجاجات المسلمين في المدينة.',
      },
      odihr: [['non_crime', 1]],
      target: [['community', 1]],
      perpetrator: [
        ['group', 1],
        ['individual', 1],
      ],
      source: [['media', 1]],
    },
  ],
  cemetery: [
    {
      title: {
        en: 'Muslim graves desecrated {in}',
        fr: 'Des tombes musulmanes profanées {in}',
        ar: 'تدنيس قبور مسلمين {in}',
      },
      summary: {
        en: 'Several headstones in the Muslim section of a cemetery {in} were knocked over and daubed with offensive symbols.',
        fr: 'Plusieurs pierres tombales du carré musulman d’un cimetière {in} ont été renversées et couvertes de symboles injurieux.',
        ar: 'أُسقطت عدة شواهد قبور في القسم المخصص للمسلمين في إحدى المقابر {in}، ولُطّخت برموز مسيئة.',
      },
      odihr: [['attack_property', 1]],
      target: [['cemetery', 1]],
      perpetrator: [['unknown', 1]],
      source: [
        ['police', 1],
        ['media', 2],
      ],
    },
    {
      title: {
        en: 'Vandalism at a Muslim cemetery {in}',
        fr: 'Actes de vandalisme dans un cimetière musulman {in}',
        ar: 'أعمال تخريب في مقبرة للمسلمين {in}',
      },
      summary: {
        en: 'The gate and several graves of a Muslim cemetery {in} were damaged, and the community asked for police protection.',
        fr: 'Le portail et plusieurs tombes d’un cimetière musulman {in} ont été endommagés, et la communauté a demandé une protection policière.',
        ar: 'لحقت أضرار ببوابة مقبرة للمسلمين {in} وبعدد من قبورها، وطالبت الجالية المسلمة بتوفير حماية من الشرطة.',
      },
      odihr: [['attack_property', 1]],
      target: [['cemetery', 1]],
      perpetrator: [['unknown', 1]],
      source: [
        ['media', 1],
        ['ngo', 1],
      ],
    },
  ],
  // ----------------------------------------------------------------------------------------- positive
  public_policy: [
    {
      title: {
        en: 'Action plan against anti-Muslim hatred adopted {in}',
        fr: 'Adoption d’un plan d’action contre la haine antimusulmane {in}',
        ar: 'اعتماد خطة عمل لمكافحة الكراهية ضد المسلمين {in}',
      },
      summary: {
        en: 'The authorities {in} adopted an action plan to prevent anti-Muslim hatred, including training for police officers and teachers.',
        fr: 'Les autorités {of} ont adopté un plan d’action pour prévenir la haine antimusulmane, comprenant des formations pour les policiers et les enseignants.',
        ar: 'اعتمدت السلطات {in} خطة عمل لمنع الكراهية ضد المسلمين، تشمل تدريب أفراد الشرطة والمعلمين.',
      },
      odihr: POSITIVE_ODIHR,
      target: [['community', 1]],
      perpetrator: NO_PERPETRATOR,
      source: [
        ['member_state', 2],
        ['media', 2],
      ],
    },
    {
      title: {
        en: 'Coordinator for combating anti-Muslim hatred appointed {in}',
        fr: 'Nomination d’un coordinateur de la lutte contre la haine antimusulmane {in}',
        ar: 'تعيين منسق لمكافحة الكراهية ضد المسلمين {in}',
      },
      summary: {
        en: 'The authorities {in} appointed a coordinator tasked with monitoring and combating anti-Muslim hatred.',
        fr: 'Les autorités {of} ont nommé un coordinateur chargé du suivi de la haine antimusulmane et de la lutte contre celle-ci.',
        ar: 'عيّنت السلطات {in} منسقًا يتولى رصد الكراهية ضد المسلمين ومكافحتها.',
      },
      odihr: POSITIVE_ODIHR,
      target: [
        ['community', 2],
        ['institution', 1],
      ],
      perpetrator: NO_PERPETRATOR,
      source: [
        ['member_state', 2],
        ['media', 1],
      ],
    },
    {
      title: {
        en: 'Funding announced for the security of places of worship {in}',
        fr: 'Annonce d’un financement pour la sécurité des lieux de culte {in}',
        ar: 'الإعلان عن تمويل لتأمين دور العبادة {in}',
      },
      summary: {
        en: 'The authorities {in} announced funding for security measures at mosques and other places of worship.',
        fr: 'Les autorités {of} ont annoncé un financement destiné à la sécurisation des mosquées et des autres lieux de culte.',
        ar: 'أعلنت السلطات {in} عن تمويل لتعزيز الإجراءات الأمنية في المساجد ودور العبادة الأخرى.',
      },
      odihr: POSITIVE_ODIHR,
      target: [['mosque', 1]],
      perpetrator: NO_PERPETRATOR,
      source: [
        ['member_state', 1],
        ['media', 1],
      ],
    },
  ],
  court_decision: [
    {
      title: {
        en: 'Man convicted of anti-Muslim assault {in}',
        fr: 'Un homme condamné pour une agression antimusulmane {in}',
        ar: 'إدانة رجل بتهمة اعتداء معادٍ للمسلمين {in}',
      },
      summary: {
        en: 'A court {in} sentenced a man to prison for assaulting a Muslim woman, treating religious hatred as an aggravating circumstance.',
        fr: 'Un tribunal {of} a condamné un homme à une peine de prison pour avoir agressé une femme musulmane, en retenant la circonstance aggravante de haine religieuse.',
        ar: 'قضت محكمة {in} بسجن رجل بتهمة الاعتداء على امرأة مسلمة، معتبرةً دافع الكراهية الدينية ظرفًا مشددًا.',
      },
      odihr: POSITIVE_ODIHR,
      target: [['individual', 1]],
      perpetrator: NO_PERPETRATOR,
      source: [
        ['media', 3],
        ['police', 1],
      ],
    },
    {
      title: {
        en: 'Court upholds building permit for a mosque {in}',
        fr: 'La justice confirme le permis de construire d’une mosquée {in}',
        ar: 'القضاء يؤيد ترخيص بناء مسجد {in}',
      },
      summary: {
        en: 'A court {in} dismissed an appeal against the building permit of a mosque, allowing construction to go ahead.',
        fr: 'Un tribunal {of} a rejeté un recours contre le permis de construire d’une mosquée, permettant la poursuite des travaux.',
        ar: 'رفضت محكمة {in} طعنًا في ترخيص بناء مسجد، مما يسمح بمواصلة أعمال البناء.',
      },
      odihr: POSITIVE_ODIHR,
      target: [['mosque', 1]],
      perpetrator: NO_PERPETRATOR,
      source: [['media', 1]],
    },
    {
      title: {
        en: 'Trial opens over arson attack on a mosque {in}',
        fr: 'Ouverture du procès de l’incendie d’une mosquée {in}',
        ar: 'بدء محاكمة في قضية إحراق مسجد {in}',
      },
      summary: {
        en: 'The trial of two men accused of setting fire to a mosque opened {in}.',
        fr: 'Le procès de deux hommes accusés d’avoir incendié une mosquée s’est ouvert {in}.',
        ar: 'بدأت {in} محاكمة رجلين متهمين بإضرام النار في مسجد.',
      },
      odihr: POSITIVE_ODIHR,
      target: [['mosque', 1]],
      perpetrator: NO_PERPETRATOR,
      source: [['media', 1]],
    },
    {
      title: {
        en: 'Man fined for inciting hatred against Muslims online {in}',
        fr: 'Un homme condamné à une amende pour incitation à la haine en ligne contre les musulmans {in}',
        ar: 'تغريم رجل بسبب التحريض على الكراهية ضد المسلمين عبر الإنترنت {in}',
      },
      summary: {
        en: 'A court {in} fined a man for publishing posts inciting hatred against Muslims.',
        fr: 'Un tribunal {of} a condamné à une amende un homme qui avait publié des messages incitant à la haine contre les musulmans.',
        ar: 'فرضت محكمة {in} غرامة على رجل نشر منشورات تحرض على الكراهية ضد المسلمين.',
      },
      odihr: POSITIVE_ODIHR,
      target: [
        ['online', 1],
        ['community', 1],
      ],
      perpetrator: NO_PERPETRATOR,
      source: [
        ['media', 2],
        ['ngo', 1],
      ],
    },
  ],
  police_arrest: [
    {
      title: {
        en: 'Suspect arrested over mosque vandalism {in}',
        fr: 'Arrestation d’un suspect après des dégradations dans une mosquée {in}',
        ar: 'القبض على مشتبه به في تخريب مسجد {in}',
      },
      summary: {
        en: 'Police {in} arrested a man suspected of damaging a mosque and spraying anti-Muslim graffiti on its walls.',
        fr: 'La police {of} a arrêté un homme soupçonné d’avoir dégradé une mosquée et tagué des inscriptions antimusulmanes sur ses murs.',
        ar: 'ألقت الشرطة {in} القبض على رجل يُشتبه في أنه ألحق أضرارًا بمسجد وخطّ على جدرانه كتابات معادية للمسلمين.',
      },
      odihr: POSITIVE_ODIHR,
      target: [['mosque', 1]],
      perpetrator: NO_PERPETRATOR,
      source: [
        ['police', 3],
        ['media', 1],
      ],
    },
    {
      title: {
        en: 'Arrests after an attack on a Muslim woman {in}',
        fr: 'Interpellations après l’agression d’une femme musulmane {in}',
        ar: 'اعتقالات إثر الاعتداء على امرأة مسلمة {in}',
      },
      summary: {
        en: 'Police {in} arrested two suspects in connection with the assault on a Muslim woman earlier in the month.',
        fr: 'La police {of} a interpellé deux suspects dans le cadre de l’enquête sur l’agression d’une femme musulmane survenue plus tôt dans le mois.',
        ar: 'ألقت الشرطة {in} القبض على مشتبه بهما على خلفية الاعتداء على امرأة مسلمة في وقت سابق من الشهر.',
      },
      odihr: POSITIVE_ODIHR,
      target: [['individual', 1]],
      perpetrator: NO_PERPETRATOR,
      source: [
        ['police', 2],
        ['media', 1],
      ],
    },
    {
      title: {
        en: 'Man detained over online threats against Muslims {in}',
        fr: 'Un homme interpellé pour des menaces en ligne contre des musulmans {in}',
        ar: 'توقيف رجل بسبب تهديدات ضد المسلمين عبر الإنترنت {in}',
      },
      summary: {
        en: 'Police {in} detained a man who had posted threats to attack Muslim worshippers on social media.',
        fr: 'La police {of} a placé en garde à vue un homme qui avait publié sur les réseaux sociaux des menaces d’attaque contre des fidèles musulmans.',
        ar: 'أوقفت الشرطة {in} رجلًا نشر على وسائل التواصل الاجتماعي تهديدات بالاعتداء على مصلين مسلمين.',
      },
      odihr: POSITIVE_ODIHR,
      target: [
        ['online', 1],
        ['community', 1],
      ],
      perpetrator: NO_PERPETRATOR,
      source: [
        ['police', 2],
        ['media', 1],
      ],
    },
  ],
  positive_views: [
    {
      title: {
        en: 'Mosque open day draws visitors {in}',
        fr: 'Journée portes ouvertes dans une mosquée {in}',
        ar: 'يوم مفتوح في مسجد يستقطب الزوار {in}',
      },
      summary: {
        en: 'Hundreds of residents {in} visited a mosque during an open day aimed at fostering mutual understanding.',
        fr: 'Des centaines d’habitants {of} ont visité une mosquée lors d’une journée portes ouvertes destinée à favoriser la compréhension mutuelle.',
        ar: 'زار مئات من سكان {city} مسجدًا خلال يوم مفتوح يهدف إلى تعزيز التفاهم المتبادل.',
      },
      odihr: POSITIVE_ODIHR,
      target: [['mosque', 1]],
      perpetrator: NO_PERPETRATOR,
      source: [
        ['media', 2],
        ['ngo', 1],
      ],
    },
    {
      title: {
        en: 'Exhibition on Islamic art and heritage opens {in}',
        fr: 'Ouverture d’une exposition sur l’art et le patrimoine islamiques {in}',
        ar: 'افتتاح معرض عن الفن والتراث الإسلامي {in}',
      },
      summary: {
        en: 'A museum {in} opened an exhibition on Islamic art and heritage that attracted a large audience.',
        fr: 'Un musée {of} a inauguré une exposition consacrée à l’art et au patrimoine islamiques, qui a attiré un large public.',
        ar: 'افتتح متحف {in} معرضًا عن الفن والتراث الإسلامي لاقى إقبالًا واسعًا.',
      },
      odihr: POSITIVE_ODIHR,
      target: [['institution', 1]],
      perpetrator: NO_PERPETRATOR,
      source: [['media', 1]],
    },
    {
      title: {
        en: 'Survey shows improving attitudes towards Muslims {in}',
        fr: 'Une enquête montre une meilleure image des musulmans {in}',
        ar: 'استطلاع يُظهر تحسن المواقف تجاه المسلمين {in}',
      },
      summary: {
        en: 'A survey of residents {in} found that a growing majority hold positive views of their Muslim neighbours.',
        fr: 'Une enquête menée auprès des habitants {of} montre qu’une majorité croissante a une opinion positive de ses voisins musulmans.',
        ar: 'أظهر استطلاع لآراء سكان {city} أن أغلبية متزايدة منهم تحمل آراءً إيجابية تجاه جيرانهم المسلمين.',
      },
      odihr: POSITIVE_ODIHR,
      target: [['community', 1]],
      perpetrator: NO_PERPETRATOR,
      source: [
        ['media', 2],
        ['ngo', 1],
      ],
    },
    {
      title: {
        en: 'Community iftar brings residents together {in}',
        fr: 'Un iftar collectif rassemble les habitants {in}',
        ar: 'إفطار جماعي يجمع السكان {in}',
      },
      summary: {
        en: 'A public iftar organised {in} brought together Muslim and non-Muslim residents and local officials.',
        fr: 'Un iftar public organisé {in} a réuni des habitants musulmans et non musulmans ainsi que des élus locaux.',
        ar: 'جمع إفطار جماعي نُظّم {in} السكان من المسلمين وغير المسلمين إلى جانب مسؤولين محليين.',
      },
      odihr: POSITIVE_ODIHR,
      target: [['community', 1]],
      perpetrator: NO_PERPETRATOR,
      source: [
        ['media', 1],
        ['social_media', 1],
      ],
      months: [3, 4],
      weight: 3,
    },
  ],
  far_right_counter: [
    {
      title: {
        en: 'Counter-demonstration outnumbers far-right rally {in}',
        fr: 'Une contre-manifestation dépasse en nombre un rassemblement d’extrême droite {in}',
        ar: 'مظاهرة مضادة تفوق تجمعًا لليمين المتطرف عددًا {in}',
      },
      summary: {
        en: 'Thousands of residents {in} joined a peaceful counter-demonstration against a far-right rally targeting Muslims.',
        fr: 'Des milliers d’habitants {of} ont participé à une contre-manifestation pacifique face à un rassemblement d’extrême droite visant les musulmans.',
        ar: 'شارك آلاف من سكان {city} في مظاهرة مضادة سلمية ردًا على تجمع لليمين المتطرف يستهدف المسلمين.',
      },
      odihr: POSITIVE_ODIHR,
      target: [['public_space', 1]],
      perpetrator: NO_PERPETRATOR,
      source: [
        ['media', 2],
        ['social_media', 1],
      ],
    },
    {
      title: {
        en: 'Local leaders sign pledge against anti-Muslim hatred {in}',
        fr: 'Des responsables locaux s’engagent contre la haine antimusulmane {in}',
        ar: 'قادة محليون يوقعون تعهدًا بمكافحة الكراهية ضد المسلمين {in}',
      },
      summary: {
        en: 'Civic and religious leaders {in} signed a joint pledge to reject anti-Muslim rhetoric in public life.',
        fr: 'Des responsables civils et religieux {of} ont signé un engagement commun à rejeter les discours antimusulmans dans la vie publique.',
        ar: 'وقّع قادة مدنيون ودينيون {in} تعهدًا مشتركًا برفض الخطاب المعادي للمسلمين في الحياة العامة.',
      },
      odihr: POSITIVE_ODIHR,
      target: [['community', 1]],
      perpetrator: NO_PERPETRATOR,
      source: [
        ['media', 1],
        ['ngo', 1],
      ],
    },
    {
      title: {
        en: 'Far-right event cancelled after public objections {in}',
        fr: 'Annulation d’un événement d’extrême droite après des protestations {in}',
        ar: 'إلغاء فعالية لليمين المتطرف بعد اعتراضات شعبية {in}',
      },
      summary: {
        en: 'A venue {in} cancelled a far-right conference on Islam after residents and local associations objected.',
        fr: 'Une salle {in} a annulé une conférence d’extrême droite sur l’islam après les objections d’habitants et d’associations locales.',
        ar: 'ألغت قاعة {in} مؤتمرًا لليمين المتطرف عن الإسلام بعد اعتراض السكان والجمعيات المحلية.',
      },
      odihr: POSITIVE_ODIHR,
      target: [['community', 1]],
      perpetrator: NO_PERPETRATOR,
      source: [['media', 1]],
    },
  ],
  mosque_support: [
    {
      title: {
        en: 'Neighbours help clean a vandalised mosque {in}',
        fr: 'Des voisins aident à nettoyer une mosquée vandalisée {in}',
        ar: 'جيران يساعدون في تنظيف مسجد تعرّض للتخريب {in}',
      },
      summary: {
        en: 'Residents of different faiths {in} gathered to help remove graffiti from a mosque that had been vandalised.',
        fr: 'Des habitants de différentes confessions se sont réunis {in} pour aider à effacer les tags d’une mosquée vandalisée.',
        ar: 'تجمّع سكان من أديان مختلفة {in} للمساعدة في إزالة الكتابات عن جدران مسجد تعرّض للتخريب.',
      },
      odihr: POSITIVE_ODIHR,
      target: [['mosque', 1]],
      perpetrator: NO_PERPETRATOR,
      source: [
        ['media', 1],
        ['social_media', 1],
      ],
    },
    {
      title: {
        en: 'Human chain around a mosque during Friday prayers {in}',
        fr: 'Une chaîne humaine autour d’une mosquée pendant la prière du vendredi {in}',
        ar: 'سلسلة بشرية حول مسجد خلال صلاة الجمعة {in}',
      },
      summary: {
        en: 'Local residents formed a human chain around a mosque {in} as a sign of solidarity during Friday prayers.',
        fr: 'Des habitants ont formé une chaîne humaine autour d’une mosquée {in} en signe de solidarité pendant la prière du vendredi.',
        ar: 'شكّل سكان محليون سلسلة بشرية حول مسجد {in} تعبيرًا عن التضامن خلال صلاة الجمعة.',
      },
      odihr: POSITIVE_ODIHR,
      target: [['mosque', 1]],
      perpetrator: NO_PERPETRATOR,
      source: [
        ['media', 2],
        ['social_media', 1],
      ],
      weekday: 5,
    },
    {
      title: {
        en: 'Municipality approves a new mosque {in}',
        fr: 'La municipalité approuve la construction d’une mosquée {in}',
        ar: 'البلدية توافق على بناء مسجد جديد {in}',
      },
      summary: {
        en: 'The municipal council {in} approved plans for a new mosque and community centre.',
        fr: 'Le conseil municipal {of} a approuvé le projet d’une nouvelle mosquée et d’un centre communautaire.',
        ar: 'وافق المجلس البلدي {in} على مخططات إنشاء مسجد جديد ومركز مجتمعي.',
      },
      odihr: POSITIVE_ODIHR,
      target: [['mosque', 1]],
      perpetrator: NO_PERPETRATOR,
      source: [
        ['media', 2],
        ['member_state', 1],
      ],
    },
  ],
  hijab_positive: [
    {
      title: {
        en: 'Court rules in favour of an employee wearing a headscarf {in}',
        fr: 'La justice donne raison à une salariée voilée {in}',
        ar: 'القضاء ينصف موظفة محجبة {in}',
      },
      summary: {
        en: 'A labour court {in} ruled that the dismissal of an employee for wearing a headscarf was discriminatory.',
        fr: 'Une juridiction du travail {of} a jugé discriminatoire le licenciement d’une salariée pour port du foulard.',
        ar: 'قضت محكمة عمالية {in} بأن فصل موظفة بسبب ارتدائها الحجاب إجراء تمييزي.',
      },
      odihr: POSITIVE_ODIHR,
      target: [['individual', 1]],
      perpetrator: NO_PERPETRATOR,
      source: [
        ['media', 2],
        ['ngo', 1],
      ],
    },
    {
      title: {
        en: 'Police introduce an optional uniform headscarf {in}',
        fr: 'La police adopte un foulard d’uniforme facultatif {in}',
        ar: 'الشرطة تعتمد حجابًا اختياريًا ضمن الزي الرسمي {in}',
      },
      summary: {
        en: 'The police service {in} introduced an optional uniform headscarf to encourage Muslim women to join.',
        fr: 'La police {of} a introduit un foulard d’uniforme facultatif afin d’encourager les femmes musulmanes à la rejoindre.',
        ar: 'أدخلت دائرة الشرطة {in} حجابًا اختياريًا ضمن الزي الرسمي لتشجيع النساء المسلمات على الانضمام إليها.',
      },
      odihr: POSITIVE_ODIHR,
      target: [['institution', 1]],
      perpetrator: NO_PERPETRATOR,
      source: [
        ['police', 1],
        ['media', 1],
      ],
      notIn: ['FR', 'BE', 'AT', 'CH', 'DK'],
    },
    {
      title: {
        en: 'School lifts restriction on the headscarf {in}',
        fr: 'Une école lève l’interdiction du foulard {in}',
        ar: 'مدرسة ترفع القيود عن ارتداء الحجاب {in}',
      },
      summary: {
        en: 'A school {in} withdrew a rule that barred pupils from wearing the headscarf after talks with parents.',
        fr: 'Une école {of} a retiré un règlement qui interdisait aux élèves de porter le foulard, à la suite d’échanges avec les parents.',
        ar: 'ألغت مدرسة {in} قاعدة كانت تمنع التلميذات من ارتداء الحجاب، إثر مشاورات مع أولياء الأمور.',
      },
      odihr: POSITIVE_ODIHR,
      target: [['school', 1]],
      perpetrator: NO_PERPETRATOR,
      source: [
        ['media', 2],
        ['ngo', 1],
      ],
      notIn: ['FR', 'BE', 'AT', 'CH', 'DK'],
    },
  ],
  interfaith: [
    {
      title: {
        en: 'Interfaith dialogue forum held {in}',
        fr: 'Forum de dialogue interreligieux {in}',
        ar: 'عقد منتدى للحوار بين الأديان {in}',
      },
      summary: {
        en: 'Representatives of several faith communities met {in} to discuss joint responses to religious hatred.',
        fr: 'Des représentants de plusieurs communautés religieuses se sont réunis {in} pour discuter de réponses communes à la haine religieuse.',
        ar: 'اجتمع ممثلون عن عدة مجتمعات دينية {in} لمناقشة سبل التصدي المشترك للكراهية الدينية.',
      },
      odihr: POSITIVE_ODIHR,
      target: [['community', 1]],
      perpetrator: NO_PERPETRATOR,
      source: [
        ['media', 1],
        ['ngo', 1],
      ],
    },
    {
      title: {
        en: 'Faith communities launch a joint charity initiative {in}',
        fr: 'Des communautés religieuses lancent une initiative caritative commune {in}',
        ar: 'مجتمعات دينية تطلق مبادرة خيرية مشتركة {in}',
      },
      summary: {
        en: 'A mosque and neighbouring places of worship {in} launched a joint food bank for families in need.',
        fr: 'Une mosquée et des lieux de culte voisins ont lancé {in} une banque alimentaire commune pour les familles dans le besoin.',
        ar: 'أطلق مسجد ودور عبادة مجاورة {in} بنكًا مشتركًا للطعام لفائدة الأسر المحتاجة.',
      },
      odihr: POSITIVE_ODIHR,
      target: [['community', 1]],
      perpetrator: NO_PERPETRATOR,
      source: [
        ['media', 1],
        ['ngo', 1],
        ['social_media', 1],
      ],
    },
    {
      title: {
        en: 'Interfaith solidarity visit to a mosque {in}',
        fr: 'Visite interreligieuse de solidarité dans une mosquée {in}',
        ar: 'زيارة تضامنية بين الأديان إلى مسجد {in}',
      },
      summary: {
        en: 'Religious leaders of several faiths visited a mosque {in} to express solidarity with the Muslim community.',
        fr: 'Des responsables religieux de plusieurs confessions ont visité une mosquée {in} pour exprimer leur solidarité avec la communauté musulmane.',
        ar: 'زار قادة دينيون من أديان مختلفة مسجدًا {in} للتعبير عن تضامنهم مع المسلمين في المدينة.',
      },
      odihr: POSITIVE_ODIHR,
      target: [['mosque', 1]],
      perpetrator: NO_PERPETRATOR,
      source: [
        ['media', 2],
        ['social_media', 1],
      ],
    },
  ],
};

/** How often each category appears within its polarity. Codes as in data/reference/categories.json. */
export const CATEGORY_WEIGHTS: Record<Polarity, Weighted<string>> = {
  negative: [
    ['discrimination', 14],
    ['assault', 12],
    ['hate_speech', 14],
    ['online_hate', 15],
    ['hijab', 8],
    ['mosque', 12],
    ['policy', 7],
    ['far_right', 8],
    ['sacred_symbols', 6],
    ['cemetery', 3],
  ],
  positive: [
    ['public_policy', 14],
    ['court_decision', 16],
    ['police_arrest', 16],
    ['positive_views', 14],
    ['far_right_counter', 10],
    ['mosque_support', 12],
    ['hijab_positive', 6],
    ['interfaith', 12],
  ],
};

// ---------------------------------------------------------------------------------------------------------------
// Year profiles: how many rows, how they spread over the months, and a few concentrated waves (the kind that follow
// a Qur'an burning, a war or riots). Invented for illustration; they measure nothing.

interface Spike {
  /** Share of all rows drawn from this wave (always manifestations). */
  share: number;
  months: readonly number[];
  countries: readonly string[];
  categories: readonly string[];
}

interface YearProfile {
  count: number;
  /** Relative weight of each month, January first. */
  months: readonly number[];
  spikes: readonly Spike[];
}

export const YEAR_PROFILES: Record<number, YearProfile> = {
  2023: {
    count: 2700,
    months: [8, 7, 8, 8, 8, 9, 10, 10, 8, 13, 14, 12],
    spikes: [
      {
        share: 0.04,
        months: [6, 7, 8],
        countries: ['SE', 'DK'],
        categories: ['sacred_symbols', 'far_right', 'mosque', 'online_hate'],
      },
      {
        share: 0.06,
        months: [10, 11, 12],
        countries: ['US', 'GB', 'FR', 'DE', 'CA'],
        categories: ['assault', 'hate_speech', 'online_hate', 'mosque', 'discrimination'],
      },
    ],
  },
  2024: {
    count: 3200,
    months: [12, 10, 9, 9, 9, 9, 8, 10, 8, 8, 8, 8],
    spikes: [
      {
        share: 0.04,
        months: [8],
        countries: ['GB'],
        categories: ['mosque', 'assault', 'far_right', 'online_hate'],
      },
      {
        share: 0.03,
        months: [4, 5, 6],
        countries: ['IN'],
        categories: ['hate_speech', 'online_hate', 'policy'],
      },
    ],
  },
};

const DEFAULT_PROFILE: YearProfile = { count: 3000, months: Array.from({ length: 12 }, () => 1), spikes: [] };

// ---------------------------------------------------------------------------------------------------------------
// Generation

export interface GenerateOptions {
  /** Number of rows; by default the year profile's count. */
  count?: number;
  /** PRNG seed; by default derived from the year. */
  seed?: number;
  /** Share of positive developments among all rows (waves included); 0.25 by default. */
  positiveShare?: number;
}

interface Draft {
  order: number;
  date: string;
  fields: Record<IncidentColumn, string>;
}

const pad = (n: number, width: number) => String(n).padStart(width, '0');
const isoDay = (d: Date) => d.toISOString().slice(0, 10);

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function fill(template: string, lang: Language, place: City): string {
  const name = place[lang];
  const inPlace = lang === 'en' ? `in ${name}` : lang === 'fr' ? frenchIn(name) : `في ${name}`;
  return template
    .replaceAll('{in}', inPlace)
    .replaceAll('{of}', lang === 'fr' ? frenchOf(name) : inPlace)
    .replaceAll('{city}', name);
}

function verificationFor(rng: Random, source: SourceType): 'verified' | 'reported' {
  const p = { police: 0.9, member_state: 0.9, media: 0.55, ngo: 0.5, social_media: 0.2 }[source];
  return rng.chance(p) ? 'verified' : 'reported';
}

function coordinate(value: number, jitter: number): string {
  const s = (value + jitter).toFixed(4);
  return s === '-0.0000' ? '0.0000' : s;
}

/**
 * The data rows (no header) of an illustrative incident file for `year`, in INCIDENT_COLUMNS order, sorted by date,
 * with ids SAMPLE-<year>-000001… in that order. Pure and deterministic: same year and options, same rows.
 */
export function generateIncidents(year: number, options: GenerateOptions = {}): string[][] {
  const rng = new Random(mulberry32(options.seed ?? seedForYear(year)));
  const profile = YEAR_PROFILES[year] ?? DEFAULT_PROFILE;
  const count = options.count ?? profile.count;
  const spikeTotal = profile.spikes.reduce((sum, s) => sum + s.share, 0);
  // Waves are all manifestations: raise the positive share of the other rows so the whole comes to positiveShare.
  const positiveShare = Math.min(1, (options.positiveShare ?? 0.25) / (1 - spikeTotal));
  const monthWeights: Weighted<number> = profile.months.map((w, i) => [i + 1, w] as const);
  const countriesBy = (polarity: Polarity): Weighted<Country> => GAZETTEER.map((c) => [c, c[polarity]] as const);
  const byCode = new Map(GAZETTEER.map((c) => [c.alpha2, c]));

  const drafts: Draft[] = [];
  for (let order = 0; order < count; order++) {
    let polarity: Polarity;
    let month: number;
    let country: Country;
    let category: string;

    let r = rng.float();
    const spike = r < spikeTotal ? profile.spikes.find((s) => (r -= s.share) < 0) : undefined;
    if (spike) {
      polarity = 'negative';
      month = rng.pick(spike.months);
      const code = rng.pick(spike.countries);
      const found = byCode.get(code);
      if (!found) throw new Error(`wave names ${code}, which is not in the gazetteer`);
      country = found;
      category = rng.pick(spike.categories);
    } else {
      polarity = rng.chance(positiveShare) ? 'positive' : 'negative';
      month = rng.weighted(monthWeights);
      country = rng.weighted(countriesBy(polarity));
      category = rng.weighted(CATEGORY_WEIGHTS[polarity]);
    }

    const all = SCENARIOS[category];
    if (!all) throw new Error(`no scenarios for category ${category}`);
    const fitting = all.filter(
      (s) => !s.notIn?.includes(country.alpha2) && (!s.months || s.months.includes(month)),
    );
    const candidates = fitting.length > 0 ? fitting : all;
    const scenario = rng.weighted(candidates.map((s) => [s, s.weight ?? 1] as const));
    const place = rng.weighted(country.cities.map((c) => [c, c.weight] as const));

    // Date and its precision.
    let date = new Date(Date.UTC(year, month - 1, rng.int(1, daysInMonth(year, month))));
    const precisionRoll = rng.float();
    let precision = precisionRoll < 0.05 ? 'week' : precisionRoll < 0.08 ? 'month' : 'day';
    if (scenario.weekday !== undefined) {
      precision = 'day';
      const back = (date.getUTCDay() - scenario.weekday + 7) % 7;
      const moved = new Date(date.getTime() - back * 86_400_000);
      date = moved.getUTCMonth() === month - 1 ? moved : new Date(moved.getTime() + 7 * 86_400_000);
    }
    if (precision === 'week') {
      // The Monday of the week, but never before 1 January.
      const back = (date.getUTCDay() + 6) % 7;
      const monday = new Date(date.getTime() - back * 86_400_000);
      date = monday.getUTCFullYear() === year ? monday : new Date(Date.UTC(year, 0, 1));
    } else if (precision === 'month') {
      date = new Date(Date.UTC(year, month - 1, 1));
    }

    // Country code: ISO alpha-2, a few alpha-3 to exercise normalisation.
    const countryCode = rng.chance(0.03) ? country.alpha3 : country.alpha2;

    const withCoordinates = rng.chance(0.9);
    const latJitter = (rng.float() - 0.5) * 0.06;
    const lonJitter = (rng.float() - 0.5) * 0.06;

    const source = rng.weighted(scenario.source);
    const victims = scenario.victims ? String(rng.int(scenario.victims[0], scenario.victims[1])) : '';
    const injured =
      scenario.injured && rng.chance(scenario.injured[0])
        ? String(rng.int(scenario.injured[1], scenario.injured[2]))
        : '';
    const killed = scenario.killed !== undefined ? String(scenario.killed) : '';

    const frenchMissing = rng.chance(0.03);
    const arabicSummaryMissing = rng.chance(0.02);
    const urlMissing = rng.chance(0.05);

    drafts.push({
      order,
      date: isoDay(date),
      fields: {
        id: '',
        polarity,
        date: isoDay(date),
        date_precision: precision,
        country: countryCode,
        admin1: place.admin1,
        location: place.en,
        location_ar: place.ar,
        location_fr: place.fr,
        latitude: withCoordinates ? coordinate(place.lat, latJitter) : '',
        longitude: withCoordinates ? coordinate(place.lon, lonJitter) : '',
        category,
        odihr_type: rng.weighted(scenario.odihr),
        target_type: rng.weighted(scenario.target),
        victims,
        injured,
        killed,
        perpetrator_type: rng.weighted(scenario.perpetrator),
        source_name: SAMPLE_SOURCE_NAME,
        source_url: urlMissing ? '' : 'pending',
        source_type: source,
        verification: verificationFor(rng, source),
        title_ar: fill(scenario.title.ar, 'ar', place),
        title_en: fill(scenario.title.en, 'en', place),
        title_fr: frenchMissing ? '' : fill(scenario.title.fr, 'fr', place),
        summary_ar: arabicSummaryMissing ? '' : fill(scenario.summary.ar, 'ar', place),
        summary_en: fill(scenario.summary.en, 'en', place),
        summary_fr: frenchMissing ? '' : fill(scenario.summary.fr, 'fr', place),
      },
    });
  }

  // Ids in date order; the sort is stable, so rows of the same day keep the order they were drawn in.
  drafts.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.order - b.order));
  return drafts.map((draft, i) => {
    const id = `SAMPLE-${year}-${pad(i + 1, 6)}`;
    const fields = { ...draft.fields, id };
    if (fields.source_url !== '') fields.source_url = `https://example.org/illustrative/${year}/${id}`;
    return INCIDENT_COLUMNS.map((column) => fields[column]);
  });
}

/** The whole file for `year`: header row and data rows, CSV quoted as needed, LF line endings, no BOM. */
export function generateIncidentsCsv(year: number, options: GenerateOptions = {}): string {
  const rows = generateIncidents(year, options);
  return stringify([[...INCIDENT_COLUMNS], ...rows], { record_delimiter: 'unix', bom: false });
}

/** Where the file for `year` lives, relative to the repository root. */
export function incidentsPath(root: string, year: number): string {
  return resolve(root, 'data', String(year), 'incidents.csv');
}

function main(): void {
  const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
  for (const year of SAMPLE_YEARS) {
    const path = incidentsPath(root, year);
    const rows = generateIncidents(year);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, generateIncidentsCsv(year), 'utf8');
    const positive = rows.filter((r) => r[1] === 'positive').length;
    console.log(`${path}: ${rows.length} rows (${rows.length - positive} negative, ${positive} positive)`);
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main();
}
