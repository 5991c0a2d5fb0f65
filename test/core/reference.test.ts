import { mkdtempSync, writeFileSync, cpSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import categories from '../../data/reference/categories.json' with { type: 'json' };
import regions from '../../data/reference/regions.json' with { type: 'json' };
import oicMembers from '../../data/reference/oic-members.json' with { type: 'json' };
import countryNames from '../../data/reference/country-names.json' with { type: 'json' };
import arCatalog from '../../templates/i18n/ar.json' with { type: 'json' };
import { incidentGroups } from '../../src/core/annex.js';
import { parseCatalog } from '../../src/core/catalog.js';
import { countryNamesFileSchema } from '../../src/core/country-names.js';
import { figureTables } from '../../src/core/figure-tables.js';
import { computeFigures } from '../../src/core/figures.js';
import { localeFor } from '../../src/core/locale.js';
import type { Language } from '../../src/core/incident.js';
import { createReference, labelOf } from '../../src/core/reference.js';
import { readIncidentFile, readReference } from '../../src/io/edition-data.js';
import { UserError } from '../../src/errors.js';
import { ROOT, row } from '../helpers.js';
import { edition, handIncidents, reference } from './fixtures.js';

const LANGS: Language[] = ['ar', 'en', 'fr'];
const names = (code: string) => LANGS.map((lang) => reference.countryName(code, lang));

describe('country names as UN documents write them', () => {
  it('Myanmar and Tanzania in Arabic, English and French', () => {
    expect(names('MM')).toEqual(['ميانمار', 'Myanmar', 'Myanmar']);
    expect(names('TZ')).toEqual(['تنزانيا', 'Tanzania', 'Tanzanie']);
    expect(names('US')).toEqual(['الولايات المتحدة', 'United States', 'États-Unis']);
    expect(names('TR')).toEqual(['تركيا', 'Türkiye', 'Türkiye']);
  });

  it('takes the English article inside a sentence and a capital at its start; Arabic and French keep the table name', () => {
    expect(reference.countryInSentence('GB', 'en')).toBe('the United Kingdom');
    expect(reference.countryInSentence('GB', 'en', { start: true })).toBe('The United Kingdom');
    expect(reference.countryName('GB', 'en')).toBe('United Kingdom');
    expect(reference.countryInSentence('GB', 'ar')).toBe('المملكة المتحدة');
    expect(reference.countryInSentence('GB', 'fr', { start: true })).toBe('Royaume-Uni');
  });

  it('leaves a name without an article as it is', () => {
    expect(reference.countryInSentence('FR', 'en')).toBe('France');
    expect(reference.countryInSentence('FR', 'en', { start: true })).toBe('France');
    expect(reference.countryInSentence('fr', 'fr')).toBe('France');
  });

  it('uses the package names when there is no override file, and the code for an unknown code', () => {
    const bare = createReference(categories, regions);
    expect(bare.countryName('MM', 'ar')).toBe('بورما');
    expect(bare.countryInSentence('GB', 'en')).toBe('United Kingdom');
    expect(reference.countryName('QQ', 'en')).toBe('QQ');
  });

  it('recognises an override spelling when it suggests a country', () => {
    expect(reference.suggestCountry('ميانمار')).toBe('MM');
    expect(reference.suggestCountry('the United States')).toBe('US');
  });

  it('names every OIC member and every country of the shipped incident files in every language', async () => {
    const codes = new Set(oicMembers.members);
    for (const year of [2023, 2024]) {
      const file = await readIncidentFile(join(ROOT, 'data', String(year), 'incidents.csv'), { fingerprint: false });
      for (const row of file.rows) codes.add(reference.countryCode(row.cells.country ?? '') ?? row.cells.country ?? '');
    }
    expect(codes.size).toBeGreaterThan(57 + 20);
    const missing = [...codes].flatMap((code) =>
      LANGS.filter((lang) => reference.countryName(code, lang).toUpperCase() === code).map((lang) => `${code} ${lang}`),
    );
    expect(missing).toEqual([]);
  });
});

describe('every table prints the names of country-names.json', () => {
  const incidents = handIncidents([row({ id: 'A', country: 'MM' }), row({ id: 'B', country: 'TZA', location: 'Dar es Salaam' })]);

  it('the figure CSVs, in English, Arabic and French', () => {
    const tables = figureTables(computeFigures(incidents, edition, reference), reference);
    const countries = tables.find((t) => t.name === 'countries.csv')!;
    expect(countries.head.slice(0, 4)).toEqual(['country', 'name_en', 'name_ar', 'name_fr']);
    expect(countries.rows.map((r) => r.slice(0, 4))).toEqual([
      ['MM', 'Myanmar', 'ميانمار', 'Myanmar'],
      ['TZ', 'Tanzania', 'تنزانيا', 'Tanzanie'],
    ]);
    const categories = tables.find((t) => t.name === 'by-category.csv')!;
    expect(categories.head).toEqual(['polarity', 'category', 'label_en', 'label_ar', 'label_fr', 'count']);
    expect(categories.rows.find((r) => r[1] === 'mosque')).toEqual(['negative', 'mosque', 'Mosque incidents', 'الاعتداء على المساجد', 'Incidents visant des mosquées', 2]);
  });

  it('the annex', () => {
    const [group] = incidentGroups(incidents, 'negative', reference, localeFor('ar', edition), parseCatalog(arCatalog).catalog!, edition);
    expect(group!.rows.map((r) => [r.place, r.country])).toEqual([
      [undefined, 'ميانمار'],
      ['Dar es Salaam', 'تنزانيا'],
    ]);
  });
});

describe('category labels', () => {
  it('name each category one way in every language: no manifestation type reads as a positive one', () => {
    for (const lang of LANGS) {
      const labels = [...reference.categories.negative, ...reference.categories.positive].map((c) => c[lang]);
      expect(labels.filter((l, i) => labels.indexOf(l) !== i), lang).toEqual([]);
    }
  });

  it('are printed in French typography, whatever apostrophe the table was typed with', () => {
    const typed = categories.negative.find((c) => c.code === 'far_right')!.fr;
    expect(typed).toBe("Campagnes d'extrême droite");
    expect(labelOf(reference.categories.negative, 'far_right', 'fr')).toBe('Campagnes d’extrême droite');
    expect(reference.countryName('CI', 'fr')).toBe('Côte d’Ivoire');
    expect(reference.countryName('CI', 'en')).toBe("Côte d'Ivoire");
  });
});

describe('region names', () => {
  it('names the North American region one way in every language, in a table and in a sentence', () => {
    expect(LANGS.map((lang) => reference.regionInSentence('north_america', lang))).toEqual([
      'أمريكا الشمالية',
      'North America',
      'Amérique du Nord',
    ]);
    expect(reference.regionInSentence('north_america', 'en', { start: true })).toBe('North America');
    expect(reference.regions.find((r) => r.code === 'north_america')?.en).toBe('North America');
  });

  it('takes the English in-sentence form of a region that has one, and checks it ends with the name', () => {
    const caribbean = { code: 'caribbean', ar: 'منطقة البحر الكاريبي', en: 'Caribbean', fr: 'Caraïbes', inSentence: { en: 'the Caribbean' } };
    const withCaribbean = { ...regions, regions: [...regions.regions, caribbean] };
    const own = createReference(categories, withCaribbean);
    expect(own.regionInSentence('caribbean', 'en')).toBe('the Caribbean');
    expect(own.regionInSentence('caribbean', 'en', { start: true })).toBe('The Caribbean');
    expect(own.regionInSentence('caribbean', 'fr')).toBe('Caraïbes');
    expect(own.regionInSentence('nowhere', 'en')).toBe('nowhere');
    const wrong = { ...regions, regions: [...regions.regions, { ...caribbean, inSentence: { en: 'the West Indies' } }] };
    expect(() => createReference(categories, wrong)).toThrow(/should end with the English name of the region/);
  });
});

describe('country-names.json', () => {
  it('the shipped file validates, and the data folder reads it', async () => {
    expect(countryNamesFileSchema.safeParse(countryNames).error?.issues).toBeUndefined();
    const read = await readReference(join(ROOT, 'data'));
    expect(read.countryName('MM', 'ar')).toBe('ميانمار');
  });

  it('an unknown code is an error naming the file and the code', () => {
    expect(() => createReference(categories, regions, { countryNames: { countries: { QQ: { en: 'Nowhere' } } } })).toThrow(
      'country-names.json: countries.QQ: "QQ" is not an ISO 3166-1 alpha-2 code',
    );
  });

  it('read from a data folder, an unknown code is an error at its file and line', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'oic-names-'));
    cpSync(join(ROOT, 'data', 'reference'), join(dir, 'reference'), { recursive: true });
    const file = join(dir, 'reference', 'country-names.json');
    writeFileSync(file, '{\n  "countries": {\n    "MM": { "ar": "ميانمار" },\n    "QQ": { "en": "Nowhere" }\n  }\n}\n');
    const error = await readReference(dir).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(UserError);
    const { message, details } = error as UserError;
    expect(message).toContain('country-names.json');
    expect(details).toEqual([expect.stringMatching(/country-names\.json:4: countries\.QQ: "QQ" is not an ISO 3166-1 alpha-2 code$/)]);
  });

  it('an in-sentence form that does not end with the name is an error', () => {
    const wrong = { countries: { GB: { inSentence: { en: 'the UK' } } } };
    expect(() => createReference(categories, regions, { countryNames: wrong })).toThrow(
      'country-names.json: countries.GB.inSentence.en: should end with the English name "United Kingdom"',
    );
  });
});
