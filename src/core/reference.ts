// Reference tables: stable codes with labels in the OIC's three languages. Incident rows carry only codes.
import { z } from 'zod';
import countries from 'i18n-iso-countries';
import ar from 'i18n-iso-countries/langs/ar.json' with { type: 'json' };
import en from 'i18n-iso-countries/langs/en.json' with { type: 'json' };
import fr from 'i18n-iso-countries/langs/fr.json' with { type: 'json' };
import { countries as countryFacts } from 'countries-list';
import type { Language, Polarity } from './incident.js';

countries.registerLocale(ar);
countries.registerLocale(en);
countries.registerLocale(fr);

const labelSchema = z.object({
  code: z.string().regex(/^[a-z][a-z0-9_]*$/, 'codes are lower_snake_case'),
  ar: z.string().min(1),
  en: z.string().min(1),
  fr: z.string().min(1),
});
export type Label = z.output<typeof labelSchema>;

export const categoriesFileSchema = z.object({
  negative: z.array(labelSchema).min(1),
  positive: z.array(labelSchema).min(1),
});
export const regionsFileSchema = z.object({
  regions: z.array(labelSchema).min(1),
  byContinent: z.record(z.string(), z.string()),
  byCountry: z.record(z.string(), z.string()),
});

export interface Reference {
  categories: Record<Polarity, Label[]>;
  regions: Label[];
  /** ISO alpha-2 for an alpha-2 or alpha-3 code in any case, or undefined. */
  countryCode(input: string): string | undefined;
  regionOf(alpha2: string): string | undefined;
  countryName(alpha2: string, lang: Language): string;
}

export function createReference(
  categoriesFile: z.input<typeof categoriesFileSchema>,
  regionsFile: z.input<typeof regionsFileSchema>,
): Reference {
  const categories = categoriesFileSchema.parse(categoriesFile);
  const regionTable = regionsFileSchema.parse(regionsFile);
  const regionCodes = new Set(regionTable.regions.map((r) => r.code));
  for (const region of [...Object.values(regionTable.byContinent), ...Object.values(regionTable.byCountry)]) {
    if (!regionCodes.has(region)) throw new Error(`regions.json names region "${region}", which it does not list`);
  }
  return {
    categories,
    regions: regionTable.regions,
    countryCode(input) {
      const code = input.trim().toUpperCase();
      if (code.length === 2) return countries.isValid(code) ? code : undefined;
      if (code.length === 3) return countries.alpha3ToAlpha2(code) || undefined;
      return undefined;
    },
    regionOf(alpha2) {
      const continent = (countryFacts as Record<string, { continent: string } | undefined>)[alpha2]?.continent;
      return regionTable.byCountry[alpha2] ?? (continent ? regionTable.byContinent[continent] : undefined);
    },
    countryName(alpha2, lang) {
      return countries.getName(alpha2, lang, { select: 'official' }) ?? alpha2;
    },
  };
}

export function labelOf(labels: readonly Label[], code: string, lang: Language): string {
  return labels.find((l) => l.code === code)?.[lang] ?? code;
}
