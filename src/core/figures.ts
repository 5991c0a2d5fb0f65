// Validated incidents → the figures the report prints. Pure and exact: every count here can be
// recomputed by hand from the CSV.
import type { Edition } from './edition.js';
import { TARGET_TYPES, type Incident, type Polarity } from './incident.js';
import type { Reference } from './reference.js';

export interface Counts {
  negative: number;
  positive: number;
}

/** Target type of an incident whose row leaves target_type empty. */
export const UNSPECIFIED = 'unspecified';

export interface Figures {
  /** The period the figures cover (the edition's). */
  period: Edition['period'];
  totals: Counts & { all: number };
  /** One entry per calendar month of the edition's period, in order; `month` is YYYY-MM. */
  monthly: (Counts & { month: string })[];
  /** Every category of the reference table, in its order, with zero counts kept. */
  byCategory: Record<Polarity, { category: string; count: number }[]>;
  /** Every region of the reference table, in its order. */
  byRegion: (Counts & { region: string })[];
  /** Region × category: every region (reference order) × every category of each polarity (reference order). */
  byRegionCategory: { region: string; negative: Record<string, number>; positive: Record<string, number> }[];
  /** Every target type of the schema in its order, then `unspecified`; zeros kept. */
  byTargetType: (Counts & { targetType: string })[];
  /** Every country with at least one incident, by ISO alpha-2 code. */
  byCountry: (Counts & { country: string })[];
  /** Countries with the most manifestations, most first (ties by code). */
  topCountries: { country: string; count: number }[];
  /** Distinct countries with at least one incident of either polarity. */
  countries: number;
}

/** A count now against the previous edition's: `percent` is the change as a fraction, null when there was none before. */
export interface Change {
  current: number;
  previous: number;
  change: number;
  percent: number | null;
}

export interface Comparison {
  previousPeriod: Edition['period'];
  totals: { negative: Change; positive: Change; all: Change };
  /**
   * Month by month on one axis: index 1 is the first month of each period. As long as the longer period;
   * a month one period does not have is left out of that side (undefined).
   */
  monthly: {
    index: number;
    month?: string;
    previousMonth?: string;
    current?: Counts;
    previous?: Counts;
  }[];
  /** This edition's hotspot countries with their manifestations in the previous edition. */
  topCountries: (Change & { country: string })[];
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
  edition: Pick<Edition, 'period'>,
  reference: Reference,
  topCountryCount = 10,
): Figures {
  const zero = (): Counts => ({ negative: 0, positive: 0 });
  const monthly = new Map(monthsOfPeriod(edition.period).map((m) => [m, { month: m, ...zero() }]));
  const categoryCounts = (p: Polarity) => new Map(reference.categories[p].map((c) => [c.code, 0]));
  const byCategory = { negative: categoryCounts('negative'), positive: categoryCounts('positive') };
  const byRegion = new Map(reference.regions.map((r) => [r.code, { region: r.code, ...zero() }]));
  const byRegionCategory = new Map(
    reference.regions.map((r) => [r.code, { negative: categoryCounts('negative'), positive: categoryCounts('positive') }]),
  );
  const byTargetType = new Map([...TARGET_TYPES, UNSPECIFIED].map((t) => [t, { targetType: t, ...zero() }]));
  const byCountry = new Map<string, Counts & { country: string }>();
  const totals = { negative: 0, positive: 0, all: 0 };
  const bump = (m: Map<string, number>, key: string) => m.set(key, (m.get(key) ?? 0) + 1);

  for (const incident of incidents) {
    const p = incident.polarity;
    totals[p]++;
    totals.all++;
    const month = monthly.get(incident.date.slice(0, 7));
    if (month) month[p]++;
    bump(byCategory[p], incident.category);
    const region = byRegion.get(incident.region);
    if (region) region[p]++;
    const regionCategories = byRegionCategory.get(incident.region);
    if (regionCategories) bump(regionCategories[p], incident.category);
    const target = byTargetType.get(incident.target_type ?? UNSPECIFIED);
    if (target) target[p]++;
    let country = byCountry.get(incident.country);
    if (!country) byCountry.set(incident.country, (country = { country: incident.country, ...zero() }));
    country[p]++;
  }

  const list = (m: Map<string, number>) => [...m].map(([category, count]) => ({ category, count }));
  const countries = [...byCountry.values()].sort((a, b) => a.country.localeCompare(b.country));
  return {
    period: { ...edition.period },
    totals,
    monthly: [...monthly.values()],
    byCategory: { negative: list(byCategory.negative), positive: list(byCategory.positive) },
    byRegion: [...byRegion.values()],
    byRegionCategory: [...byRegionCategory].map(([region, c]) => ({
      region,
      negative: Object.fromEntries(c.negative),
      positive: Object.fromEntries(c.positive),
    })),
    byTargetType: [...byTargetType.values()],
    byCountry: countries,
    topCountries: countries
      .filter((c) => c.negative > 0)
      .map((c) => ({ country: c.country, count: c.negative }))
      .sort((a, b) => b.count - a.count || a.country.localeCompare(b.country))
      .slice(0, topCountryCount),
    countries: countries.length,
  };
}

export function change(current: number, previous: number): Change {
  return { current, previous, change: current - previous, percent: previous === 0 ? null : (current - previous) / previous };
}

/** This edition's figures against the previous edition's. */
export function compareFigures(current: Figures, previous: Figures): Comparison {
  const previousNegative = new Map(previous.byCountry.map((c) => [c.country, c.negative]));
  const length = Math.max(current.monthly.length, previous.monthly.length);
  const counts = (m: Counts | undefined) => (m ? { negative: m.negative, positive: m.positive } : undefined);
  return {
    previousPeriod: { ...previous.period },
    totals: {
      negative: change(current.totals.negative, previous.totals.negative),
      positive: change(current.totals.positive, previous.totals.positive),
      all: change(current.totals.all, previous.totals.all),
    },
    monthly: Array.from({ length }, (_, i) => {
      const now = current.monthly[i];
      const before = previous.monthly[i];
      return {
        index: i + 1,
        ...(now ? { month: now.month, current: counts(now) } : {}),
        ...(before ? { previousMonth: before.month, previous: counts(before) } : {}),
      };
    }),
    topCountries: current.topCountries.map((c) => ({
      country: c.country,
      ...change(c.count, previousNegative.get(c.country) ?? 0),
    })),
  };
}
