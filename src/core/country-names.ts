// Country names as UN and OIC documents write them: the i18n-iso-countries package's names, corrected by
// data/reference/country-names.json where the package differs from UN usage (the rule is in
// data/reference/README.md), and the form a name takes inside an English sentence ("the United Kingdom").
import { z } from 'zod';
import countries from 'i18n-iso-countries';
import ar from 'i18n-iso-countries/langs/ar.json' with { type: 'json' };
import en from 'i18n-iso-countries/langs/en.json' with { type: 'json' };
import fr from 'i18n-iso-countries/langs/fr.json' with { type: 'json' };
import type { Language } from './incident.js';
import { typographyFor } from './typography.js';

countries.registerLocale(ar);
countries.registerLocale(en);
countries.registerLocale(fr);

const nameSchema = z.string().trim().min(1);

/** How a name stands inside a sentence, where that differs from the table name; English only (see inSentenceForm). */
export const inSentenceSchema = z.strictObject({ en: nameSchema });

const overrideSchema = z.strictObject({
  ar: nameSchema.optional(),
  en: nameSchema.optional(),
  fr: nameSchema.optional(),
  inSentence: inSentenceSchema.optional(),
  /** Why the entry is there, for the next translator; never printed. */
  note: z.string().optional(),
});

export const countryNamesFileSchema = z.strictObject({
  note: z.string().optional(),
  countries: z.record(z.string(), overrideSchema).superRefine((table, ctx) => {
    for (const [code, entry] of Object.entries(table)) {
      if (!/^[A-Z]{2}$/.test(code) || !countries.isValid(code)) {
        ctx.addIssue({ code: 'custom', path: [code], message: `"${code}" is not an ISO 3166-1 alpha-2 code` });
        continue;
      }
      const tableName = entry.en ?? packageName(code, 'en') ?? code;
      if (entry.inSentence && !entry.inSentence.en.endsWith(tableName)) {
        ctx.addIssue({ code: 'custom', path: [code, 'inSentence', 'en'], message: `should end with the English name "${tableName}"` });
      }
    }
  }),
});
export type CountryNamesFile = z.input<typeof countryNamesFileSchema>;

export interface CountryNames {
  /** The name for tables and lists: the override's, else the package's; the code itself for an unknown code. */
  name(alpha2: string, lang: Language): string;
  inSentence(alpha2: string, lang: Language, options?: { start?: boolean }): string;
  /** The overrides' names as written, in-sentence forms too, so that a spelled-out "ميانمار" is found to be MM. */
  spellings(): { name: string; code: string }[];
}

/** The names with the overrides of a country-names.json (none: the package's names as they are). */
export function createCountryNames(file?: CountryNamesFile): CountryNames {
  const overrides = file ? checkTable('country-names.json', countryNamesFileSchema, file).countries : {};
  const name = (alpha2: string, lang: Language) => {
    const code = alpha2.toUpperCase();
    const found = overrides[code]?.[lang] ?? packageName(code, lang);
    // In the language's typography, as every label is: "Côte d’Ivoire".
    return found ? typographyFor(lang)(found) : alpha2;
  };
  return {
    name,
    inSentence: (alpha2, lang, options) => inSentenceForm(name(alpha2, lang), overrides[alpha2.toUpperCase()]?.inSentence, lang, options),
    spellings: () =>
      Object.entries(overrides).flatMap(([code, entry]) =>
        [entry.ar, entry.en, entry.fr, entry.inSentence?.en].filter((n) => n !== undefined).map((n) => ({ name: n, code })),
      ),
  };
}

/**
 * A name as it stands inside a sentence. English: the in-sentence form when there is one ("the United Kingdom";
 * "The United Kingdom" at the start). Arabic and French: the table name, because an Arabic name carries its own
 * article (المملكة المتحدة، فرنسا) and a French article fuses with the preposition before it (au Royaume-Uni, aux
 * États-Unis, en France): that needs a grammar of French prepositions, which is the catalog's sentence to write.
 */
export function inSentenceForm(
  tableName: string,
  inSentence: z.output<typeof inSentenceSchema> | undefined,
  lang: Language,
  options: { start?: boolean } = {},
): string {
  const form = lang === 'en' ? (inSentence?.en ?? tableName) : tableName;
  return options.start ? form.charAt(0).toUpperCase() + form.slice(1) : form;
}

function packageName(alpha2: string, lang: Language): string | undefined {
  return countries.getName(alpha2, lang, { select: 'official' });
}

/** A table parsed by its schema; a problem names the file and the entry ("country-names.json: countries.QQ: …"). */
export function checkTable<T extends z.ZodType>(file: string, schema: T, value: unknown): z.output<T> {
  const checked = schema.safeParse(value);
  if (checked.success) return checked.data;
  const problems = checked.error.issues.map((i) => `${[file, i.path.join('.')].filter(Boolean).join(': ')}: ${i.message}`);
  throw new Error(problems.join('; '));
}
