import { describe, expect, it } from 'vitest';
import { computeFigures, monthsOfPeriod } from '../../src/core/figures.js';
import { validateIncidents } from '../../src/core/validate.js';
import { row } from '../helpers.js';
import { edition, reference } from './fixtures.js';

// Eight hand-checked incidents: 5 negative (FR 2, DE 1, US 1, IN 1), 3 positive (FR 1, CA 1, ZA 1).
const incidents = validateIncidents(
  'hand.csv',
  [
    row({ id: '1', date: '2024-01-05', country: 'FR', category: 'mosque' }),
    row({ id: '2', date: '2024-01-20', country: 'FRA', category: 'hijab' }),
    row({ id: '3', date: '2024-03-01', country: 'DE', category: 'mosque' }),
    row({ id: '4', date: '2024-03-31', country: 'US', category: 'online_hate' }),
    row({ id: '5', date: '2024-12-31', country: 'IN', category: 'assault' }),
    row({ id: '6', date: '2024-01-10', country: 'FR', polarity: 'positive', category: 'court_decision' }),
    row({ id: '7', date: '2024-06-15', country: 'CA', polarity: 'positive', category: 'interfaith' }),
    row({ id: '8', date: '2024-06-16', country: 'ZA', polarity: 'positive', category: 'interfaith' }),
  ].map((cells, i) => ({ line: i + 2, cells: cells as Record<string, string> })),
  edition,
  reference,
).incidents;

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
