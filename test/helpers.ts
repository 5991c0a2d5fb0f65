// Fixtures the tests write themselves: small edition folders with hand-checked rows.
import { mkdtempSync, mkdirSync, writeFileSync, cpSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { INCIDENT_COLUMNS } from '../src/core/incident.js';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));

export const EDITION_2024 = {
  year: 2024,
  number: 17,
  period: { start: '2024-01-01', end: '2024-12-31' },
  cfm: { session: 51, city: { ar: 'إسطنبول', en: 'Istanbul' }, start: '2025-06-21', end: '2025-06-22' },
  documentSymbol: 'OIC/TEST/2024',
  illustrative: true,
};

export type Row = Partial<Record<(typeof INCIDENT_COLUMNS)[number], string>>;

export function row(overrides: Row = {}): Row {
  return {
    id: 'T-1',
    polarity: 'negative',
    date: '2024-03-15',
    country: 'FR',
    category: 'mosque',
    source_name: 'Test source',
    title_en: 'Test incident',
    ...overrides,
  };
}

export function toCsv(rows: Row[], columns: readonly string[] = INCIDENT_COLUMNS, eol = '\n'): string {
  const quote = (v: string) => (/[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
  return [columns.join(','), ...rows.map((r) => columns.map((c) => quote((r as Record<string, string>)[c] ?? '')).join(','))]
    .join(eol)
    .concat(eol);
}

/** A data folder in a fresh temporary directory, holding one edition with the given CSV text. */
export function dataFolder(csv: string, edition: object = EDITION_2024, year = 2024): string {
  const dir = mkdtempSync(join(tmpdir(), 'oic-test-'));
  mkdirSync(join(dir, String(year)), { recursive: true });
  writeFileSync(join(dir, String(year), 'edition.json'), JSON.stringify(edition));
  writeFileSync(join(dir, String(year), 'incidents.csv'), csv);
  cpSync(join(ROOT, 'data', 'reference'), join(dir, 'reference'), { recursive: true });
  return dir;
}
