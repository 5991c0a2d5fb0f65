// `oic-report validate` and `build --allow-invalid` on files the tests write: every problem class of the
// issue, read through the real command.
import { execFile } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { TextDecoder } from 'node:util';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { dataFolder, ROOT, row, toCsv } from './helpers.js';

const BIN = join(ROOT, 'bin', 'oic-report.js');
const run = (args: string[]): Promise<{ code: number; stdout: string; stderr: string }> =>
  new Promise((resolve) => {
    execFile('node', [BIN, ...args], { cwd: ROOT }, (error, stdout, stderr) =>
      resolve({ code: error ? ((error as { code?: number }).code ?? 1) : 0, stdout, stderr }),
    );
  });

const good = (id: string, extra = {}) =>
  row({ id, source_url: 'https://example.org/x', summary_ar: 'ملخص', summary_en: 'Summary', summary_fr: 'Résumé', title_en: `Title ${id}`, title_ar: 'عنوان المسجد', ...extra });

/** Writes `bytes` as the 2024 incident file of a fresh data folder. */
function folderWith(bytes: string | Buffer): string {
  const dir = dataFolder('');
  writeFileSync(join(dir, '2024', 'incidents.csv'), bytes);
  return dir;
}

/** Windows-1256 bytes of a text, from the decoder's own table. */
function windows1256(text: string): Buffer {
  const table = new Map<string, number>();
  const decoder = new TextDecoder('windows-1256');
  for (let b = 0; b < 256; b++) table.set(decoder.decode(Uint8Array.of(b)), b);
  return Buffer.from([...text].map((ch) => table.get(ch) ?? 0x3f));
}

describe('oic-report validate', () => {
  it('exits 0 on clean data, with the accounting', async () => {
    const data = folderWith(toCsv([good('A'), good('B')]));
    const r = await run(['validate', '2024', '--data', data]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(': 2 rows read = 2 accepted + 0 rejected; 0 errors, 0 warnings');
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
    expect((await run(['validate', '2024', '--data', missingFile])).code).toBe(2);

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
    expect(ragged.stdout).toMatch(/:3: has 3 fields but the header has 26/);
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
