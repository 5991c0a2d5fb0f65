// Validated incidents → the figures the report prints. Pure and exact: every count here can be
// recomputed by hand from the CSV.
import type { Edition } from './edition.js';
import type { Incident, Polarity } from './incident.js';
import type { Reference } from './reference.js';

export interface Counts {
  negative: number;
  positive: number;
}

export interface Figures {
  totals: Counts & { all: number };
  /** One entry per calendar month of the edition's period, in order; `month` is YYYY-MM. */
  monthly: (Counts & { month: string })[];
  /** Every category of the reference table, in its order, with zero counts kept. */
  byCategory: Record<Polarity, { category: string; count: number }[]>;
  /** Every region of the reference table, in its order. */
  byRegion: (Counts & { region: string })[];
  /** Countries with the most manifestations, most first (ties by code). */
  topCountries: { country: string; count: number }[];
  /** Distinct countries with at least one incident of either polarity. */
  countries: number;
}

export function monthsOfPeriod(period: Edition['period']): string[] {
  const months: string[] = [];
  let [year, month] = period.start.slice(0, 7).split('-').map(Number) as [number, number];
  const last = period.end.slice(0, 7);
  for (;;) {
    const key = `${year}-${String(month).padStart(2, '0')}`;
    months.push(key);
    if (key >= last) return months;
    month++;
    if (month > 12) {
      month = 1;
      year++;
    }
  }
}

export function computeFigures(
  incidents: readonly Incident[],
  edition: Edition,
  reference: Reference,
  topCountryCount = 10,
): Figures {
  const monthly = new Map(monthsOfPeriod(edition.period).map((m) => [m, { month: m, negative: 0, positive: 0 }]));
  const byCategory = {
    negative: new Map(reference.categories.negative.map((c) => [c.code, 0])),
    positive: new Map(reference.categories.positive.map((c) => [c.code, 0])),
  };
  const byRegion = new Map(reference.regions.map((r) => [r.code, { region: r.code, negative: 0, positive: 0 }]));
  const byCountry = new Map<string, number>();
  const totals = { negative: 0, positive: 0, all: 0 };
  const countries = new Set<string>();

  for (const incident of incidents) {
    const p = incident.polarity;
    totals[p]++;
    totals.all++;
    countries.add(incident.country);
    const month = monthly.get(incident.date.slice(0, 7));
    if (month) month[p]++;
    const categories = byCategory[p];
    categories.set(incident.category, (categories.get(incident.category) ?? 0) + 1);
    const region = byRegion.get(incident.region);
    if (region) region[p]++;
    if (p === 'negative') byCountry.set(incident.country, (byCountry.get(incident.country) ?? 0) + 1);
  }

  const list = (m: Map<string, number>) => [...m].map(([category, count]) => ({ category, count }));
  return {
    totals,
    monthly: [...monthly.values()],
    byCategory: { negative: list(byCategory.negative), positive: list(byCategory.positive) },
    byRegion: [...byRegion.values()],
    topCountries: [...byCountry]
      .map(([country, count]) => ({ country, count }))
      .sort((a, b) => b.count - a.count || a.country.localeCompare(b.country))
      .slice(0, topCountryCount),
    countries: countries.size,
  };
}
