// `import` never damages the edition it adds to: a UTF-16 or Windows-1256 incidents.csv is added to in its own
// encoding (or refused before anything is written), a file with a quote never closed is refused, the previous
// file is kept as a backup, and every source row is in the summary and, when added, in the file afterwards.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { TextDecoder } from 'node:util';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { dataFolder, folderSnapshot, row, runCli, toCsv, windows1256 } from '../helpers.js';
import { source } from './fixtures.js';

const SOURCE_ROWS = [
  ['1', '2024-04-01', 'Mosque daubed', 'كتابات على مسجد'],
  ['2', '2024-05-02', 'Graves damaged', 'تخريب مقابر'],
  ['3', '2024-06-03', 'Leaflets', 'منشورات'],
];
const EXISTING = [row({ id: 'E-1', title_en: 'First', title_ar: 'الأول' }), row({ id: 'E-2', date: '2024-02-02', title_en: 'Second', title_ar: 'الثاني' })];

const importInto = (data: string, src: { profile: string; csv: string }, extra: string[] = []) =>
  runCli(['import', '--profile', src.profile, src.csv, '--edition', '2024', '--data', data, ...extra]);

const rowsOf = (text: string) => parse(text, { columns: true, bom: true }) as Record<string, string>[];
const backupsIn = (data: string) => readdirSync(join(data, '2024')).filter((f) => f.endsWith('.bak'));

