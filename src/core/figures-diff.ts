// What changed between two builds of an edition: incidents added, removed or changed (by id), and the totals by
// region, category and month. Pure: two incident indexes and two sets of figures in, the changes out. The index
// (incident-index.csv beside figures.json) holds, per incident, what the figures count it by.
import type { Figures } from './figures.js';
import type { Incident } from './incident.js';

/** What the figures count an incident by, and a hash of the whole record to see any other change. */
export interface IndexedIncident {
  id: string;
  polarity: string;
  date: string;
  country: string;
  region: string;
  category: string;
  /** SHA-256 of the incident's fields, to find a change in a field the figures do not count by. */
  digest: string;
}

export const INDEX_COLUMNS = ['id', 'polarity', 'date', 'country', 'region', 'category', 'digest'] as const;

export interface IncidentChange {
  id: string;
  /** The counted fields that changed, from → to; empty when only other fields (a title, a source) did. */
  fields: { field: keyof IndexedIncident; from: string; to: string }[];
}

export interface CountChange {
  key: string;
  before: number;
  after: number;
}

export interface FiguresDiff {
  added: IndexedIncident[];
  removed: IndexedIncident[];
  changed: IncidentChange[];
  totals: CountChange[];
  byRegion: CountChange[];
  byCategory: CountChange[];
  monthly: CountChange[];
}

/** The index of validated incidents, given their digests (the io edge hashes the records). */
export function indexIncidents(incidents: readonly Incident[], digest: (incident: Incident) => string): IndexedIncident[] {
  return incidents.map((i) => ({ id: i.id, polarity: i.polarity, date: i.date, country: i.country, region: i.region, category: i.category, digest: digest(i) }));
}

export function diffFigures(before: { figures: Figures; index?: readonly IndexedIncident[] }, after: { figures: Figures; index: readonly IndexedIncident[] }): FiguresDiff {
  const old = new Map((before.index ?? []).map((i) => [i.id, i]));
  const now = new Map(after.index.map((i) => [i.id, i]));
  const changed: IncidentChange[] = [];
  for (const [id, incident] of now) {
    const was = old.get(id);
    if (!was || was.digest === incident.digest) continue;
    const fields = (['polarity', 'date', 'country', 'region', 'category'] as const)
      .filter((f) => was[f] !== incident[f])
      .map((field) => ({ field, from: was[field], to: incident[field] }));
    changed.push({ id, fields });
  }
  const b = before.figures;
  const a = after.figures;
  return {
    // Without the base's index (a figures.json alone) incidents cannot be told apart: only counts are compared.
    added: before.index ? after.index.filter((i) => !old.has(i.id)) : [],
    removed: before.index ? before.index.filter((i) => !now.has(i.id)) : [],
    changed,
    totals: counts(
      [['negative', b.totals.negative], ['positive', b.totals.positive], ['all', b.totals.all]],
      [['negative', a.totals.negative], ['positive', a.totals.positive], ['all', a.totals.all]],
    ),
    byRegion: counts(b.byRegion.map((r) => [r.region, r.negative + r.positive]), a.byRegion.map((r) => [r.region, r.negative + r.positive])),
    byCategory: counts(
      (['negative', 'positive'] as const).flatMap((p) => b.byCategory[p].map((c) => [`${p}/${c.category}`, c.count] as [string, number])),
      (['negative', 'positive'] as const).flatMap((p) => a.byCategory[p].map((c) => [`${p}/${c.category}`, c.count] as [string, number])),
    ),
    monthly: counts(b.monthly.map((m) => [m.month, m.negative + m.positive]), a.monthly.map((m) => [m.month, m.negative + m.positive])),
  };
}

/** The keys whose count differs, in the order they are met (the after's, then the before's alone). */
function counts(before: readonly (readonly [string, number])[], after: readonly (readonly [string, number])[]): CountChange[] {
  const was = new Map(before);
  const keys = [...new Set([...after.map(([k]) => k), ...before.map(([k]) => k)])];
  const now = new Map(after);
  return keys.map((key) => ({ key, before: was.get(key) ?? 0, after: now.get(key) ?? 0 })).filter((c) => c.before !== c.after);
}

/** Whether anything changed at all. */
export function isUnchanged(diff: FiguresDiff): boolean {
  return diff.added.length + diff.removed.length + diff.changed.length + diff.totals.length + diff.byRegion.length + diff.byCategory.length + diff.monthly.length === 0;
}
