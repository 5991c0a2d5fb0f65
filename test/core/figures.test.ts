import { describe, expect, it } from 'vitest';
import { compareFigures, computeFigures, monthsOfPeriod } from '../../src/core/figures.js';
import { figureTables, figuresJson, tableCsv } from '../../src/core/figure-tables.js';
import { edition, reference } from './fixtures.js';
import { incidents, previousEdition, previousIncidents } from './figure-fixtures.js';

describe('computeFigures', () => {
  const figures = computeFigures(incidents, edition, reference);

  it('counts totals by polarity and distinct countries', () => {
    expect(incidents).toHaveLength(8);
    expect(figures.totals).toEqual({ negative: 5, positive: 3, all: 8 });
    expect(figures.countries).toBe(6);
  });

  it('gives every month of the period, empty months included', () => {
    expect(figures.monthly).toHaveLength(12);
    expect(figures.monthly[0]).toEqual({ month: '2024-01', negative: 2, positive: 1 });
    expect(figures.monthly[1]).toEqual({ month: '2024-02', negative: 0, positive: 0 });
    expect(figures.monthly[2]).toEqual({ month: '2024-03', negative: 2, positive: 0 });
    expect(figures.monthly[5]).toEqual({ month: '2024-06', negative: 0, positive: 2 });
    expect(figures.monthly[11]).toEqual({ month: '2024-12', negative: 1, positive: 0 });
  });

  it('counts by category in reference order, zeros kept', () => {
    const negative = Object.fromEntries(figures.byCategory.negative.map((c) => [c.category, c.count]));
    expect(negative).toMatchObject({ mosque: 2, hijab: 1, online_hate: 1, assault: 1, cemetery: 0 });
    expect(figures.byCategory.negative.map((c) => c.category)).toEqual(reference.categories.negative.map((c) => c.code));
    const positive = Object.fromEntries(figures.byCategory.positive.map((c) => [c.category, c.count]));
    expect(positive).toMatchObject({ court_decision: 1, interfaith: 2, public_policy: 0 });
  });

  it('counts by region, US and Canada apart from Latin America', () => {
    const byRegion = Object.fromEntries(figures.byRegion.map((r) => [r.region, [r.negative, r.positive]]));
    expect(byRegion).toEqual({
      africa: [0, 1],
      asia: [1, 0],
      europe: [3, 1],
      north_america: [1, 1],
      latin_america: [0, 0],
      oceania: [0, 0],
    });
  });

  it('ranks hotspot countries by manifestations, ties by code', () => {
    expect(figures.topCountries).toEqual([
      { country: 'FR', count: 2 },
      { country: 'DE', count: 1 },
      { country: 'IN', count: 1 },
      { country: 'US', count: 1 },
    ]);
  });
});

describe('monthsOfPeriod', () => {
  it('follows a period that is not a calendar year', () => {
    expect(monthsOfPeriod({ start: '2020-12-01', end: '2022-01-31' })).toHaveLength(14);
    expect(monthsOfPeriod({ start: '2014-05-01', end: '2015-04-30' })).toEqual([
      '2014-05', '2014-06', '2014-07', '2014-08', '2014-09', '2014-10',
      '2014-11', '2014-12', '2015-01', '2015-02', '2015-03', '2015-04',
    ]);
  });
});

describe('computeFigures: the breakdowns', () => {
  const figures = computeFigures(incidents, edition, reference);

  it('keeps the period it covers', () => {
    expect(figures.period).toEqual({ start: '2024-01-01', end: '2024-12-31' });
  });

  it('counts region × category, every region and category kept', () => {
    const europe = figures.byRegionCategory.find((r) => r.region === 'europe');
    expect(europe?.negative).toMatchObject({ mosque: 2, hijab: 1, assault: 0 });
    expect(europe?.positive).toMatchObject({ court_decision: 1, interfaith: 0 });
    expect(figures.byRegionCategory.find((r) => r.region === 'asia')?.negative.assault).toBe(1);
    expect(figures.byRegionCategory.find((r) => r.region === 'north_america')?.negative.online_hate).toBe(1);
    expect(figures.byRegionCategory.find((r) => r.region === 'north_america')?.positive.interfaith).toBe(1);
    expect(figures.byRegionCategory.find((r) => r.region === 'africa')?.positive.interfaith).toBe(1);
    expect(figures.byRegionCategory.map((r) => r.region)).toEqual(reference.regions.map((r) => r.code));
    // Each region's row sums to that region's totals.
    for (const r of figures.byRegionCategory) {
      const region = figures.byRegion.find((x) => x.region === r.region);
      expect(Object.values(r.negative).reduce((a, b) => a + b, 0)).toBe(region?.negative);
      expect(Object.values(r.positive).reduce((a, b) => a + b, 0)).toBe(region?.positive);
    }
  });

  it('counts by target type, empty cells as unspecified', () => {
    const byTarget = Object.fromEntries(figures.byTargetType.map((t) => [t.targetType, [t.negative, t.positive]]));
    expect(byTarget).toMatchObject({ mosque: [2, 0], individual: [1, 0], community: [0, 1], cemetery: [0, 0], unspecified: [2, 2] });
  });

  it('counts every country with an incident', () => {
    expect(figures.byCountry).toEqual([
      { country: 'CA', negative: 0, positive: 1 },
      { country: 'DE', negative: 1, positive: 0 },
      { country: 'FR', negative: 2, positive: 1 },
      { country: 'IN', negative: 1, positive: 0 },
      { country: 'US', negative: 1, positive: 0 },
      { country: 'ZA', negative: 0, positive: 1 },
    ]);
  });
});

