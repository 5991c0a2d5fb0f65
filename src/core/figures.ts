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
  incidents: Iterable<Incident>,
  edition: Pick<Edition, 'period'>,
  reference: Reference,
  topCountryCount = 10,
): Figures {
  const counter = new FigureCounter();
  for (const incident of incidents) counter.add(incident);
  return counter.figures(edition, reference, topCountryCount);
}

/** What an incident is counted by. */
export type CountedIncident = Pick<Incident, 'polarity' | 'date' | 'category' | 'region' | 'target_type' | 'country'>;

/**
 * The counts the figures are made of, as plain data (Maps of numbers), so that the parts of a file counted
 * in separate threads can be sent back and added up.
 */
export interface Tally {
  months: Map<string, Counts>;
  categories: Map<string, Counts>;
  regions: Map<string, Counts>;
  regionCategories: Map<string, Map<string, Counts>>;
  targetTypes: Map<string, Counts>;
  countries: Map<string, Counts>;
}

/** Counts incidents one at a time, keeping no incident: the figures of a million rows in a few kilobytes. */
export class FigureCounter {
  readonly tally: Tally = {
    months: new Map(),
    categories: new Map(),
    regions: new Map(),
    regionCategories: new Map(),
    targetTypes: new Map(),
    countries: new Map(),
  };

  add(incident: CountedIncident): void {
    const p = incident.polarity;
    const t = this.tally;
    counts(t.months, incident.date.slice(0, 7))[p]++;
    counts(t.categories, incident.category)[p]++;
    counts(t.regions, incident.region)[p]++;
    let regionCategories = t.regionCategories.get(incident.region);
    if (!regionCategories) t.regionCategories.set(incident.region, (regionCategories = new Map()));
    counts(regionCategories, incident.category)[p]++;
    counts(t.targetTypes, incident.target_type ?? UNSPECIFIED)[p]++;
    counts(t.countries, incident.country)[p]++;
  }

  /** Adds what another counter counted (another part of the same data). */
  merge(other: Tally): void {
    const t = this.tally;
    const addAll = (into: Map<string, Counts>, from: Map<string, Counts>) => {
      for (const [key, c] of from) {
        const sum = counts(into, key);
        sum.negative += c.negative;
        sum.positive += c.positive;
      }
    };
    addAll(t.months, other.months);
    addAll(t.categories, other.categories);
    addAll(t.regions, other.regions);
    addAll(t.targetTypes, other.targetTypes);
    addAll(t.countries, other.countries);
    for (const [region, from] of other.regionCategories) {
      let into = t.regionCategories.get(region);
      if (!into) t.regionCategories.set(region, (into = new Map()));
      addAll(into, from);
    }
  }

  /** The figures, every reference category, region, target type and month of the period listed, zeros kept. */
  figures(edition: Pick<Edition, 'period'>, reference: Reference, topCountryCount = 10): Figures {
    const t = this.tally;
    const of = (m: Map<string, Counts> | undefined, key: string): Counts => {
      const c = m?.get(key);
      return { negative: c?.negative ?? 0, positive: c?.positive ?? 0 };
    };
    const byPolarity = (m: Map<string, Counts> | undefined, p: Polarity): Record<string, number> => {
      const out: Record<string, number> = {};
      for (const c of reference.categories[p]) out[c.code] = m?.get(c.code)?.[p] ?? 0;
      // A category outside the reference table (never from validated data) is still counted, after the others.
      for (const [code, c] of m ?? []) if (c[p] > 0 && !(code in out)) out[code] = c[p];
      return out;
    };
    const list = (p: Polarity) => Object.entries(byPolarity(t.categories, p)).map(([category, count]) => ({ category, count }));
    const countries = [...t.countries]
      .map(([country, c]) => ({ country, negative: c.negative, positive: c.positive }))
      .sort((a, b) => a.country.localeCompare(b.country));
    const totals = { negative: 0, positive: 0, all: 0 };
    for (const c of t.countries.values()) {
      totals.negative += c.negative;
      totals.positive += c.positive;
    }
    totals.all = totals.negative + totals.positive;
    return {
      period: { ...edition.period },
      totals,
      monthly: monthsOfPeriod(edition.period).map((month) => ({ month, ...of(t.months, month) })),
      byCategory: { negative: list('negative'), positive: list('positive') },
      byRegion: reference.regions.map((r) => ({ region: r.code, ...of(t.regions, r.code) })),
      byRegionCategory: reference.regions.map((r) => ({
        region: r.code,
        negative: byPolarity(t.regionCategories.get(r.code), 'negative'),
        positive: byPolarity(t.regionCategories.get(r.code), 'positive'),
      })),
      byTargetType: [...TARGET_TYPES, UNSPECIFIED].map((targetType) => ({ targetType, ...of(t.targetTypes, targetType) })),
      byCountry: countries,
      topCountries: countries
        .filter((c) => c.negative > 0)
        .map((c) => ({ country: c.country, count: c.negative }))
        .sort((a, b) => b.count - a.count || a.country.localeCompare(b.country))
        .slice(0, topCountryCount),
      countries: countries.length,
    };
  }
}

function counts(m: Map<string, Counts>, key: string): Counts {
  let c = m.get(key);
  if (!c) m.set(key, (c = { negative: 0, positive: 0 }));
  return c;
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

/** What a list of the first countries covers: the one country recorded, every one of them, or a selection. */
export function countryScope(listed: number, recorded: number): 'only' | 'all' | 'other' {
  if (recorded === 1) return 'only';
  return listed === recorded ? 'all' : 'other';
}
