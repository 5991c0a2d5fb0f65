// Reference tables: stable codes with labels in the OIC's three languages. Incident rows carry only codes.
import { z } from 'zod';
// The package's locales are registered by country-names.js, imported below: it runs before this module does.
import countries from 'i18n-iso-countries';
import { countries as countryFacts } from 'countries-list';
import { createCountryNames, inSentenceForm, inSentenceSchema, type CountryNamesFile } from './country-names.js';
import type { Language, Polarity } from './incident.js';
import { frenchTypography } from './typography.js';

const labelSchema = z.object({
  code: z.string().regex(/^[a-z][a-z0-9_]*$/, 'codes are lower_snake_case'),
  ar: z.string().min(1),
  en: z.string().min(1),
  // Set once here, so that every chart, table and sentence prints "Campagnes d’extrême droite".
  fr: z.string().min(1).transform(frenchTypography),
});
export type Label = z.output<typeof labelSchema>;

export const categoriesFileSchema = z.object({
  negative: z.array(labelSchema).min(1),
  positive: z.array(labelSchema).min(1),
});
const regionSchema = labelSchema
  .extend({ inSentence: inSentenceSchema.optional() })
  .refine((r) => !r.inSentence || r.inSentence.en.endsWith(r.en), {
    path: ['inSentence', 'en'],
    message: 'should end with the English name of the region',
  });
export type Region = z.output<typeof regionSchema>;

export const regionsFileSchema = z.object({
  regions: z.array(regionSchema).min(1),
  byContinent: z.record(z.string(), z.string()),
  byCountry: z.record(z.string(), z.string()),
});

export const oicMembersFileSchema = z.object({
  note: z.string().optional(),
  members: z.array(z.string().regex(/^[A-Z]{2}$/, 'members are ISO 3166-1 alpha-2 codes')).min(1),
});
export const typesFileSchema = z.object({
  targetTypes: z.array(labelSchema).min(1),
  sourceTypes: z.array(labelSchema).min(1),
});

/**
 * The optional tables: OIC membership, target and source types, country names where they differ from the
 * package's (data/reference/oic-members.json, target-types.json, country-names.json).
 */
export interface MoreReference {
  oicMembers?: z.input<typeof oicMembersFileSchema>;
  types?: z.input<typeof typesFileSchema>;
  countryNames?: CountryNamesFile;
}

export interface Reference {
  categories: Record<Polarity, Label[]>;
  regions: Region[];
  targetTypes: Label[];
  sourceTypes: Label[];
  /** Whether a country (ISO alpha-2) is one of the OIC's member states. */
  isOicMember(alpha2: string): boolean;
  /**
   * The code a mistyped or spelled-out country most likely means: a name in Arabic, English or French
   * ("France", "Frankreich" is not), an alias, or a near miss of a code or name ("Frnace" → FR).
   */
  suggestCountry(input: string): string | undefined;
  /** ISO alpha-2 for an alpha-2 or alpha-3 code in any case, or undefined. */
  countryCode(input: string): string | undefined;
  regionOf(alpha2: string): string | undefined;
  /** The name for tables and lists, as UN documents write it (country-names.json over the package's). */
  countryName(alpha2: string, lang: Language): string;
  /** The name inside a sentence: "the United Kingdom", or with `start` "The United Kingdom"; see inSentenceForm. */
  countryInSentence(alpha2: string, lang: Language, options?: { start?: boolean }): string;
  /** A region's name inside a sentence, the same way: its `inSentence` form in English, else its label. */
  regionInSentence(code: string, lang: Language, options?: { start?: boolean }): string;
}

