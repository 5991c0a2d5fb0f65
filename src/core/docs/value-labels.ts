// Labels, in the OIC's three languages, of the codes that incident.ts defines and no reference table labels
// yet: the report does not print them, but editors and translators filling a row need to know what each means.
// Typed by the enums, so a code added to incident.ts does not compile until it has its labels here.
import type { DATE_PRECISIONS, Language, ODIHR_TYPES, PERPETRATOR_TYPES, POLARITIES, VERIFICATIONS } from '../incident.js';

export type Labels = Record<Language, string>;
type LabelsOf<T extends readonly string[]> = Record<T[number], Labels>;

export const VALUE_LABELS: {
  polarity: LabelsOf<typeof POLARITIES>;
  date_precision: LabelsOf<typeof DATE_PRECISIONS>;
  odihr_type: LabelsOf<typeof ODIHR_TYPES>;
  perpetrator_type: LabelsOf<typeof PERPETRATOR_TYPES>;
  verification: LabelsOf<typeof VERIFICATIONS>;
} = {
  polarity: {
    negative: { ar: 'مظهر من مظاهر الإسلاموفوبيا', en: 'Manifestation of Islamophobia', fr: 'Manifestation d’islamophobie' },
    positive: { ar: 'تطور إيجابي', en: 'Positive development', fr: 'Évolution positive' },
  },
  date_precision: {
    day: { ar: 'اليوم', en: 'Day', fr: 'Jour' },
    week: { ar: 'الأسبوع', en: 'Week', fr: 'Semaine' },
    month: { ar: 'الشهر', en: 'Month', fr: 'Mois' },
  },
  odihr_type: {
    attack_people: { ar: 'اعتداءات على الأشخاص', en: 'Attacks against people', fr: 'Atteintes aux personnes' },
    attack_property: { ar: 'اعتداءات على الممتلكات', en: 'Attacks against property', fr: 'Atteintes aux biens' },
    threat: { ar: 'تهديدات', en: 'Threats', fr: 'Menaces' },
    non_crime: { ar: 'حادثة لا تُعدّ جريمة', en: 'Not a crime', fr: 'Incident non pénal' },
  },
  perpetrator_type: {
    individual: { ar: 'فرد', en: 'Individual', fr: 'Individu' },
    group: { ar: 'مجموعة', en: 'Group', fr: 'Groupe' },
    far_right_organisation: { ar: 'منظمة من اليمين المتطرف', en: 'Far-right organisation', fr: 'Organisation d’extrême droite' },
    politician_party: { ar: 'سياسي أو حزب سياسي', en: 'Politician or political party', fr: 'Personnalité ou parti politique' },
    state_actor: { ar: 'جهة حكومية', en: 'State actor', fr: 'Acteur étatique' },
    media: { ar: 'وسيلة إعلام', en: 'Media', fr: 'Média' },
    unknown: { ar: 'غير معروف', en: 'Unknown', fr: 'Inconnu' },
  },
  verification: {
    verified: { ar: 'مُتحقَّق منها', en: 'Verified', fr: 'Vérifié' },
    reported: { ar: 'مُبلَّغ عنها', en: 'Reported', fr: 'Signalé' },
  },
};
