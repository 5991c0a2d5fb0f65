// `oic-report import` on the real public data sets beside the project (../shared/realdata), checked against
// the figures in their README by reading back the incidents.csv the import wrote; and profiles written in YAML,
// on small files the tests write.
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
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

describe('import profiles in YAML', () => {
  const NYPD_PROFILE = JSON.parse(readFileSync(join(ROOT, 'profiles', 'nypd-hate-crimes.json'), 'utf8')) as object;
  /** A few rows in the NYPD file's shape: two to import, one left out by the filter, one outside 2024. */
  const NYPD_CSV = [
    'Full Complaint ID,Complaint Year Number,Record Create Date,County,Law Code Category Description,Offense Description,PD Code Description,Bias Motive Description,Arrest Date',
    '202400000000001,2024,03/15/2024,KINGS,FELONY,FELONY ASSAULT,ASSAULT 2,ANTI-MUSLIM,03/20/2024',
    '202400000000002,2024,07/02/2024,QUEENS,VIOLATION,HARRASSMENT 2,HARASSMENT,ANTI-MUSLIM,',
    '202400000000003,2024,08/01/2024,BRONX,FELONY,FELONY ASSAULT,ASSAULT 2,ANTI-JEWISH,',
    '202300000000004,2023,11/30/2023,NEW YORK,FELONY,ROBBERY,ROBBERY,ANTI-MUSLIM,',
  ].join('\n');
  /** Writes files into a fresh temporary folder; returns the path of each. */
  const write = (files: Record<string, string>): Record<string, string> => {
    const dir = mkdtempSync(join(tmpdir(), 'oic-profile-'));
    return Object.fromEntries(Object.entries(files).map(([name, text]) => (writeFileSync(join(dir, name), text), [name, join(dir, name)])));
  };
  const importWith = (profile: string, source: string, data = edition(2024, { start: '2024-01-01', end: '2024-12-31' })) =>
    run(['import', '--profile', profile, source, '--edition', '2024', '--data', data]).then((r) => ({ ...r, data }));

  it('a YAML profile imports the same rows as the shipped JSON one, by path (.yaml, .yml) and by name', async () => {
    const f = write({ 'nypd.yaml': stringify(NYPD_PROFILE), 'nypd.yml': stringify(NYPD_PROFILE), 'nypd.csv': NYPD_CSV });
    const json = await importWith('nypd-hate-crimes', f['nypd.csv']!);
    expect(json.stderr).toBe('');
    expect(json.code).toBe(0);
    expect(json.stdout).toContain('1 left out by the profile\'s filter');
    expect(json.stdout).toContain('1 outside the edition\'s period');
    expect(json.stdout).toContain('2 added');
    // The next step acts on the same edition: it repeats --data.
    expect(json.stdout).toContain(`Check the result with: oic-report validate 2024 --data ${json.data}`);
    const rows = incidentsOf(json.data, 2024);
    expect(rows.map((x) => [x.id, x.location, x.category])).toEqual([
      ['NYPD-202400000000001', 'Brooklyn, New York City', 'assault'],
      ['NYPD-202400000000002', 'Queens, New York City', 'hate_speech'],
    ]);
    const expected = readFileSync(join(json.data, '2024', 'incidents.csv'), 'utf8');

    // A profile name finds profiles/NAME.yaml when there is no NAME.json: one written for this test only.
    const shipped = join(ROOT, 'profiles', `test-yaml-${process.pid}.yaml`);
    writeFileSync(shipped, stringify({ ...NYPD_PROFILE, name: 'nypd-hate-crimes' }));
    try {
      for (const profile of [f['nypd.yaml']!, f['nypd.yml']!, `test-yaml-${process.pid}`]) {
        const yaml = await importWith(profile, f['nypd.csv']!);
        expect(yaml.stderr).toBe('');
        expect(yaml.code).toBe(0);
        expect(yaml.stdout).toBe(json.stdout.replaceAll(json.data, yaml.data));
        expect(readFileSync(join(yaml.data, '2024', 'incidents.csv'), 'utf8')).toBe(expected);
      }
    } finally {
      rmSync(shipped, { force: true });
    }
  });

  it('a YAML syntax error names the file, line and column; exit 2', async () => {
    // A template that starts with "{" must be quoted in YAML: unquoted, it reads as the start of an object.
    const f = write({
      'broken.yaml': ['name: broken', 'fields:', '  id: "NYPD-{Full Complaint ID}"', '  date: "2024-01-01"', '  title_en: {label:category} reported', ''].join('\n'),
      'nypd.csv': NYPD_CSV,
    });
    const r = await importWith(f['broken.yaml']!, f['nypd.csv']!);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`${f['broken.yaml']} is not valid YAML`);
    expect(r.stderr).toMatch(new RegExp(`${f['broken.yaml']}:5:\\d+: `));
    expect(existsSync(join(r.data, '2024', 'incidents.csv')) && readFileSync(join(r.data, '2024', 'incidents.csv'), 'utf8')).toBe('');
  });

  it('a key given twice is an error, not the last one silently winning', async () => {
    const f = write({
      'twice.yml': ['name: twice', 'fields:', '  id: "X-{Full Complaint ID}"', '  date: "2024-01-01"', '  country: US', '  country: FR', ''].join('\n'),
      'nypd.csv': NYPD_CSV,
    });
    const r = await importWith(f['twice.yml']!, f['nypd.csv']!);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`${f['twice.yml']}:6:3: this key is given twice in the same object`);
  });

  it('a schema error names the field and, in YAML, its line', async () => {
    const f = write({
      'bad.yaml': ['name: bad', 'filters: []', 'fields:', '  id: "X-{Full Complaint ID}"', '  date: "2024-01-01"', '  victims: 1', ''].join('\n'),
      'nypd.csv': NYPD_CSV,
    });
    const r = await importWith(f['bad.yaml']!, f['nypd.csv']!);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`${f['bad.yaml']} is not a valid import profile`);
    expect(r.stderr).toContain('(profile) (line 2): Unrecognized key: "filters"');
    expect(r.stderr).toContain('fields.victims (line 6): ');
  });

  it('a profile file that is neither .json, .yaml nor .yml is refused, saying which are', async () => {
    const f = write({ 'profile.txt': stringify(NYPD_PROFILE), 'nypd.csv': NYPD_CSV });
    const r = await importWith(f['profile.txt']!, f['nypd.csv']!);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`${f['profile.txt']} is not a profile file: a profile is .json, .yaml or .yml`);
  });
});
