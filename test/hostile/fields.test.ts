// Bounded and clean inputs, and errors that say what is wrong, through the real CLI: a field too long, control
// characters, bidirectional controls left open, a file separated by semicolons, impossible edition dates, a lone
// surrogate, and cells that a spreadsheet would run as formulas in the CSV files written for editors.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { dataFolder, EDITION_2024, row, runCli, toCsv } from '../helpers.js';

const validateJson = async (data: string) => {
  const r = await runCli(['validate', '2024', '--data', data, '--format', 'json']);
  return { ...r, report: JSON.parse(r.stdout) as { files: { rowsRead: number; rowsAccepted: number; rowsRejected: number; problems: { kind: string; line: number; field?: string; value?: string; message: string }[] }[] } };
};

describe('bounded fields', () => {
  it('a title longer than its 500 characters is a row error: the row is rejected and counted, and the message shows 60 of them', async () => {
    const data = dataFolder(toCsv([row({ id: 'OK-1' }), row({ id: 'LONG-1', title_en: 'y'.repeat(501) })]));
    const r = await validateJson(data);
    expect(r.code).toBe(1);
    const file = r.report.files[0]!;
    expect(file).toMatchObject({ rowsRead: 2, rowsAccepted: 1, rowsRejected: 1 });
    const p = file.problems.find((x) => x.kind === 'too_long')!;
    expect(p).toMatchObject({ line: 3, field: 'title_en', message: 'is 501 characters long; the most this column takes is 500', value: `${'y'.repeat(60)}…` });
  });

  it('a 50 MB title is passed over, not gathered: the row is rejected and counted, in about a second', async () => {
    const huge = 'x'.repeat(50_000_000);
    const data = dataFolder(toCsv([row({ id: 'OK-1' }), row({ id: 'HUGE-1', title_en: huge }), row({ id: 'OK-2', date: '2024-03-16' })]));
    const started = Date.now();
    const r = await validateJson(data);
    expect(Date.now() - started).toBeLessThan(20_000);
    expect(r.code).toBe(1);
    const file = r.report.files[0]!;
    expect(file).toMatchObject({ rowsRead: 3, rowsAccepted: 2, rowsRejected: 1 });
    const p = file.problems.find((x) => x.kind === 'malformed_row')!;
    expect(p.line).toBe(3);
    expect(p.message).toMatch(/^is 50,000,\d{3} characters long, more than the 1,000,000 a row may have: it was not read$/);
    expect(r.stdout.length).toBeLessThan(20_000);
  });
});

describe('control and bidirectional characters', () => {
  it('NUL and ESC in a field reject the row, and no raw control character reaches the terminal', async () => {
    const data = dataFolder(toCsv([row({ id: 'C-1', title_en: 'Clear\u001b[2J screen' }), row({ id: 'C-2', source_name: 'nul\u0000here' }), row({ id: 'C-3' })]));
    const r = await runCli(['validate', '2024', '--data', data]);
    expect(r.code).toBe(1);
    expect(r.stdout + r.stderr).not.toMatch(/[\x00-\x08\x0b-\x1f\x7f-\x9f]/);
    expect(r.stdout).toContain('incidents.csv:2: title_en "Clear\\u001b[2J screen" holds the control character U+001B (ESC) at character 6');
    expect(r.stdout).toContain('source_name "nul\\u0000here" holds the control character U+0000 (NUL) at character 4');
    expect(r.stdout).toContain('3 rows read = 1 accepted + 2 rejected');
  });

  it('an unterminated U+202E in location is closed at the end of the field, with a warning; the row is used', async () => {
    const data = dataFolder(toCsv([row({ id: 'B-1', location: 'Lyon\u202e evil' }), row({ id: 'B-2', location: 'Paris\u202c' })]));
    const r = await validateJson(data);
    expect(r.code).toBe(0);
    const file = r.report.files[0]!;
    expect(file).toMatchObject({ rowsRead: 2, rowsAccepted: 2 });
    const kinds = file.problems.filter((p) => p.kind === 'unpaired_bidi_control');
    expect(kinds.map((p) => [p.line, p.field])).toEqual([
      [2, 'location'],
      [3, 'location'],
    ]);
    expect(kinds[0]!.message).toContain('opens a text direction (U+202E) that it never closes');
  });
});

