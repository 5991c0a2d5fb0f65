// `oic-report check` and the build both refuse what a translator can break, at the file and line to fix: a
// template that does not parse, a misspelt value, a missing or extra catalog key, a message that is not ICU, an
// argument the report does not give, an Arabic plural without its six categories.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generatedEdition, ROOT, runCli } from './helpers.js';
import { pdfText } from './pdf.js';

const data = generatedEdition(40);

/** A copy of the shipped templates with one change; the line the change is on. */
function templatesWith(file: string, change: (text: string) => string): { dir: string; path: string } {
  const dir = join(mkdtempSync(join(tmpdir(), 'oic-check-')), 'templates');
  cpSync(join(ROOT, 'templates'), dir, { recursive: true });
  const path = join(dir, file);
  writeFileSync(path, change(readFileSync(path, 'utf8')));
  return { dir, path };
}

const lineOf = (path: string, text: string) => readFileSync(path, 'utf8').split('\n').findIndex((l) => l.includes(text)) + 1;
/** A catalog message replaced by JSON text (JSON.stringify keeps the file's layout line for line). */
const catalogChange = (find: string, replace: string) => (text: string) => {
  if (!text.includes(find)) throw new Error(`the catalog has no ${find}`);
  return text.replace(find, replace);
};

const CASES: { name: string; file: string; change: (t: string) => string; at: string; says: RegExp }[] = [
  { name: 'a template that does not parse', file: 'partials/data-table.hbs', change: (t) => t.replace('{{title}}', '{{title}'), at: '{{title}', says: /cannot parse/ },
  { name: 'a misspelt value', file: 'report.hbs', change: (t) => t.replace('{{cover.title}}', '{{cover.titel}}'), at: 'cover.titel', says: /\{\{titel\}\}: the report has no value/ },
  { name: 'a missing key', file: 'i18n/ar.json', change: catalogChange('"heading": "مقدمة"', '"headline": "مقدمة"'), at: '"introduction"', says: /introduction\.heading is missing/ },
  { name: 'an extra key', file: 'i18n/en.json', change: catalogChange('"heading": "Introduction"', '"heading": "Introduction", "subheading": "Notes"'), at: '"subheading"', says: /introduction\.subheading is not a key of the catalog/ },
  { name: 'a message that is not ICU', file: 'i18n/en.json', change: catalogChange('"{country} ({count, number})"', '"{country} ({count, number)"'), at: '{count, number)', says: /not a valid ICU message/ },
  { name: 'an argument the report does not give', file: 'i18n/ar.json', change: catalogChange('"countriesTable": "المظاهر والتطورات الإيجابية حسب الدولة، {region}"', '"countriesTable": "المظاهر والتطورات الإيجابية حسب الدولة، {regoin}"'), at: '{regoin}', says: /uses \{regoin\}, which the report does not give/ },
  { name: 'an Arabic plural without its six categories', file: 'i18n/ar.json', change: (t) => t.replace(/"count": "\{count, plural, zero \{لا حوادث\}[^"]*"/, '"count": "{count, plural, one {حادثة واحدة} other {# حوادث}}"'), at: '{count, plural, one {حادثة واحدة}', says: /lacks the ar categories few, many, two, zero/ },
];

describe('check and build refuse what a translator can break', () => {
  it('check passes the shipped templates and catalogs', async () => {
    const r = await runCli(['check', '2024', '--data', data]);
    expect(r.stdout).toContain('0 errors');
    expect(r.code).toBe(0);
  });

  for (const c of CASES) {
    it(`${c.name}: check exits 1 and build 4, each naming the file and line`, async () => {
      const { dir, path } = templatesWith(c.file, c.change);
      const line = lineOf(path, c.at);
      expect(line).toBeGreaterThan(0);
      const checked = await runCli(['check', '2024', '--data', data, '--templates', dir]);
      expect(checked.code).toBe(1);
      const reported = checked.stdout.split('\n').find((l) => l.startsWith(`error: ${path}:${line}`));
      expect(reported, checked.stdout).toMatch(c.says);
      const built = await runCli(['build', '2024', '--data', data, '--templates', dir, '--format', 'html', '--out', mkdtempSync(join(tmpdir(), 'oic-check-out-'))]);
      expect(built.code, built.stderr).toBe(4);
      expect(built.stderr).toContain(`${path}:${line}`);
    });
  }
});

describe('--templates as an overlay', () => {
  it('a folder holding only i18n/en.json builds with its strings, the shipped layout and the shipped fonts embedded', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'oic-overlay-'));
    const catalog = JSON.parse(readFileSync(join(ROOT, 'templates', 'i18n', 'en.json'), 'utf8'));
    catalog.about.heading = 'About this Observatory (overlay)';
    cpSync(join(ROOT, 'templates', 'i18n', 'en.json'), join(dir, 'i18n', 'en.json'));
    writeFileSync(join(dir, 'i18n', 'en.json'), JSON.stringify(catalog, null, 2));
    const out = mkdtempSync(join(tmpdir(), 'oic-overlay-out-'));
    const r = await runCli(['build', '2024', '--data', data, '--lang', 'en', '--templates', dir, '--out', out, '--format', 'pdf']);
    expect(r.code, r.stderr).toBe(0);
    const pdf = join(out, 'oic-islamophobia-report-2024-en.pdf');
    expect(pdfText(pdf)).toContain('About this Observatory (overlay)');
    const fonts = execFileSync('pdffonts', [pdf], { encoding: 'utf8' });
    for (const font of ['NotoSerif-Regular', 'NotoSans-Bold']) expect(fonts).toMatch(new RegExp(`\\+${font}\\s+CID TrueType.*yes yes yes`));
    const missing = await runCli(['build', '2024', '--data', data, '--templates', join(dir, 'nowhere'), '--format', 'html', '--out', out]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('does not exist');
  });
});
