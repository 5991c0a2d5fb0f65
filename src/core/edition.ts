// An edition is one annual report: its number, the period it covers (not always a calendar year), the
// CFM session it goes to, and the publication choices the editors make for it.
import { z } from 'zod';
import { LANGUAGES } from './incident.js';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written YYYY-MM-DD');
const localised = z.object({ ar: z.string(), en: z.string(), fr: z.string().optional() });

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
    originalLanguage: z.enum(LANGUAGES).default('en'),
    languages: z.array(z.enum(LANGUAGES)).min(1).default(['ar', 'en']),
    /** Digits of the Arabic edition: Arabic-Indic (٠١٢٣) or Latin (0123). Both are in real use. */
    arabicDigits: z.enum(['arab', 'latn']).default('arab'),
    /** Arabic charts mirror their categorical layout; time axes run left to right unless this is true. */
    mirrorTimeAxes: z.boolean().default(false),
    /** A draft prints a placeholder where a narrative chapter is not written yet, or leaves it out as a final build does. */
    unwrittenChapters: z.enum(['placeholder', 'omit']).default('placeholder'),
    /** True for the generated sample data: every page then says the figures are not real. */
    illustrative: z.boolean().default(false),
  })
  .refine((e) => e.period.start <= e.period.end, {
    message: 'period.start must not be after period.end',
    path: ['period'],
  });

export type Edition = z.output<typeof editionSchema>;
