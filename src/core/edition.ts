// An edition is one annual report: its number, the period it covers (not always a calendar year), the
// CFM session it goes to, and the publication choices the editors make for it.
import { z } from 'zod';
import { LANGUAGES } from './incident.js';

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written YYYY-MM-DD')
  .refine((s) => {
    const d = new Date(`${s}T00:00:00Z`);
    return Number.isNaN(d.getTime()) ? !/^\d{4}-\d{2}-\d{2}$/.test(s) : d.toISOString().startsWith(s);
  }, 'is not a day of the calendar (such as 2024-02-30)');
const localised = z.object({ ar: z.string(), en: z.string(), fr: z.string().optional() });

/** The fields of edition.json an editor fills in, as `toFill` names them. */
export const EDITION_FIELDS = ['number', 'period.start', 'period.end', 'cfm.session', 'cfm.city', 'cfm.start', 'cfm.end', 'documentSymbol'] as const;
export type EditionField = (typeof EDITION_FIELDS)[number];

export const editionSchema = z
  .object({
    year: z.number().int().min(2000).max(2100),
    /** The report's ordinal: 17 for the "Seventeenth OIC Observatory Report on Islamophobia". */
    number: z.number().int().min(1).max(99),
    period: z.object({ start: isoDate, end: isoDate }),
    cfm: z.object({
      session: z.number().int().min(1),
      city: localised,
      start: isoDate,
      end: isoDate,
    }),
    documentSymbol: z.string().min(1),
    /** The date of issue under the symbol on the cover; the build's date (SOURCE_DATE_EPOCH) where it is not given. */
    issued: isoDate.optional(),
    originalLanguage: z.enum(LANGUAGES).default('en'),
    languages: z.array(z.enum(LANGUAGES)).min(1).default(['ar', 'en']),
    /** Digits of the Arabic edition: Arabic-Indic (٠١٢٣) or Latin (0123). Both are in real use. */
    arabicDigits: z.enum(['arab', 'latn']).default('arab'),
    /** Arabic charts mirror their categorical layout; time axes run left to right unless this is true. */
    mirrorTimeAxes: z.boolean().default(false),
    /** A draft prints a placeholder where a narrative chapter is not written yet, or leaves it out as a final build does. */
    unwrittenChapters: z.enum(['placeholder', 'omit']).default('placeholder'),
    /**
     * The printed report opens the contents and every chapter on a right-hand page (recto: the right in English and
     * French, the left in the Arabic edition, bound on the right), with a blank page before where needed.
     */
    rectoChapters: z.boolean().default(true),
    /** True for the generated sample data: every page then says the figures are not real. */
    illustrative: z.boolean().default(false),
    /** Annex III of a very large edition: at most `limit` incidents per category; the full list goes beside the PDF. */
    annex: z
      .object({ limit: z.number().int().min(1).max(1_000_000).optional() })
      .optional(),
    /**
     * Fields whose values are only a starting point (copied from the previous edition, or the template's): a
     * value alone cannot say so, since the copy validates. Build and validate report them; a final build refuses.
     */
    toFill: z.array(z.enum(EDITION_FIELDS)).default([]),
    /** Where the values to fill come from: the year of the edition they were copied from, or the template. */
    toFillFrom: z.union([z.number().int(), z.literal('template')]).optional(),
  })
  .refine((e) => e.period.start <= e.period.end, {
    message: 'period.start must not be after period.end',
    path: ['period', 'end'],
  })
  .refine((e) => e.cfm.start <= e.cfm.end, {
    message: 'cfm.start must not be after cfm.end (the session ends on or after the day it opens)',
    path: ['cfm', 'end'],
  });

export type Edition = z.output<typeof editionSchema>;

/** "cfm.city, cfm.end are still to fill (from the 2024 edition); …", or nothing when every field is filled. */
export function toFillMessage(edition: Edition): string | undefined {
  if (edition.toFill.length === 0) return undefined;
  const from = edition.toFillFrom === 'template' ? "the template's placeholders" : edition.toFillFrom ? `from the ${edition.toFillFrom} edition` : undefined;
  const verb = edition.toFill.length === 1 ? 'is' : 'are';
  const them = edition.toFill.length === 1 ? 'it' : 'them';
  return `${edition.toFill.join(', ')} ${verb} still to fill${from ? ` (${from})` : ''}; edit ${them}, then remove ${them} from toFill`;
}