describe('files unusable as a whole', () => {
  const semicolons = toCsv([row(), row({ id: 'T-2' })]).replace(/,/g, ';');

  it('a file separated by semicolons is named as such by validate', async () => {
    const r = await runCli(['validate', '2024', '--data', dataFolder(semicolons)]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('the header has one column containing `;`: is the file separated by semicolons?');
    expect(r.stdout).not.toContain('column is missing from the header');
  });

  it('build --allow-invalid refuses it instead of printing a report of nothing', async () => {
    const data = dataFolder(semicolons);
    const r = await runCli(['build', '2024', '--data', data, '--allow-invalid', '--format', 'figures', '--out', join(data, 'out')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('its header is unusable (wrong delimiter), so every row is rejected: no PDF was written, even with --allow-invalid');
    expect(r.stderr).toContain('is the file separated by semicolons?');
    expect(r.stderr).not.toContain('internal error');
  });
});

describe('edition.json dates', () => {
  it.each([
    ['an impossible period end', { period: { start: '2024-01-01', end: '2024-02-30' } }, /edition\.json:\d+: period\.end: is not a day of the calendar/],
    ['a CFM that ends before it opens', { cfm: { ...EDITION_2024.cfm, start: '2025-06-22', end: '2025-06-21' } }, /edition\.json:\d+: cfm\.end: cfm\.start must not be after cfm\.end/],
    ['a period that ends before it starts', { period: { start: '2024-12-31', end: '2024-01-01' } }, /edition\.json:\d+: period\.end: period\.start must not be after period\.end/],
  ])('%s is refused with the file, line and key', async (_, change, message) => {
    const data = dataFolder(toCsv([row()]), { ...EDITION_2024, ...change });
    writeFileSync(join(data, '2024', 'edition.json'), JSON.stringify({ ...EDITION_2024, ...change }, null, 2));
    const r = await runCli(['validate', '2024', '--data', data]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(message);
  });
});

describe('a lone surrogate is reported at its line and byte', () => {
  it('UTF-8 (a surrogate written as ED A0 80)', async () => {
    const head = Buffer.from(toCsv([row(), row({ id: 'T-2' })]));
    const bad = Buffer.concat([head, Buffer.from('T-3,negative,2024-03-15,FR,mosque,Test source,bad '), Buffer.of(0xed, 0xa0, 0x80), Buffer.from('\n')]);
    const data = dataFolder('');
    writeFileSync(join(data, '2024', 'incidents.csv'), bad);
    const r = await runCli(['validate', '2024', '--data', data]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`incidents.csv:4: the file is not valid UTF-8 (byte ${head.length + 51} cannot be decoded)`);
  });

  it('UTF-16LE (a high surrogate followed by a letter)', async () => {
    const head = Buffer.concat([Buffer.of(0xff, 0xfe), Buffer.from(toCsv([row(), row({ id: 'T-2' })]), 'utf16le')]);
    const bad = Buffer.concat([head, Buffer.from('T-3,x', 'utf16le'), Buffer.of(0x00, 0xd8), Buffer.from('y\n', 'utf16le')]);
    const data = dataFolder('');
    writeFileSync(join(data, '2024', 'incidents.csv'), bad);
    const r = await runCli(['validate', '2024', '--data', data]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`incidents.csv:4: the file is not valid UTF-16LE (byte ${head.length + 10 + 1} cannot be decoded)`);
  });
});

describe('CSV files for editors hold no formulas', () => {
  it('rejected.csv and incident-index.csv write =, +, -, @ cells as text', async () => {
    const rows = [
      row({ id: '=1+1', title_en: '@SUM(A1)' }),
      row({ id: 'R-1', country: 'XX', title_en: '=HYPERLINK("http://evil.example/","click")' }),
      row({ id: '+R-2', country: 'XX', source_name: '-2+3', summary_en: '-12' }),
    ];
    const data = dataFolder(toCsv(rows));
    const out = join(data, 'out');
    const r = await runCli(['build', '2024', '--data', data, '--allow-invalid', '--format', 'figures', '--out', out]);
    expect(r.stderr).not.toContain('internal error');
    expect(r.code).toBe(0);
    const rejected = parse(readFileSync(join(out, 'rejected.csv')), { columns: true }) as Record<string, string>[];
    expect(rejected.map((x) => [x.id, x.title_en, x.source_name, x.summary_en])).toEqual([
      ['R-1', `'=HYPERLINK("http://evil.example/","click")`, 'Test source', ''],
      ["'+R-2", 'Test incident', "'-2+3", '-12'],
    ]);
    const index = parse(readFileSync(join(out, 'incident-index.csv')), { columns: true }) as Record<string, string>[];
    expect(index.map((x) => x.id)).toEqual(["'=1+1"]);
    // diff reads the index back as the ids were: nothing changed since the build.
    const diff = await runCli(['diff', '2024', '--data', data, '--base', out]);
    expect(diff.stderr).not.toContain('internal error');
    expect(diff.stdout).not.toMatch(/added|removed/i);
  });
});
