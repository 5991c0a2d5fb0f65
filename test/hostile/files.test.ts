// Nothing outside the edition is read: data, edition.json, reference tables, narrative, templates and profiles
// are read only as regular files inside their folders. A link out of the folder, a FIFO, a device or a folder
// where a file should be is refused with exit 2 and the file's name, quickly (a FIFO never blocks), and nothing of
// the file linked to reaches the output.
import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dataFolder, row, runCli, toCsv } from '../helpers.js';
import { source } from './fixtures.js';

const SECRET = '/etc/passwd';
const validate = (data: string) => runCli(['validate', '2024', '--data', data]);
const csv = toCsv([row()]);

/** A data folder whose file at `relative` is replaced by `make(path)`. */
function withFile(relative: string, make: (path: string) => void): string {
  const data = dataFolder(csv);
  const path = join(data, relative);
  mkdirSync(join(path, '..'), { recursive: true });
  rmSync(path, { force: true, recursive: true });
  make(path);
  return data;
}

const expectRefused = (r: { code: number; stdout: string; stderr: string }, message: RegExp) => {
  expect(r.code).toBe(2);
  expect(r.stderr).toMatch(message);
  expect(r.stderr).not.toContain('internal error');
  // Nothing of the file linked to is echoed.
  expect(r.stdout + r.stderr).not.toContain('root:x:0:0');
};

describe('links out of the folder are refused', () => {
  it.each([
    ['2024/incidents.csv'],
    ['2024/edition.json'],
    ['reference/regions.json'],
    ['2024/narrative/en/foreword.md'],
  ])('%s linked to /etc/passwd', async (relative) => {
    const data = withFile(relative, (path) => symlinkSync(SECRET, path));
    const r = await validate(data);
    expectRefused(r, new RegExp(`${relative.replace(/[./]/g, '\\$&')} leads outside .* \\(it is a link to /etc/passwd\\): oic-report reads only files inside their folder`));
  });

  it('a link inside the folder is read as the file it names', async () => {
    const data = withFile('2024/incidents.csv', (path) => {
      writeFileSync(join(path, '..', 'real.csv'), csv);
      symlinkSync('real.csv', path);
    });
    const r = await validate(data);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
  });

  it('a templates partial linked to /etc/passwd', async () => {
    const templates = mkdtempSync(join(tmpdir(), 'oic-hostile-tpl-'));
    mkdirSync(join(templates, 'partials'));
    symlinkSync(SECRET, join(templates, 'partials', 'cover.hbs'));
    const r = await runCli(['check', '--templates', templates, '--data', dataFolder(csv)]);
    expectRefused(r, /partials\/cover\.hbs leads outside .*: oic-report reads only files inside their folder/);
  });

  it('an import profile linked to /etc/passwd', async () => {
    const src = source([['1', '2024-04-01', 'x', '']]);
    const link = join(src.dir, 'linked.yaml');
    symlinkSync(SECRET, link);
    const r = await runCli(['import', '--profile', link, src.csv, '--edition', '2024', '--data', dataFolder(csv)]);
    expectRefused(r, /linked\.yaml leads outside/);
  });
});

describe('files that are not regular files are refused, without blocking', () => {
  it('incidents.csv as a FIFO: refused at once, not read forever', async () => {
    const data = withFile('2024/incidents.csv', (path) => execFileSync('mkfifo', [path]));
    const started = Date.now();
    const r = await validate(data);
    expectRefused(r, /2024\/incidents\.csv is a named pipe \(FIFO\), not a regular file/);
    expect(Date.now() - started).toBeLessThan(10_000);
  });

  it('edition.json as a FIFO', async () => {
    const data = withFile('2024/edition.json', (path) => execFileSync('mkfifo', [path]));
    expectRefused(await validate(data), /edition\.json is a named pipe \(FIFO\), not a regular file/);
  });

  it('incidents.csv linked to a device (/dev/zero)', async () => {
    const data = withFile('2024/incidents.csv', (path) => symlinkSync('/dev/zero', path));
    expectRefused(await validate(data), /incidents\.csv is a device, not a regular file/);
  });

  it('a folder named incidents.csv', async () => {
    const data = withFile('2024/incidents.csv', (path) => mkdirSync(path));
    expectRefused(await validate(data), /incidents\.csv is a folder, not a regular file/);
  });

  // chmod 000 does not stop root, who reads every file: the refusal can only be seen as another user.
  it.skipIf(process.getuid?.() === 0)('an unreadable incidents.csv (chmod 000; skipped as root, who can read it)', async () => {
    const data = dataFolder(csv);
    chmodSync(join(data, '2024', 'incidents.csv'), 0);
    expectRefused(await validate(data), /incidents\.csv cannot be read: permission denied/);
  });
});

describe('import profiles that could hang or crash import', () => {
  const importWith = (profileText: string, rows: string[][], name = 'profile.yaml') => {
    const src = source(rows);
    const profile = join(src.dir, name);
    writeFileSync(profile, profileText);
    return runCli(['import', '--profile', profile, src.csv, '--edition', '2024', '--data', dataFolder(csv), '--dry-run']).then((r) => ({ ...r, profile }));
  };
  const profileWithFilter = (matches: string) =>
    ['name: evil', 'filter:', `  - column: what`, `    matches: '${matches}'`, 'fields:', '  id: "H-{ref}"', '  date: { column: when }', ''].join('\n');

  it('a catastrophic pattern, ^(a+)+$, against a long "aaaa…b" ends at once (RE2 matches in linear time)', async () => {
    const started = Date.now();
    const r = await importWith(profileWithFilter('^(a+)+$'), [['1', '2024-04-01', `${'a'.repeat(50_000)}b`, ''], ['2', '2024-04-01', 'aaaa', '']]);
    expect(r.stderr).not.toContain('internal error');
    expect(r.stdout).toContain('2 rows read');
    expect(r.stdout).toContain('1 left out by the profile');
    expect(Date.now() - started).toBeLessThan(10_000);
  });

  it.each([
    ['an unclosed group', '(', /missing closing \)/],
    ['a lookahead RE2 cannot run', '(?=a)b', /invalid or unsupported Perl syntax/],
  ])('%s is refused when the profile loads, naming the file and line', async (_, pattern, reason) => {
    const r = await importWith(profileWithFilter(pattern), [['1', '2024-04-01', 'x', '']]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`${r.profile} is not a valid import profile`);
    expect(r.stderr).toMatch(/filter\.0\.matches \(line 4\): .* is not a regular expression oic-report can run/);
    expect(r.stderr).toMatch(reason);
  });

  it('a YAML alias bomb (billion laughs) is refused with exit 2, naming the file', async () => {
    const bomb = ['a: &a ["x","x","x","x","x","x","x","x","x"]', ...'bcdefghi'.split('').map((k, i) => `${k}: &${k} [${Array(9).fill(`*${'abcdefghi'[i]}`).join(',')}]`), 'name: bomb', 'fields: {}', ''].join('\n');
    const started = Date.now();
    const r = await importWith(bomb, [['1', '2024-04-01', 'x', '']]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`${r.profile} is not usable YAML`);
    expect(r.stderr).toMatch(/[Ee]xcessive alias count/);
    expect(Date.now() - started).toBeLessThan(10_000);
  });
});
