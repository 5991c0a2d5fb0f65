// The ILLUSTRATIVE sample data: deterministic, valid against the incident schema and reference tables, and the
// committed files are exactly what the generator writes (so nobody edits them by hand and forgets the generator).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import { INCIDENT_COLUMNS, incidentRowSchema, type IncidentColumn } from '../src/core/incident.js';
import { createReference } from '../src/core/reference.js';
import { SAMPLE_SOURCE_NAME } from '../src/core/sample.js';
import { SAMPLE_YEARS, generateIncidents, generateIncidentsCsv } from '../scripts/generate-sample-data.js';

const root = new URL('../', import.meta.url);
const readJson = (path: string): unknown => JSON.parse(readFileSync(new URL(path, root), 'utf8'));
const reference = createReference(
  readJson('data/reference/categories.json') as Parameters<typeof createReference>[0],
  readJson('data/reference/regions.json') as Parameters<typeof createReference>[1],
);

const asRecord = (row: string[]): Record<IncidentColumn, string> =>
  Object.fromEntries(INCIDENT_COLUMNS.map((column, i) => [column, row[i] ?? ''])) as Record<IncidentColumn, string>;

const generated = new Map(SAMPLE_YEARS.map((year) => [year, generateIncidents(year)]));
function rowsOf(year: number): string[][] {
  const rows = generated.get(year as (typeof SAMPLE_YEARS)[number]);
  if (!rows) throw new Error(`no rows for ${year}`);
  return rows;
}

describe('sample data generator', () => {
  it('gives identical output when the same year is generated twice', () => {
    for (const year of SAMPLE_YEARS) {
      expect(generateIncidentsCsv(year)).toBe(generateIncidentsCsv(year));
      expect(generateIncidents(year)).toEqual(rowsOf(year));
    }
  });

  it.each(SAMPLE_YEARS)('matches the committed data/%i/incidents.csv byte for byte', (year) => {
    const onDisk = readFileSync(new URL(`data/${year}/incidents.csv`, root), 'utf8');
    const fresh = generateIncidentsCsv(year);
    if (onDisk !== fresh) {
      const a = onDisk.split('\n');
      const b = fresh.split('\n');
      const line = a.findIndex((l, i) => l !== b[i]);
      expect.fail(
        `data/${year}/incidents.csv differs from the generator from line ${line + 1} ` +
          `(file: ${JSON.stringify(a[line])}, generator: ${JSON.stringify(b[line])}); ` +
          'change scripts/generate-sample-data.ts and run `npx tsx scripts/generate-sample-data.ts`',
      );
    }
  });

  it.each(SAMPLE_YEARS)('writes a CSV that reads back as the generated rows (%i)', (year) => {
    const csv = generateIncidentsCsv(year);
    expect(csv.charCodeAt(0)).not.toBe(0xfeff);
    expect(csv).not.toContain('\r');
    const records = parse(csv) as string[][];
    expect(records[0]).toEqual([...INCIDENT_COLUMNS]);
    expect(records.slice(1)).toEqual(rowsOf(year));
  });

  it.each(SAMPLE_YEARS)('produces rows that pass the schema and the reference tables (%i)', (year) => {
    const problems: string[] = [];
    for (const row of rowsOf(year)) {
      expect(row).toHaveLength(INCIDENT_COLUMNS.length);
      const record = asRecord(row);
      const parsed = incidentRowSchema.safeParse(record);
      if (!parsed.success) {
        problems.push(`${record.id}: ${parsed.error.issues.map((i) => `${i.path.join('.')} ${i.message}`).join('; ')}`);
        continue;
      }
      const { polarity, category, country } = parsed.data;
      if (!reference.categories[polarity].some((c) => c.code === category)) {
        problems.push(`${record.id}: category ${category} is not a ${polarity} category`);
      }
      const alpha2 = reference.countryCode(country);
      if (!alpha2 || !reference.regionOf(alpha2)) problems.push(`${record.id}: country ${country} has no region`);
    }
    expect(problems).toEqual([]);
  });

  it.each(SAMPLE_YEARS)('gives unique ids, in date order, and dates within the year (%i)', (year) => {
    const rows = rowsOf(year).map(asRecord);
    expect(new Set(rows.map((r) => r.id)).size).toBe(rows.length);
    rows.forEach((r, i) => {
      expect(r.id).toBe(`SAMPLE-${year}-${String(i + 1).padStart(6, '0')}`);
      expect(r.date >= `${year}-01-01` && r.date <= `${year}-12-31`, `${r.id} ${r.date}`).toBe(true);
      if (i > 0) expect(r.date >= (rows[i - 1]?.date ?? '')).toBe(true);
    });
  });

  it.each(SAMPLE_YEARS)('has the intended shape (%i)', (year) => {
    const rows = rowsOf(year).map(asRecord);
    const share = (pred: (r: Record<IncidentColumn, string>) => boolean) => rows.filter(pred).length / rows.length;

    expect(rows.length).toBeGreaterThan(2500);
    expect(share((r) => r.polarity === 'positive')).toBeGreaterThan(0.2);
    expect(share((r) => r.polarity === 'positive')).toBeLessThan(0.3);
    expect(rows.every((r) => r.source_name === SAMPLE_SOURCE_NAME)).toBe(true);
    for (const r of rows.filter((r) => r.source_url !== '')) {
      expect(r.source_url).toBe(`https://example.org/illustrative/${year}/${r.id}`);
    }
    expect(share((r) => r.source_url === '')).toBeGreaterThan(0.02);
    expect(share((r) => r.source_url === '')).toBeLessThan(0.08);
    expect(share((r) => r.latitude === '')).toBeGreaterThan(0.06);
    expect(share((r) => r.latitude === '')).toBeLessThan(0.14);
    expect(share((r) => r.date_precision === 'day')).toBeGreaterThan(0.85);
    expect(share((r) => r.country.length === 3)).toBeGreaterThan(0);
    expect(share((r) => r.country.length === 3)).toBeLessThan(0.06);

    // Every region of the reference table is present.
    const regions = new Set(rows.map((r) => reference.regionOf(reference.countryCode(r.country) ?? '')));
    for (const region of reference.regions) expect(regions, region.code).toContain(region.code);

    // Fields consistent with the category.
    for (const r of rows) {
      if (r.category === 'mosque') expect(r.target_type, r.id).toBe('mosque');
      if (r.category === 'online_hate') expect(r.target_type, r.id).toBe('online');
      if (r.polarity === 'positive') {
        expect(['', 'non_crime'], r.id).toContain(r.odihr_type);
        expect(r.perpetrator_type, r.id).toBe('');
      }
      if (r.killed !== '') expect(r.category, r.id).toBe('assault');
      if (r.title_fr === '') expect(r.summary_fr, r.id).toBe('');
      // Every place has its Arabic name (in Arabic script: the Arabic annex prints it) and its French one.
      expect(r.location_ar, r.id).toMatch(/^[\u0600-\u06ff ()]+$/);
      expect(r.location_fr, r.id).not.toBe('');
    }
  });
});
