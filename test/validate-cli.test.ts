// `oic-report validate` and `build --allow-invalid` on files the tests write: every problem class of the
// issue, read through the real command.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { INCIDENT_COLUMNS } from '../src/core/incident.js';
import { dataFolder, row, runCli, toCsv, windows1256, type Row } from './helpers.js';

const run = (args: string[]) => runCli(args);

const good = (id: string, extra = {}) =>
  row({ id, source_url: 'https://example.org/x', summary_ar: 'ملخص', summary_en: 'Summary', summary_fr: 'Résumé', title_en: `Title ${id}`, title_ar: 'عنوان المسجد', ...extra });

/** Writes `bytes` as the 2024 incident file of a fresh data folder. */
function folderWith(bytes: string | Buffer): string {
  const dir = dataFolder('');
  writeFileSync(join(dir, '2024', 'incidents.csv'), bytes);
  return dir;
}

describe('oic-report validate', () => {
  it('exits 0 on clean data, with the accounting; progress goes to stderr only when asked', async () => {
    const data = folderWith(toCsv([good('A'), good('B')]));
    const r = await run(['validate', '2024', '--data', data]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(': 2 rows read = 2 accepted + 0 rejected; 0 errors, 0 warnings');
    // The next step builds the same edition: it repeats --data.
    expect(r.stdout).toContain(`No errors: the data can be built: oic-report build 2024 --data ${data}`);
    expect(r.stderr).toBe('');
    const shown = await run(['validate', '2024', '--data', data, '--progress']);
    expect(shown.stderr).toMatch(/^ {2}\d+\.\d s {2}Validating .*incidents\.csv…$/m);
    expect(shown.stdout).toBe(r.stdout);
  });

  it('exits 1 and lists errors with line, column, value and suggestion; warnings do not reject', async () => {
    const data = folderWith(
      toCsv([good('A'), good('B', { country: 'Frnace' }), good('A'), good('D', { date: '2023-12-31' }), good('E', { source_url: '' })]),
    );
    const r = await run(['validate', '2024', '--data', data]);
    expect(r.code).toBe(1);
    const file = join(data, '2024', 'incidents.csv');
    expect(r.stdout).toContain(`error: ${file}:3: country "Frnace" is not an ISO 3166-1 alpha-2 or alpha-3 country code; did you mean "FR" (France)?`);
    expect(r.stdout).toContain(`error: ${file}:4: id "A" is used already by the row on line 2; ids must be unique`);
    expect(r.stdout).toContain(`error: ${file}:5: date "2023-12-31" is outside the edition's period, 2024-01-01 to 2024-12-31`);
    expect(r.stdout).toContain(`warning: ${file}:6: source_url "" is empty`);
    expect(r.stdout).toContain(': 5 rows read = 2 accepted + 3 rejected; 3 errors, 1 warning');
  });

  it('gives the same findings as JSON for CI', async () => {
    const data = folderWith(toCsv([good('A'), good('B', { polarity: 'negativ' })]));
    const r = await run(['validate', '2024', '--data', data, '--format', 'json']);
    expect(r.code).toBe(1);
    const json = JSON.parse(r.stdout);
    expect(json).toMatchObject({ edition: 2024, ok: false, files: [{ rowsRead: 2, rowsAccepted: 1, rowsRejected: 1, errors: 1 }] });
    expect(json.files[0].problems[0]).toMatchObject({ line: 3, field: 'polarity', value: 'negativ', suggestion: 'negative' });
  });

  it('lists 100 errors and 10 warnings of a kind, counts the rest, and --all lists every one', async () => {
    const rows = Array.from({ length: 150 }, (_, i) => good(`E-${i}`, { country: 'Frnace', title_en: `Title ${i}` }));
    rows.push(...Array.from({ length: 15 }, (_, i) => good(`W-${i}`, { source_url: '', title_en: `Other ${i}` })));
    const data = folderWith(toCsv(rows));
    const r = await run(['validate', '2024', '--data', data]);
    expect(r.code).toBe(1);
    const lines = r.stdout.split('\n');
    expect(lines.filter((l) => l.startsWith('error: ') && l.includes('"Frnace"'))).toHaveLength(100);
    expect(lines).toContain('error: … and 50 more country errors (--all lists them)');
    expect(lines.filter((l) => l.startsWith('warning: ') && l.includes('source_url ""'))).toHaveLength(10);
    expect(lines).toContain('warning: … and 5 more missing source url warnings (--all lists them)');
    expect(r.stdout).toContain(': 165 rows read = 15 accepted + 150 rejected; 150 errors, 15 warnings');
    expect(r.stdout).toContain('Accepted: 15 negative manifestations and 0 positive developments in 1 country.');
    const all = await run(['validate', '2024', '--data', data, '--all']);
    // The data file's problems, every one; the folder's unwritten narrative chapters are warnings of their own.
    const listed = all.stdout.split('\n').filter((l) => (l.startsWith('error: ') || l.startsWith('warning: ')) && l.includes('incidents.csv'));
    expect(listed).toHaveLength(165);
    const json = JSON.parse((await run(['validate', '2024', '--data', data, '--format', 'json'])).stdout);
    expect(json.files[0]).toMatchObject({
      errors: 150,
      problemsOmitted: 50,
      problemCounts: { country: { severity: 'error', count: 150 }, missing_source_url: { severity: 'warning', count: 15 } },
      totals: { negative: 15, positive: 0, all: 15, countries: 1 },
    });
    expect(json.files[0].problems).toHaveLength(115);
  });

  it('reads UTF-8 with a BOM and CRLF, quoted commas and line breaks, and UTF-16 with its BOM, alike', async () => {
    const rows = [good('A', { title_en: 'Mosque, "the big one"', summary_en: 'Two\r\nlines' }), good('B')];
    const csv = toCsv(rows, undefined, '\r\n');
    for (const bytes of [Buffer.from(`\ufeff${csv}`, 'utf8'), Buffer.from(`\ufeff${csv}`, 'utf16le')]) {
      const r = await run(['validate', '2024', '--data', folderWith(bytes), '--format', 'json']);
      expect(r.code).toBe(0);
      const json = JSON.parse(r.stdout);
      expect(json.files[0]).toMatchObject({ rowsRead: 2, rowsAccepted: 2, errors: 0 });
    }
  });

  it('detects Arabic saved as Windows-1256: exit 2 with the conversion command, and reads it with --encoding', async () => {
    const data = folderWith(windows1256(toCsv([good('A', { title_ar: 'هجوم على مسجد' }), good('B')])));
    const r = await run(['validate', '2024', '--data', data]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('it looks like Arabic text saved as Windows-1256');
    expect(r.stderr).toContain('iconv -f WINDOWS-1256 -t UTF-8');
    expect(r.stderr).toContain('--encoding windows-1256');
    expect(r.stderr).not.toMatch(/[\u00c0-\u00ff]{2}/); // no mojibake of the Arabic
    const ok = await run(['validate', '2024', '--data', data, '--encoding', 'windows-1256', '--format', 'json']);
    expect(ok.code).toBe(0);
    expect(JSON.parse(ok.stdout).files[0]).toMatchObject({ encoding: 'windows-1256', rowsAccepted: 2 });
  });

  it('exit 2 for an empty file and a missing one; exit 1 for a header only, a missing column, a ragged row', async () => {
    const empty = await run(['validate', '2024', '--data', folderWith('')]);
    expect(empty.code).toBe(2);
    expect(empty.stderr).toContain('is empty: it has not even a header line');

    const missingFile = dataFolder('');
    const { rmSync } = await import('node:fs');
    rmSync(join(missingFile, '2024', 'incidents.csv'));
    for (const threads of ['1', '2']) {
      const missing = await run(['validate', '2024', '--data', missingFile, '--threads', threads]);
      expect(missing.code).toBe(2);
      expect(missing.stderr).toContain('incidents.csv does not exist');
    }
    expect((await run(['validate', '2024', '--data', folderWith(''), '--threads', '2'])).stderr).toContain('is empty');

    const headerOnly = await run(['validate', '2024', '--data', folderWith(toCsv([]))]);
    expect(headerOnly.code).toBe(1);
    expect(headerOnly.stdout).toContain('has a header but no incident rows');

    const noSource = await run(['validate', '2024', '--data', folderWith(toCsv([good('A')], ['id', 'polarity', 'date', 'country', 'category', 'title_en', 'colour']))]);
    expect(noSource.code).toBe(1);
    expect(noSource.stdout).toContain('source_name column is missing from the header');
    expect(noSource.stdout).toContain('colour is not an incident column and is ignored');
    expect(noSource.stdout).toContain('1 rows read = 0 accepted + 1 rejected');

    const ragged = await run(['validate', '2024', '--data', folderWith(`${toCsv([good('A')])}B,negative,2024-01-02\n`)]);
    expect(ragged.code).toBe(1);
    expect(ragged.stdout).toContain(`:3: has 3 fields but the header has ${INCIDENT_COLUMNS.length}`);
  });
});

describe('oic-report build --allow-invalid', () => {
  it('builds without the rejected rows and writes rejected.csv with their line and reasons', async () => {
    const data = folderWith(toCsv([good('A'), good('B', { country: 'Frnace' }), good('C')]));
    const out = join(data, 'out');
    const refused = await run(['build', '2024', '--data', data, '--out', out, '--lang', 'en']);
    expect(refused.code).toBe(1);
    expect(existsSync(join(out, 'rejected.csv'))).toBe(false);
    const r = await run(['build', '2024', '--data', data, '--out', out, '--lang', 'en', '--allow-invalid']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('3 rows read, 2 in the report');
    const rejected = parse(readFileSync(join(out, 'rejected.csv'))) as string[][];
    expect(rejected[0]?.slice(-2)).toEqual(['line', 'reasons']);
    expect(rejected).toHaveLength(2);
    expect(rejected[1]?.[0]).toBe('B');
    expect(rejected[1]?.slice(-2)).toEqual(['3', 'country "Frnace" is not an ISO 3166-1 alpha-2 or alpha-3 country code; did you mean "FR" (France)?']);
  });
});

describe('oic-report validate --threads: parts read side by side give what one thread gives', () => {
  const countries = ['FR', 'DE', 'GB', 'IN', 'US', 'NL', 'SE', 'BE'];
  const many = (n: number, extra: (i: number) => Partial<Row> = () => ({})) =>
    Array.from({ length: n }, (_, i) =>
      good(`P-${i}`, {
        date: `2024-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}`,
        country: countries[i % countries.length],
        polarity: i % 5 === 0 ? 'positive' : 'negative',
        category: i % 5 === 0 ? 'interfaith' : 'mosque',
        ...extra(i),
      }),
    );
  /** Findings of `validate --format json --all` with the given threads; `threads` is set aside. */
  async function findings(data: string, threads: number) {
    const r = await run(['validate', '2024', '--data', data, '--format', 'json', '--all', '--threads', String(threads)]);
    const json = JSON.parse(r.stdout) as { files: ({ threads: number } & Record<string, unknown>)[] };
    const [{ threads: used, ...file }] = json.files as [{ threads: number } & Record<string, unknown>];
    return { code: r.code, used, file: file as Record<string, unknown> & { problems: { line: number; kind: string; message: string }[] } };
  }
  const lineOf = (csv: string, id: string) => csv.slice(0, csv.indexOf(`\n${id},`)).split(/\r\n|\r|\n/).length + 1;

  it('splits a file in two, with line numbers right after a field with line breaks, and the same findings', async () => {
    const rows = many(4000, (i) => ({
      ...(i === 7 ? { summary_en: 'First line\nsecond line\r\nthird line' } : {}),
      ...(i === 100 || i === 3900 ? { country: 'Frnace' } : {}),
      ...(i % 700 === 3 ? { source_url: '' } : {}),
    }));
    const csv = toCsv(rows);
    const data = folderWith(csv);
    const one = await findings(data, 1);
    const two = await findings(data, 2);
    expect([one.used, two.used]).toEqual([1, 2]);
    expect(two).toEqual({ ...one, used: 2 });
    expect(two.code).toBe(1);
    expect(two.file).toMatchObject({ rowsRead: 4000, rowsRejected: 2, errors: 2, warnings: 6 });
    // Recomputed from the text: rows after row 7 are one line further down than their number says.
    expect(two.file.problems.filter((p) => p.kind === 'country').map((p) => p.line)).toEqual([lineOf(csv, 'P-100'), lineOf(csv, 'P-3900')]);
    expect(lineOf(csv, 'P-3900')).toBe(3900 + 2 + 2);
  });

  it('gives the same with a BOM and CRLF line ends, and with a header that lacks a column', async () => {
    const rows = many(3000, (i) => (i % 500 === 7 ? { source_url: '' } : {}));
    const variants = [
      Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(toCsv(rows, undefined, '\r\n'))]),
      Buffer.from(toCsv(rows, INCIDENT_COLUMNS.filter((c) => c !== 'country'))),
    ];
    for (const bytes of variants) {
      const data = folderWith(bytes);
      const one = await findings(data, 1);
      const two = await findings(data, 2);
      expect(two).toEqual({ ...one, used: 2 });
      expect(two.file.rowsRead).toBe(3000);
    }
  });

  it('reads the file whole again when an id or a probable duplicate is in both parts', async () => {
    for (const late of [{ id: 'P-10' }, { id: 'P-late' }]) {
      const rows = many(3000);
      rows[2990] = { ...rows[10]!, ...late };
      const data = folderWith(toCsv(rows));
      const one = await findings(data, 1);
      const two = await findings(data, 2);
      expect(two).toEqual(one);
      expect(two.used).toBe(1);
      expect(two.file.problems.map((p) => p.message)).toEqual([
        late.id === 'P-10'
          ? 'is used already by the row on line 12; ids must be unique'
          : 'is probably a duplicate of the row on line 12 (same date, country, category and English title)',
      ]);
    }
  });

  it('reads the file whole again when the cut falls inside a quoted field', async () => {
    // Within the 10,000 characters a summary may have, across the middle of the file.
    const long = Array.from({ length: 300 }, (_, i) => `line ${i} of a long summary`).join('\n');
    const rows = many(41, (i) => (i === 20 ? { summary_en: long } : {}));
    const csv = toCsv(rows);
    const middle = Buffer.byteLength(csv) / 2;
    expect(Buffer.byteLength(csv.slice(0, csv.indexOf('line 0 of'))) < middle && Buffer.byteLength(csv.slice(0, csv.indexOf('line 299 of'))) > middle).toBe(true);
    const data = folderWith(csv);
    const one = await findings(data, 1);
    const two = await findings(data, 2);
    expect(two).toEqual(one);
    expect(two.used).toBe(1);
    expect(two.file).toMatchObject({ rowsRead: 41, rowsAccepted: 41, errors: 0 });
  });
});
