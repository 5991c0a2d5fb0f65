// Fixtures the tests write themselves: small edition folders with hand-checked rows.
import { execFile } from 'node:child_process';
import { appendFileSync, mkdtempSync, mkdirSync, readdirSync, readFileSync, writeFileSync, cpSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { TextDecoder } from 'node:util';
import { generateIncidentsCsv } from '../scripts/generate-sample-data.js';
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

/** Rows added at the end of an incident file that has its header already. */
export function appendRows(file: string, rows: Row[]): void {
  appendFileSync(file, toCsv(rows).split('\n').slice(1).join('\n'));
}

/** A data folder in a fresh temporary directory, holding copies of the shipped editions named and the reference tables. */
export function shippedDataFolder(...years: number[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'oic-shipped-'));
  for (const name of [...years.map(String), 'reference']) cpSync(join(ROOT, 'data', name), join(dir, name), { recursive: true });
  return dir;
}

/** Every file below a folder with its bytes: what "the command changed nothing" is checked against. */
export function folderSnapshot(dir: string): Record<string, string> {
  const files = readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile());
  return Object.fromEntries(files.map((e) => [join(e.parentPath, e.name), readFileSync(join(e.parentPath, e.name), 'latin1')]));
}

/** A new empty folder under the system's temporary folder. */
export const temp = (prefix: string): string => mkdtempSync(join(tmpdir(), prefix));

export const BIN = join(ROOT, 'bin', 'oic-report.js');

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** The real command, run as a child process the way editors and CI run it. */
export function runCli(args: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv } = {}): Promise<CliRun> {
  return new Promise((resolve) => {
    execFile('node', [BIN, ...args], { cwd: options.cwd ?? ROOT, env: { ...process.env, ...options.env }, maxBuffer: 64 << 20 }, (error, stdout, stderr) =>
      resolve({ code: error ? ((error as { code?: number }).code ?? 1) : 0, stdout, stderr }),
    );
  });
}

/** A data folder with a small generated 2024 edition (the shipped edition.json and narrative), quick to print. */
export function generatedEdition(count = 300): string {
  const data = mkdtempSync(join(tmpdir(), 'oic-generated-'));
  mkdirSync(join(data, '2024'));
  cpSync(join(ROOT, 'data', '2024', 'edition.json'), join(data, '2024', 'edition.json'));
  cpSync(join(ROOT, 'data', '2024', 'narrative'), join(data, '2024', 'narrative'), { recursive: true });
  writeFileSync(join(data, '2024', 'incidents.csv'), generateIncidentsCsv(2024, { count }));
  return data;
}

/** Windows-1256 bytes of a text, from the decoder's own table. */
export function windows1256(text: string): Buffer {
  const table = new Map<string, number>();
  const decoder = new TextDecoder('windows-1256');
  for (let b = 0; b < 256; b++) table.set(decoder.decode(Uint8Array.of(b)), b);
  return Buffer.from([...text].map((ch) => table.get(ch) ?? 0x3f));
}