describe('import into an edition file that is not plain UTF-8', () => {
  it.each([
    ['utf-16le', Buffer.of(0xff, 0xfe), (t: string) => Buffer.from(t, 'utf16le')],
    ['utf-16be', Buffer.of(0xfe, 0xff), (t: string) => Buffer.from(t, 'utf16le').swap16()],
  ])('a %s incidents.csv gets the rows in its own encoding, with its BOM, and stays valid', async (encoding, bom, encode) => {
    const original = Buffer.concat([bom, encode(toCsv(EXISTING, undefined, '\r\n'))]);
    const data = dataFolder('');
    writeFileSync(join(data, '2024', 'incidents.csv'), original);
    const r = await importInto(data, source(SOURCE_ROWS));
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('3 rows read');
    expect(r.stdout).toContain('3 added');
    expect(r.stdout).toMatch(new RegExp(`is kept as .*\\.bak; the rows were added in its encoding, ${encoding.toUpperCase()}`));
    const after = readFileSync(join(data, '2024', 'incidents.csv'));
    // Its own bytes first, unchanged, then the new rows in the same encoding and line ends.
    expect(after.subarray(0, original.length).equals(original)).toBe(true);
    const text = new TextDecoder(encoding, { fatal: true }).decode(after);
    expect(text).not.toMatch(/[\uFFFD\0]/);
    expect(text.slice(1).split('\r\n').filter(Boolean)).toHaveLength(1 + 2 + 3);
    const rows = rowsOf(text);
    expect(rows.map((x) => x.id)).toEqual(['E-1', 'E-2', 'H-1', 'H-2', 'H-3']);
    expect(rows[2]!.title_ar).toBe('كتابات على مسجد');
    // The backup is the file as it was.
    const [backup] = backupsIn(data);
    expect(readFileSync(join(data, '2024', backup!)).equals(original)).toBe(true);
    const v = await runCli(['validate', '2024', '--data', data, '--format', 'json']);
    expect(JSON.parse(v.stdout).files[0]).toMatchObject({ rowsRead: 5, rowsAccepted: 5, rowsRejected: 0 });
  });

  it('a Windows-1256 file is refused with exit 2 and left untouched when the encoding is not said', async () => {
    const data = dataFolder('');
    writeFileSync(join(data, '2024', 'incidents.csv'), windows1256(toCsv(EXISTING)));
    const before = folderSnapshot(data);
    const r = await importInto(data, source(SOURCE_ROWS));
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('looks like Arabic text saved as Windows-1256');
    expect(folderSnapshot(data)).toEqual(before);
  });

  it('a Windows-1256 file named so in the config file gets its rows in Windows-1256', async () => {
    const data = dataFolder('');
    const original = windows1256(toCsv(EXISTING));
    writeFileSync(join(data, '2024', 'incidents.csv'), original);
    const config = join(data, 'oic-report.config.json');
    writeFileSync(config, JSON.stringify({ encoding: 'windows-1256' }));
    const r = await importInto(data, source(SOURCE_ROWS), ['--config', config]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const after = readFileSync(join(data, '2024', 'incidents.csv'));
    expect(after.subarray(0, original.length).equals(original)).toBe(true);
    const rows = rowsOf(new TextDecoder('windows-1256').decode(after));
    expect(rows.map((x) => x.title_ar)).toEqual(['الأول', 'الثاني', 'كتابات على مسجد', 'تخريب مقابر', 'منشورات']);
  });

  it('a Windows-1256 file refuses a row it cannot hold (an emoji), before writing anything', async () => {
    const data = dataFolder('');
    writeFileSync(join(data, '2024', 'incidents.csv'), windows1256(toCsv(EXISTING)));
    const config = join(data, 'oic-report.config.json');
    writeFileSync(config, JSON.stringify({ encoding: 'windows-1256' }));
    const before = folderSnapshot(data);
    const r = await importInto(data, source([['9', '2024-04-01', 'Emoji 🕌', 'مسجد']]), ['--config', config]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('WINDOWS-1256, which has no character U+1F54C (in the row H-9): nothing was imported');
    expect(folderSnapshot(data)).toEqual(before);
  });
});

describe('import into a broken edition file', () => {
  it('a quote never closed in the last row is refused before anything is imported', async () => {
    const text = `${toCsv(EXISTING)}${toCsv([row({ id: 'E-3' })]).split('\n')[1]!.replace('Test incident', '"Test incident')}\n`;
    const data = dataFolder(text);
    const before = folderSnapshot(data);
    const r = await importInto(data, source(SOURCE_ROWS));
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('incidents.csv is not well-formed CSV: rows imported after it would be swallowed');
    expect(r.stderr).toMatch(/incidents\.csv:4: has a quoted field that is never closed/);
    expect(folderSnapshot(data)).toEqual(before);
  });
});

describe('import keeps the previous file and accounts for every row', () => {
  it('a backup beside the file, a new one at each import; every source row in the summary and the file', async () => {
    const data = dataFolder(toCsv(EXISTING));
    const original = readFileSync(join(data, '2024', 'incidents.csv'), 'utf8');
    const rows = [...SOURCE_ROWS, ['1', '2024-04-01', 'Mosque daubed', ''], ['4', '2019-01-01', 'Too old', ''], ['5', '2024-02-30', 'Bad date', '']];
    const r = await importInto(data, source(rows));
    expect(r.code).toBe(1); // one rejected
    expect(r.stdout).toContain('6 rows read');
    expect(r.stdout).toContain('1 outside the edition');
    expect(r.stdout).toContain('1 repeating the id');
    expect(r.stdout).toContain('1 rejected');
    expect(r.stdout).toContain('3 added');
    expect(backupsIn(data)).toHaveLength(1);
    expect(readFileSync(join(data, '2024', backupsIn(data)[0]!), 'utf8')).toBe(original);
    expect(rowsOf(readFileSync(join(data, '2024', 'incidents.csv'), 'utf8'))).toHaveLength(5);
    // A second import of new rows keeps a second backup; the first is never overwritten.
    await new Promise((resolve) => setTimeout(resolve, 5));
    const again = await importInto(data, source([['7', '2024-07-07', 'Seventh', '']]));
    expect(again.code).toBe(0);
    expect(backupsIn(data)).toHaveLength(2);
    // Nothing new: nothing written, no backup.
    const none = await importInto(data, source([['7', '2024-07-07', 'Seventh', '']]));
    expect(none.stdout).toContain('1 already in');
    expect(backupsIn(data)).toHaveLength(2);
  });
});
