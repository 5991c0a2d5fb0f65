// `oic-report import` on the real public data sets beside the project (../shared/realdata), checked against
// the figures in their README by reading back the incidents.csv the import wrote.
import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { dataFolder, EDITION_2024, ROOT } from './helpers.js';

const BIN = join(ROOT, 'bin', 'oic-report.js');
const REAL = join(ROOT, '..', 'shared', 'realdata');
const FBI = join(REAL, 'fbi-2020', 'hate_crime_2020.csv');
const FBI_WIDE = join(REAL, 'fbi-2020', 'hate_crime_2020_wide_bom.csv');
const NYPD = join(REAL, 'nypd', 'NYPD_Hate_Crimes_20241206.csv');
const absent = !existsSync(REAL);

const run = (args: string[]): Promise<{ code: number; stdout: string; stderr: string }> =>
  new Promise((resolve) => {
    execFile('node', [BIN, ...args], { cwd: ROOT }, (error, stdout, stderr) =>
      resolve({ code: error ? ((error as { code?: number }).code ?? 1) : 0, stdout, stderr }),
    );
  });

/** An empty data folder with one edition covering `period`. */
function edition(year: number, period: { start: string; end: string }): string {
  return dataFolder('', { ...EDITION_2024, year, period }, year);
}
type Incident = Record<string, string>;
const incidentsOf = (data: string, year: number): Incident[] =>
  parse(readFileSync(join(data, String(year), 'incidents.csv')), { columns: true }) as Incident[];
const count = (rows: Incident[], key: (r: Incident) => string) => {
  const m: Record<string, number> = {};
  for (const r of rows) m[key(r)] = (m[key(r)] ?? 0) + 1;
  return m;
};
/** The offence as the source wrote it, kept in the English summary ("Offence: …"). */
const offence = (r: Incident) => /\| Offence: ([^|]*?) \|/.exec(r.summary_en ?? '')?.[1] ?? '';

describe.skipIf(absent)(`import of real sources${absent ? ' (skipped: ../shared/realdata is absent)' : ''}`, () => {
  it.each([
    ['the 25-column file', FBI],
    ['the 77-column BOM file', FBI_WIDE],
  ])('FBI 2020, %s: 159 anti-Islamic incidents, by offence, state, target and month', async (_, source) => {
    const data = edition(2020, { start: '2020-01-01', end: '2020-12-31' });
    const r = await run(['import', '--profile', 'fbi-hate-crime', source, '--edition', '2020', '--data', data]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const rows = incidentsOf(data, 2020);
    expect(rows).toHaveLength(159);
    const offences = count(rows, offence);
    expect(offences).toMatchObject({
      Intimidation: 68,
      'Simple Assault': 31,
      'Destruction/Damage/Vandalism of Property': 29,
      'Aggravated Assault': 11,
      Arson: 4,
      'Burglary/Breaking & Entering': 3,
    });
    const states = count(rows, (x) => /\| State: (\w+)/.exec(x.summary_en ?? '')?.[1] ?? '');
    expect(states).toMatchObject({ NJ: 46, CA: 15, MI: 9, NY: 8 });
    expect(count(rows, (x) => x.date!.slice(0, 7))).toSatisfy((m: Record<string, number>) => Object.keys(m).length === 12);
    expect(new Set(rows.map((x) => x.country))).toEqual(new Set(['US']));
    // Mosques as targets: the 18 incidents whose location is a place of worship.
    expect(rows.filter((x) => x.target_type === 'mosque')).toHaveLength(18);
    // The file validates: the import wrote only rows the report accepts.
    const v = await run(['validate', '2020', '--data', data, '--format', 'json']);
    expect(v.code).toBe(0);
    expect(JSON.parse(v.stdout).files[0]).toMatchObject({ rowsRead: 159, rowsAccepted: 159, rowsRejected: 0 });
  });

  it('FBI 2020: importing twice, or the same incidents from the other file, adds nothing', async () => {
    const data = edition(2020, { start: '2020-01-01', end: '2020-12-31' });
    await run(['import', '--profile', 'fbi-hate-crime', FBI, '--edition', '2020', '--data', data]);
    const before = readFileSync(join(data, '2020', 'incidents.csv'), 'utf8');
    for (const source of [FBI, FBI_WIDE]) {
      const r = await run(['import', '--profile', 'fbi-hate-crime', source, '--edition', '2020', '--data', data]);
      expect(r.code).toBe(0);
      expect(r.stdout).toContain('159 already in');
      expect(r.stdout).toContain('0 added');
    }
    expect(readFileSync(join(data, '2020', 'incidents.csv'), 'utf8')).toBe(before);
  });

  it('NYPD: 121 ANTI-MUSLIM rows, which are 108 complaints (a complaint has one row per arrest); ids kept whole', async () => {
    // Recomputed here from the source, with csv-parse only: rows per year, and distinct complaints per year.
    const source = (parse(readFileSync(NYPD), { columns: true }) as Incident[]).filter(
      (x) => x['Bias Motive Description'] === 'ANTI-MUSLIM',
    );
    expect(source).toHaveLength(121);
    expect(count(source, (x) => x['Complaint Year Number']!)).toEqual({ '2019': 15, '2020': 5, '2021': 13, '2022': 19, '2023': 35, '2024': 34 });
    const complaints = new Map(source.map((x) => [x['Full Complaint ID']!, x]));

    const data = edition(2024, { start: '2019-01-01', end: '2024-12-31' });
    const r = await run(['import', '--profile', 'nypd-hate-crimes', NYPD, '--edition', '2024', '--data', data]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('3134 left out by the profile\'s filter'); // 3255 - 121
    expect(r.stdout).toContain(`${121 - complaints.size} repeating the id of an earlier row`);
    const rows = incidentsOf(data, 2024);
    expect(rows).toHaveLength(complaints.size);
    expect(count(rows, (x) => x.date!.slice(0, 4))).toEqual(
      count([...complaints.values()], (x) => x['Record Create Date']!.slice(6)),
    );
    expect(rows.every((x) => /^NYPD-\d{15}$/.test(x.id!))).toBe(true);
    expect(new Set(rows.map((x) => x.id))).toEqual(new Set([...complaints.keys()].map((id) => `NYPD-${id}`)));
  });

  it("NYPD into an edition of 2023 only: the other years are reported as outside the period, not dropped silently", async () => {
    const data = edition(2023, { start: '2023-01-01', end: '2023-12-31' });
    const r = await run(['import', '--profile', 'nypd-hate-crimes', NYPD, '--edition', '2023', '--data', data]);
    expect(r.code).toBe(0);
    // 35 rows of 2023 are 26 complaints; the 86 rows of other years are reported, not dropped silently.
    expect(incidentsOf(data, 2023)).toHaveLength(26);
    expect(r.stdout).toContain('3255 rows read');
    expect(r.stdout).toContain('3134 left out by the profile\'s filter');
    expect(r.stdout).toContain('86 outside the edition\'s period (dated 2019-');
    expect(r.stdout).toContain('9 repeating the id');
    expect(r.stdout).toContain('26 added');
  });

  it('exit 2 when the file is not the profile\'s source', async () => {
    const data = edition(2020, { start: '2020-01-01', end: '2020-12-31' });
    const r = await run(['import', '--profile', 'nypd-hate-crimes', FBI, '--edition', '2020', '--data', data]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('lacks the columns "Bias Motive Description"');
  });
});
