// A failure of the machine or of the command line is told as what it is, with its own exit code, before any work:
// an output folder that is unsafe to replace or cannot be written, a missing temporary folder. Never exit 70.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { appendRows, generatedEdition, row, runCli } from '../helpers.js';

let data: string;
beforeAll(() => {
  data = generatedEdition(30);
  // One row with an error, for --allow-invalid.
  appendRows(join(data, '2024', 'incidents.csv'), [row({ id: 'BAD-1', date: 'not a date' })]);
});

const build = (out: string, ...extra: string[]) => runCli(['build', '2024', '--data', data, '--lang', 'en', '--draft', '--format', 'html', '--out', out, ...extra]);

describe('build --out', () => {
  it.each([
    ['/', () => '/', () => 'it is the root of the file system'],
    ['the data folder', () => data, () => `it holds the data folder ${data}`],
    ['a folder holding the data folder', () => join(data, '..'), () => `it holds the data folder ${data}`],
    ['a folder inside the edition', () => join(data, '2024', 'out'), () => `it is inside the edition folder ${join(data, '2024')}`],
  ])('refuses %s (exit 2) and writes nothing', async (_, out, why) => {
    const result = await build(out(), '--allow-invalid');
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`cannot build into ${out()}: ${why()}`);
    expect(readdirSync(join(data, '2024')).sort()).toEqual(['edition.json', 'incidents.csv', 'narrative']);
  });

  it('refuses the templates folder it reads (exit 2)', async () => {
    const templates = mkdtempSync(join(tmpdir(), 'oic-templates-'));
    const result = await build(templates, '--templates', templates);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`cannot build into ${templates}: it holds or is inside the templates folder ${templates}`);
  });

  it('refuses an existing file, with --allow-invalid too (exit 2, the file untouched)', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'oic-out-file-')), 'report.pdf');
    writeFileSync(file, 'not a folder');
    for (const extra of [[], ['--allow-invalid']]) {
      const result = await build(file, ...extra);
      expect(result.code).toBe(2);
      expect(result.stderr).toContain(`cannot build into ${file}: it is a file, not a folder`);
      expect(result.stderr).not.toContain('internal error');
    }
    expect(readFileSync(file, 'utf8')).toBe('not a folder');
  });

  it('that cannot be written is the machine’s failure (exit 3), named with the reason', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'oic-out-file-')), 'plain');
    writeFileSync(file, '');
    const result = await build(join(file, '2024'), '--allow-invalid');
    expect(result.code).toBe(3);
    expect(result.stderr).toContain(`cannot write the output into ${file} (`);
    expect(result.stderr).not.toContain('internal error');
  });
});

describe('build without a temporary folder', () => {
  it('says TMPDIR does not exist (exit 3), and leaves no output', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'oic-no-tmp-')), 'out');
    mkdirSync(out);
    const result = await runCli(['build', '2024', '--data', data, '--lang', 'en', '--draft', '--allow-invalid', '--out', join(out, '2024')], {
      env: { TMPDIR: '/nonexistent/oic' },
    });
    expect(result.code).toBe(3);
    expect(result.stderr).toContain('the temporary folder /nonexistent/oic does not exist');
    expect(result.stderr).toContain('TMPDIR');
    expect(readdirSync(out)).toEqual([]);
  });
});
