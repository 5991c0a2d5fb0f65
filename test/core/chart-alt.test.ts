// The alternate text of each chart, from the hand-checked incidents: the kind of chart, its title, and for each
// series its total and its largest values, counted here on paper, in the edition's language and digits.
import { describe, expect, it } from 'vitest';
import catalogAr from '../../templates/i18n/ar.json' with { type: 'json' };
import catalogEn from '../../templates/i18n/en.json' with { type: 'json' };
import catalogFr from '../../templates/i18n/fr.json' with { type: 'json' };
import { chartSpecs } from '../../src/core/charts.js';
import { computeFigures } from '../../src/core/figures.js';
import { localeFor } from '../../src/core/locale.js';
import { edition, reference } from './fixtures.js';
import { incidents, previousEdition, previousIncidents } from './figure-fixtures.js';

const figures = computeFigures(incidents, edition, reference);
const previous = computeFigures(previousIncidents, previousEdition, reference);
const catalogs = { ar: catalogAr.charts, en: catalogEn.charts, fr: catalogFr.charts };
const alt = (lang: 'ar' | 'en' | 'fr', id: string) => {
  const spec = chartSpecs(figures, edition, reference, localeFor(lang, edition), catalogs[lang], previous).find((s) => s.id === id);
  return spec!.alt;
};
const mosque = (lang: 'ar' | 'en' | 'fr') => reference.categories.negative.find((c) => c.code === 'mosque')![lang];

describe('the alternate text of a chart', () => {
  it('names the kind of chart, its title, the total and the largest values first', () => {
    // 5 manifestations: mosque 2, hijab, online hate and assault 1 each.
    const text = alt('en', 'negative-by-category');
    expect(text.startsWith(`Bar chart: ${catalogEn.charts.negativeByCategory.title}. Manifestations: 5 in all; the most: ${mosque('en')} (2), `)).toBe(true);
    expect(text.match(/\(1\)/g)).toHaveLength(2); // three named in all
  });

  it('names countries, not codes, on the map; states no total for a ranking of the first countries', () => {
    expect(alt('en', 'manifestations-map')).toMatch(/^Map: .*5 in all; the most: France \(2\), /);
    const ranking = alt('en', 'top-countries');
    expect(ranking).toContain('France (2)');
    expect(ranking).not.toContain('in all');
  });

  it('gives each series of a line chart its total and busiest months', () => {
    // Negative: January 2, March 2, December 1; positive: June 2, January 1.
    const text = alt('en', 'monthly-trend');
    expect(text).toContain('Manifestations: 5 in all; the most: Jan (2), Mar (2) and Dec (1).');
    expect(text).toContain('Positive developments: 3 in all; the most: Jun (2) and Jan (1).');
  });

  it('is written in Arabic with Arabic-Indic digits, and in French with its typography', () => {
    const ar = alt('ar', 'negative-by-category');
    expect(ar.startsWith('رسم بياني بالأعمدة: ')).toBe(true);
    expect(ar).toContain(`${mosque('ar')} (٢)`);
    expect(ar).toContain('٥ في المجموع');
    const fr = alt('fr', 'negative-by-category');
    expect(fr).toMatch(/^Diagramme en barres\s:\s/);
    expect(fr).toMatch(/5 au total\s;\sles plus nombreux\s:\s/);
  });
});