export function createReference(
  categoriesFile: z.input<typeof categoriesFileSchema>,
  regionsFile: z.input<typeof regionsFileSchema>,
  more: MoreReference = {},
): Reference {
  const categories = categoriesFileSchema.parse(categoriesFile);
  const members = new Set(more.oicMembers ? oicMembersFileSchema.parse(more.oicMembers).members : []);
  for (const m of members) {
    if (!countries.isValid(m)) throw new Error(`oic-members.json lists "${m}", which is not an ISO 3166-1 alpha-2 code`);
  }
  const types = more.types ? typesFileSchema.parse(more.types) : { targetTypes: [], sourceTypes: [] };
  const regionTable = regionsFileSchema.parse(regionsFile);
  const names = createCountryNames(more.countryNames);
  let spellings: { name: string; code: string }[] | undefined;
  const regionCodes = new Set(regionTable.regions.map((r) => r.code));
  for (const region of [...Object.values(regionTable.byContinent), ...Object.values(regionTable.byCountry)]) {
    if (!regionCodes.has(region)) throw new Error(`regions.json names region "${region}", which it does not list`);
  }
  return {
    categories,
    regions: regionTable.regions,
    targetTypes: types.targetTypes,
    sourceTypes: types.sourceTypes,
    isOicMember: (alpha2) => members.has(alpha2.toUpperCase()),
    suggestCountry: (input) => suggestCountry(input, (spellings ??= [...allCountryNames(), ...names.spellings().map(normalised)])),
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
    countryName: names.name,
    countryInSentence: names.inSentence,
    regionInSentence(code, lang, options) {
      const region = regionTable.regions.find((r) => r.code === code);
      return region ? inSentenceForm(region[lang], region.inSentence, lang, options) : code;
    },
  };
}

const LANGS = ['ar', 'en', 'fr'] as const;
let countryNames: { name: string; code: string }[] | undefined;

/** Every spelling the package knows, in the three languages, lower-cased, with the codes themselves. */
function allCountryNames(): { name: string; code: string }[] {
  if (countryNames) return countryNames;
  const list: { name: string; code: string }[] = [];
  for (const [alpha2, alpha3] of Object.entries(countries.getAlpha2Codes()).map(([a2]) => [a2, countries.alpha2ToAlpha3(a2) ?? ''])) {
    list.push({ name: alpha2!.toLowerCase(), code: alpha2! });
    if (alpha3) list.push({ name: alpha3.toLowerCase(), code: alpha2! });
    for (const lang of LANGS) {
      const names = countries.getName(alpha2!, lang, { select: 'all' }) ?? [];
      for (const n of names) list.push({ name: normaliseName(n), code: alpha2! });
    }
  }
  return (countryNames = list);
}

function normaliseName(s: string): string {
  return s.trim().toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/\s+/g, ' ');
}

const normalised = (n: { name: string; code: string }) => ({ name: normaliseName(n.name), code: n.code });

/** `names`: every spelling to match, normalised. */
function suggestCountry(input: string, names: readonly { name: string; code: string }[]): string | undefined {
  const wanted = normaliseName(input);
  if (wanted === '') return undefined;
  const exact = names.find((n) => n.name === wanted);
  if (exact) return exact.code;
  // A near miss: the smallest edit distance, within a third of the length (and at most 1 for codes).
  let best: { code: string; distance: number } | undefined;
  for (const n of names) {
    const limit = n.name.length <= 3 ? 1 : Math.max(1, Math.floor(n.name.length / 3));
    if (Math.abs(n.name.length - wanted.length) > limit) continue;
    const d = editDistance(wanted, n.name, limit);
    if (d <= limit && (!best || d < best.distance)) best = { code: n.code, distance: d };
  }
  return best?.code;
}

/** Optimal string alignment distance (Levenshtein with transpositions), stopping early above `limit`. */
export function editDistance(a: string, b: string, limit = Infinity): number {
  const m = a.length;
  const n = b.length;
  let prev2 = new Array<number>(n + 1).fill(0);
  let prev = Array.from({ length: n + 1 }, (_, j) => j);
  let cur = new Array<number>(n + 1).fill(0);
  for (let i = 1; i <= m; i++) {
    cur[0] = i;
    let rowMin = i;
    for (let j = 1; j <= n; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, prev2[j - 2]! + 1);
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > limit) return rowMin;
    [prev2, prev, cur] = [prev, cur, prev2];
  }
  return prev[n]!;
}

/** The code among `codes` closest to `input`, if it is a near miss (a typo, another case, spaces for _). */
export function nearestCode(input: string, codes: readonly string[]): string | undefined {
  const wanted = input.trim().toLowerCase().replace(/[\s-]+/g, '_');
  if (wanted === '') return undefined;
  const direct = codes.find((c) => c.toLowerCase() === wanted);
  if (direct) return direct;
  let best: { code: string; distance: number } | undefined;
  for (const code of codes) {
    const limit = Math.max(1, Math.floor(code.length / 3));
    const d = editDistance(wanted, code.toLowerCase(), limit);
    if (d <= limit && (!best || d < best.distance)) best = { code, distance: d };
  }
  return best?.code;
}

export function labelOf(labels: readonly Label[], code: string, lang: Language): string {
  return labels.find((l) => l.code === code)?.[lang] ?? code;
}
