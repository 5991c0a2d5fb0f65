// The incident record of ../shared/domain.md, written once: the CSV columns, the zod schema that
// validates a row, and the Incident type that the rest of the core works on all come from here.
import { z } from 'zod';

export const LANGUAGES = ['ar', 'en', 'fr'] as const;
export type Language = (typeof LANGUAGES)[number];

export const POLARITIES = ['negative', 'positive'] as const;
export type Polarity = (typeof POLARITIES)[number];

export const DATE_PRECISIONS = ['day', 'week', 'month'] as const;
export const ODIHR_TYPES = ['attack_people', 'attack_property', 'threat', 'non_crime'] as const;
export const TARGET_TYPES = [
  'individual',
  'mosque',
  'cemetery',
  'business',
  'institution',
  'community',
  'online',
  'school',
  'public_space',
] as const;
export const PERPETRATOR_TYPES = [
  'individual',
  'group',
  'far_right_organisation',
  'politician_party',
  'state_actor',
  'media',
  'unknown',
] as const;
export const SOURCE_TYPES = ['media', 'police', 'ngo', 'member_state', 'social_media'] as const;
export const VERIFICATIONS = ['verified', 'reported'] as const;

/** Columns of an incident file, in the order the generator writes them. */
export const INCIDENT_COLUMNS = [
  'id',
  'polarity',
  'date',
  'date_precision',
  'country',
  'admin1',
  'location',
  'location_ar',
  'location_fr',
  'latitude',
  'longitude',
  'category',
  'odihr_type',
  'target_type',
  'victims',
  'injured',
  'killed',
  'perpetrator_type',
  'source_name',
  'source_url',
  'source_type',
  'verification',
  'title_ar',
  'title_en',
  'title_fr',
  'summary_ar',
  'summary_en',
  'summary_fr',
] as const;
export type IncidentColumn = (typeof INCIDENT_COLUMNS)[number];

/**
 * The most characters a cell may hold, per column: a longer one is an error that rejects the row (a title of
 * 50 MB pasted by mistake, or a file whose quote is never closed, swallowing the rest into one cell). Generous
 * for real text: a title is one line of the annex, a summary a paragraph. docs/incident-columns.md lists them.
 */
export const FIELD_LIMITS: Record<IncidentColumn, number> = {
  id: 100,
  polarity: 100,
  date: 100,
  date_precision: 100,
  country: 100,
  admin1: 200,
  location: 200,
  location_ar: 200,
  location_fr: 200,
  latitude: 40,
  longitude: 40,
  category: 100,
  odihr_type: 100,
  target_type: 100,
  victims: 20,
  injured: 20,
  killed: 20,
  perpetrator_type: 100,
  source_name: 300,
  source_url: 2000,
  source_type: 100,
  verification: 100,
  title_ar: 500,
  title_en: 500,
  title_fr: 500,
  summary_ar: 10_000,
  summary_en: 10_000,
  summary_fr: 10_000,
};

/** Columns a file must have; the others may be left out of the header altogether. */
export const REQUIRED_COLUMNS: readonly IncidentColumn[] = [
  'id',
  'polarity',
  'date',
  'country',
  'category',
  'source_name',
  'title_en',
];

// CSV cells are strings; an empty cell means "not given".
const text = z.string().trim();
const optionalText = text.transform((s) => (s === '' ? undefined : s));
const optionalEnum = <T extends readonly [string, ...string[]]>(values: T) =>
  text.transform((s) => (s === '' ? undefined : s)).pipe(z.enum(values).optional());
const optionalCount = text
  .transform((s) => (s === '' ? undefined : s))
  .pipe(
    z
      .string()
      .regex(/^\d+$/, 'must be a whole number of 0 or more')
      .transform(Number)
      .optional(),
  );
const optionalCoordinate = (limit: number) =>
  text
    .transform((s) => (s === '' ? undefined : s))
    .pipe(
      z
        .string()
        .regex(/^-?\d+(\.\d+)?$/, 'must be a decimal number')
        .transform(Number)
        .refine((n) => Math.abs(n) <= limit, `must be between -${limit} and ${limit}`)
        .optional(),
    );
const isoDate = text
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written YYYY-MM-DD')
  .refine((s) => {
    const d = new Date(`${s}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(s);
  }, 'is not a day of the calendar');

/** One CSV row as validated; checks that need reference data (country, category) come after it. */
export const incidentRowSchema = z.object({
  id: text.min(1, 'is empty'),
  polarity: z.enum(POLARITIES),
  date: isoDate,
  date_precision: optionalEnum(DATE_PRECISIONS).transform((p) => p ?? 'day'),
  country: text.min(1, 'is empty'),
  admin1: optionalText,
  /** The place as English (or the local Latin form) writes it; the annex falls back to it. */
  location: optionalText,
  /** The place as the Arabic and French press write it ("كولونيا", "Cologne" for Cologne), where known. */
  location_ar: optionalText,
  location_fr: optionalText,
  latitude: optionalCoordinate(90),
  longitude: optionalCoordinate(180),
  category: text.min(1, 'is empty'),
  odihr_type: optionalEnum(ODIHR_TYPES),
  target_type: optionalEnum(TARGET_TYPES),
  victims: optionalCount,
  injured: optionalCount,
  killed: optionalCount,
  perpetrator_type: optionalEnum(PERPETRATOR_TYPES),
  source_name: text.min(1, 'is empty: every incident needs a source'),
  source_url: optionalText.pipe(z.url({ protocol: /^https?$/ }).optional()),
  source_type: optionalEnum(SOURCE_TYPES),
  verification: optionalEnum(VERIFICATIONS).transform((v) => v ?? 'reported'),
  title_ar: optionalText,
  title_en: text.min(1, 'is empty'),
  title_fr: optionalText,
  summary_ar: optionalText,
  summary_en: optionalText,
  summary_fr: optionalText,
});

export type IncidentRow = z.output<typeof incidentRowSchema>;

/** A validated incident: the row, with its country normalised to ISO alpha-2 and its region derived. */
export interface Incident extends IncidentRow {
  country: string;
  region: string;
}
