// `oic-report new` through the real command (run `npx tsc -p tsconfig.build.json` first): the summary and next
// steps it prints, its exit codes, and a new edition's way through validate, a draft and a final build.
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { INCIDENT_COLUMNS } from '../src/core/incident.js';
import { NARRATIVE_CHAPTERS } from '../src/core/view-model.js';
import { appendRows, folderSnapshot, row, runCli, shippedDataFolder, type CliRun } from './helpers.js';

const data = shippedDataFolder(2024);
/** The shipped 2024 edition's languages: a stub of every chapter in each. */
const LANGS: string[] = JSON.parse(readFileSync(join(data, '2024', 'edition.json'), 'utf8')).languages;
const edition = join(data, '2025');
const out = mkdtempSync(join(tmpdir(), 'oic-new-cli-out-'));
const run = (...args: string[]) => runCli([...args, '--data', data]);
const build = (...args: string[]) => run('build', '2025', '--format', 'html', '--out', out, ...args);
const html = () => readFileSync(join(out, 'html', 'oic-islamophobia-report-2025-en.html'), 'utf8');
const TO_FILL = 'cfm.city, cfm.start, cfm.end, documentSymbol are still to fill (from the 2024 edition); edit them, then remove them from toFill';

describe('oic-report new 2025, then validate and build', () => {
  let made: CliRun;
  beforeAll(async () => {
    made = await run('new', '2025');
  });

  it('makes the edition, says what it wrote and what to do next with the options given', () => {
    expect(made.stderr).toBe('');
    expect(made.code).toBe(0);
    const stubs = (lang: string) => `  wrote ${edition}/narrative/${lang}/{${NARRATIVE_CHAPTERS.join(',')}}.md  (stubs: write the chapters over them)`;
    expect(made.stdout).toBe(
      [
        `made ${edition}/ from the 2024 edition:`,
        `  wrote ${edition}/edition.json  (number 18, period 2025-01-01 to 2025-12-31, CFM session 52)`,
        `  wrote ${edition}/incidents.csv  (the header, no incident yet)`,
        ...LANGS.map(stubs),
        `to fill in ${edition}/edition.json (the 2024 edition's values until then): cfm.city, cfm.start, cfm.end, documentSymbol`,
        `Next: fill the fields listed in ${edition}/edition.json, add incidents (oic-report import --profile NAME SOURCE.csv --edition 2025 --data ${data}), ` +
          `write the chapters over the stubs, then oic-report build 2025 --draft --data ${data}`,
        '',
      ].join('\n'),
    );
    expect(readFileSync(join(edition, 'incidents.csv'), 'utf8')).toBe(`${INCIDENT_COLUMNS.join(',')}\n`);
  });

  it('exits 2 the second time, naming the folder, and changes nothing', async () => {
    const before = folderSnapshot(data);
    const again = await run('new', '2025');
    expect(again.code).toBe(2);
    expect(again.stdout).toBe('');
    expect(again.stderr).toContain(`oic-report: ${edition} exists already (it holds edition.json, incidents.csv, narrative)`);
    expect(folderSnapshot(data)).toEqual(before);
  });

  it('validate lists the fields to fill and the stubs', async () => {
    appendRows(join(edition, 'incidents.csv'), [row({ date: '2025-03-15' })]);
    const checked = await run('validate', '2025');
    expect(checked.code).toBe(0);
    expect(checked.stdout).toContain(`warning: ${edition}/edition.json: ${TO_FILL}\n`);
    expect(checked.stdout).toContain(`warning: ${edition}/narrative/ar/foreword.md: is a stub, not written yet: `);
    // check, the translators' and editors' command, tells the same before anything is built.
    const check = await run('check', '2025');
    expect(check.code, check.stdout).toBe(0);
    expect(check.stdout).toContain(`warning: ${edition}/edition.json: ${TO_FILL}\n`);
  });

  it('builds a draft, with the fields to fill as a warning and the stubs flagged where their chapters go', async () => {
    const draft = await build('--draft');
    expect(draft.stderr).toBe('');
    expect(draft.code).toBe(0);
    expect(draft.stdout).toContain(`${edition}/edition.json: ${TO_FILL}`);
    for (const section of NARRATIVE_CHAPTERS) expect(html()).toContain(`[Draft: this chapter is not written yet. Its text goes in narrative/en/${section}.md`);
    expect(html()).not.toContain('Write the foreword chapter');
  });

  it('refuses a final build (exit 1) naming the fields to fill, then the stubs, and builds with --allow-stubs', async () => {
    const refused = await build();
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain(`oic-report: ${edition}/edition.json: ${TO_FILL}\n`);
    const file = join(edition, 'edition.json');
    writeFileSync(file, JSON.stringify({ ...JSON.parse(readFileSync(file, 'utf8')), toFill: [] }));
    const stubbed = await build();
    expect(stubbed.code).toBe(1);
    expect(stubbed.stderr).toContain(`oic-report: ${LANGS.length * NARRATIVE_CHAPTERS.length} narrative chapters are stubs, not written yet; no report was written\n`);
    expect(stubbed.stderr).toContain(`  ${edition}/narrative/en/conclusions.md: the conclusions chapter of the en edition\n`);
    const allowed = await build('--allow-stubs');
    expect(allowed.code).toBe(0);
    // A final build leaves the chapters out: no placeholder, no stub.
    expect(html()).not.toContain('[Draft: this chapter is not written yet');
    expect(html()).not.toContain('Write the foreword chapter');
  });
});

describe('oic-report new: usage', () => {
  it('teaches with examples and exit codes, and is listed by oic-report --help', async () => {
    const help = await runCli(['new', '--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('$ oic-report new 2025 ');
    expect(help.stdout).toContain('Exit codes: 0 the edition was made');
    expect((await runCli(['--help'])).stdout).toMatch(/^ {2}new \[options\] <year> +start a new edition/m);
  });

  it('exits 2 for a --from edition that does not exist, writing nothing', async () => {
    const empty = mkdtempSync(join(tmpdir(), 'oic-new-cli-'));
    const r = await runCli(['new', '2025', '--from', '2020', '--data', empty]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('there is no 2020 edition');
    expect(readdirSync(empty)).toEqual([]);
  });
});