describe('compareFigures', () => {
  const current = computeFigures(incidents, edition, reference);
  const previous = computeFigures(previousIncidents, previousEdition, reference);
  const comparison = compareFigures(current, previous);

  it('gives each total now, before, and the change in count and per cent', () => {
    expect(previous.totals).toEqual({ negative: 4, positive: 1, all: 5 });
    expect(comparison.totals.negative).toEqual({ current: 5, previous: 4, change: 1, percent: 0.25 });
    expect(comparison.totals.positive).toEqual({ current: 3, previous: 1, change: 2, percent: 2 });
    expect(comparison.totals.all).toEqual({ current: 8, previous: 5, change: 3, percent: 0.6 });
    expect(comparison.previousPeriod).toEqual(previousEdition.period);
  });

  it('lays the two periods month 1 on month 1, as long as the longer', () => {
    expect(comparison.monthly).toHaveLength(14);
    expect(comparison.monthly[0]).toEqual({
      index: 1,
      month: '2024-01',
      current: { negative: 2, positive: 1 },
      previousMonth: '2022-12',
      previous: { negative: 1, positive: 0 },
    });
    expect(comparison.monthly[1]).toMatchObject({ index: 2, month: '2024-02', previousMonth: '2023-01', previous: { negative: 2, positive: 0 } });
    expect(comparison.monthly[13]).toEqual({ index: 14, previousMonth: '2024-01', previous: { negative: 1, positive: 0 } });
  });

  it('gives each hotspot its previous count, with no percentage where there was none', () => {
    expect(comparison.topCountries).toEqual([
      { country: 'FR', current: 2, previous: 3, change: -1, percent: -1 / 3 },
      { country: 'DE', current: 1, previous: 0, change: 1, percent: null },
      { country: 'IN', current: 1, previous: 0, change: 1, percent: null },
      { country: 'US', current: 1, previous: 1, change: 0, percent: 0 },
    ]);
  });
});

describe('figure tables and figures.json', () => {
  const current = computeFigures(incidents, edition, reference);
  const previous = computeFigures(previousIncidents, previousEdition, reference);
  const tables = Object.fromEntries(figureTables(current, reference, previous).map((t) => [t.name, t]));

  it('writes each breakdown as its own table', () => {
    expect(Object.keys(tables).sort()).toEqual([
      'by-category.csv', 'by-region.csv', 'by-target-type.csv', 'countries.csv', 'monthly-comparison.csv',
      'monthly.csv', 'region-by-category.csv', 'top-countries.csv', 'totals.csv',
    ]);
    expect(tables['totals.csv']?.rows).toEqual([
      ['negative', 5, 4, 1, '0.25'],
      ['positive', 3, 1, 2, '2'],
      ['all', 8, 5, 3, '0.6'],
    ]);
    expect(tables['top-countries.csv']?.rows[0]).toEqual([1, 'FR', 'France', 'فرنسا', 'France', 2, 3, -1, '-0.3333']);
    expect(tables['top-countries.csv']?.rows[1]?.slice(-3)).toEqual([0, 1, '']);
    expect(tables['countries.csv']?.rows.find((r) => r[0] === 'FR')).toEqual(['FR', 'France', 'فرنسا', 'France', 2, 1, 3]);
    expect(tables['by-region.csv']?.rows.find((r) => r[0] === 'europe')?.slice(-2)).toEqual([3, 1]);
    expect(tables['region-by-category.csv']?.rows).toContainEqual(['europe', 'negative', 'mosque', 2]);
    expect(tables['monthly.csv']?.rows).toHaveLength(12);
  });

  it('writes CSV that spreadsheets open with Arabic intact', () => {
    const csv = tableCsv({ name: 'x.csv', head: ['a', 'b'], rows: [['Côte, "d"', 'أ'], [1, 2]] });
    expect(csv).toBe('\ufeffa,b\r\n"Côte, ""d""",أ\r\n1,2\r\n');
  });

  it('figures.json holds the figures, the previous edition and the comparison', () => {
    const json = JSON.parse(figuresJson(edition, current, previous));
    expect(json.figures).toEqual(current);
    expect(json.previous).toEqual(previous);
    expect(json.comparison).toEqual(JSON.parse(JSON.stringify(compareFigures(current, previous))));
    expect(JSON.parse(figuresJson(edition, current)).comparison).toBeNull();
  });
});
