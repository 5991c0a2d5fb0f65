// What an official document has, read from the printed PDFs (en and ar) as a reader finds it: the lists of figures
// and of tables give the page each caption is on, a cross-reference gives its target's page, the abbreviations
// list OIC, the map carries its disclaimer, the cover its date of issue; and `check` names the narrative file whose
// reference names nothing.
import { execFile, execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { beforeAll, describe, expect, it } from 'vitest';
import ar from '../templates/i18n/ar.json' with { type: 'json' };
import en from '../templates/i18n/en.json' with { type: 'json' };
import { BIN, generatedEdition, runCli } from './helpers.js';
import { latinDigits, letters, outlineOf, pdfInfo, pdfText } from './pdf.js';

const EPOCH = '1750464000'; // 21 June 2025
/** The words of a catalog message, without its arguments. */
const words = (message: string) => letters(message.replace(/\{[^{}]*\}/g, ''));
const unmarked = (text: string) => text.replace(/[\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '');

function build(data: string, out: string): Promise<void> {
  return new Promise((resolve, reject) => {
    execFile('node', [BIN, 'build', '2024', '--data', data, '--out', out, '--lang', 'ar,en', '--format', 'pdf'], { env: { ...process.env, SOURCE_DATE_EPOCH: EPOCH } }, (error, _o, stderr) =>
      error ? reject(new Error(stderr)) : resolve(),
    );
  });
}

const layoutLines = (file: string, page: number) =>
  unmarked(execFileSync('pdftotext', ['-layout', '-f', String(page), '-l', String(page), file, '-'], { encoding: 'utf8' })).split('\n');
const pageText = (file: string, page: number) => pdfText(file, { first: page, last: page });
const pageCount = (file: string) => Number(pdfInfo(file).Pages);
async function bookmarkPage(file: string, title: string): Promise<number> {
  const marks = outlineOf(await PDFDocument.load(readFileSync(file), { updateMetadata: false }));
  const mark = marks.find((m) => letters(m.title) === letters(title));
  if (!mark) throw new Error(`no bookmark "${title}" in ${file}`);
  return mark.page;
}

describe('the printed official document', () => {
  const out = mkdtempSync(join(tmpdir(), 'oic-official-'));
  const file = (lang: string) => join(out, `oic-islamophobia-report-2024-${lang}.pdf`);
  beforeAll(() => build(generatedEdition(), out), 180_000);

  it('en: the lists name every figure and table with the page its caption is on', async () => {
    const pdf = file('en');
    const lines = layoutLines(pdf, await bookmarkPage(pdf, en.lists.figures));
    const entries = lines.flatMap((l) => {
      const m = /^\s*(Figure|Table) (\d+)\s{2,}(.+?)\s{2,}(\d+)\s*$/.exec(l);
      return m ? [{ kind: m[1]!, number: Number(m[2]), title: m[3]!, page: Number(m[4]) }] : [];
    });
    const whole = pdfText(pdf);
    const figures = entries.filter((e) => e.kind === 'Figure');
    // A data table continued on another page says "Data for Figure 4 (continued)" there: each figure once.
    expect(figures.map((f) => f.number)).toEqual([...new Set([...whole.matchAll(/Data for Figure (\d+)/g)].map((m) => Number(m[1])))]);
    expect(entries.filter((e) => e.kind === 'Table').length).toBe(new Set([...whole.matchAll(/Table (\d+):/g)].map((m) => m[1])).size);
    for (const entry of entries) expect(pageText(pdf, entry.page), `${entry.kind} ${entry.number}`).toContain(`${entry.kind} ${entry.number}: ${entry.title}`);
  });

  it('en: each cross-reference gives the page its target is on', () => {
    const pdf = file('en');
    let found = 0;
    for (let page = 1; page <= pageCount(pdf); page++) {
      const text = pageText(pdf, page);
      for (const m of text.matchAll(/see (Figure|Table) (\d+), p\.\s(\d+)/g)) {
        expect(pageText(pdf, Number(m[3])), m[0]).toContain(`${m[1]} ${m[2]}:`);
        found++;
      }
      for (const m of text.matchAll(/see “([^”]+)”, p\.\s(\d+)/g)) {
        expect(pageText(pdf, Number(m[2])), m[0]).toContain(m[1]);
        found++;
      }
    }
    // The trends, the summary, each region with its table, the introduction's annex.
    expect(found).toBeGreaterThanOrEqual(4);
  });

  it('en: the abbreviations, the date of issue under the symbol, the disclaimer under the map', async () => {
    const pdf = file('en');
    expect(pageText(pdf, await bookmarkPage(pdf, en.abbreviations.heading))).toContain('OIC Organisation of Islamic Cooperation');
    // The shipped edition's `issued`, not the day of the build (SOURCE_DATE_EPOCH, 21 June).
    expect(pageText(pdf, 1)).toContain('OIC/OBS/REP-17/2024 (ILLUSTRATIVE) Date of issue: 10 June 2025 (14 Dhuʻl-Hijjah 1446 AH)');
    const listed = layoutLines(pdf, await bookmarkPage(pdf, en.lists.figures)).find((l) => l.includes(en.charts.map.title))!;
    const [, number, page] = /Figure (\d+)\s.*?\s(\d+)\s*$/.exec(listed)!;
    const text = pageText(pdf, Number(page));
    const caption = text.indexOf(`Figure ${number}: ${en.charts.map.title}`);
    expect(caption).toBeGreaterThanOrEqual(0);
    expect(text.indexOf(en.charts.mapDisclaimer)).toBeGreaterThan(caption);
    expect(text.indexOf(en.charts.mapDisclaimer)).toBeLessThan(text.indexOf(`Data for Figure ${number}`));
  });

  it('ar: the list of figures gives, in Arabic-Indic digits, the page each caption is on', async () => {
    const pdf = file('ar');
    const label = words(ar.charts.figure);
    const lines = layoutLines(pdf, await bookmarkPage(pdf, ar.lists.figures)).filter((l) => letters(l).includes(label) && /[٠-٩]/.test(l));
    expect(lines.length).toBeGreaterThan(5);
    // Each figure's data table once: less the parts continued on another page, which say (تابع).
    const text = letters(pdfText(pdf));
    const count = (pattern: string) => (text.match(new RegExp(pattern, 'g')) ?? []).length;
    expect(lines.length).toBe(count(words(ar.charts.table)) - count(`${words(ar.charts.table)}تابع`));
    lines.forEach((line, i) => {
      const digits = latinDigits(line).replace(/\D/g, '');
      const k = String(i + 1);
      // The number and the page, in whichever order the line's text comes out: one of the two readings holds.
      const pages = [digits.startsWith(k) ? digits.slice(k.length) : '', digits.endsWith(k) ? digits.slice(0, -k.length) : '']
        .map(Number)
        .filter((page) => page >= 1 && page <= pageCount(pdf));
      const title = letters(line).replace(label, '');
      expect(pages.some((page) => letters(pageText(pdf, page)).includes(label + title)), line).toBe(true);
    });
  });

  it('ar: the trends sentence refers to the page of its figure; the abbreviations, the date, the map disclaimer', async () => {
    const pdf = file('ar');
    const first = layoutLines(pdf, await bookmarkPage(pdf, ar.lists.figures)).find((l) => /[٠-٩]/.test(l) && letters(l).includes(words(ar.charts.figure)))!;
    const digits = latinDigits(first).replace(/\D/g, '');
    // The figure's number (1) and its page, in whichever order the line's text comes out.
    const pages = [digits.startsWith('1') ? digits.slice(1) : '', digits.endsWith('1') ? digits.slice(0, -1) : ''].filter(Boolean);
    const trends = await bookmarkPage(pdf, `١- ${ar.trends.heading}`);
    const text = unmarked(pageText(pdf, trends));
    const reference = text.slice(text.indexOf('انظر'), text.indexOf('انظر') + 24);
    expect(letters(reference)).toContain('انظرالشكلص');
    const referred = latinDigits(reference).replace(/\D/g, '');
    expect(pages.some((page) => referred === `1${page}` || referred === `${page}1`), `${referred} against ${pages.join(' or ')}`).toBe(true);

    const abbreviations = pageText(pdf, await bookmarkPage(pdf, ar.abbreviations.heading));
    expect(abbreviations).toContain('OIC');
    expect(letters(abbreviations)).toContain(letters('منظمة التعاون الإسلامي'));
    expect(letters(pageText(pdf, 1))).toContain(letters('تاريخ الإصدار ذي الحجة هـ الموافق يونيو م'));
    const whole = letters(pdfText(pdf));
    // Under the map: after its caption, before its data.
    const disclaimer = whole.indexOf(letters(ar.charts.mapDisclaimer));
    expect(disclaimer).toBeGreaterThan(whole.indexOf(letters(ar.charts.map.caption)));
    expect(whole.indexOf(letters(ar.charts.map.caption))).toBeGreaterThan(whole.indexOf(letters(ar.charts.map.title)));
    expect(whole.indexOf(letters(ar.charts.map.title))).toBeGreaterThanOrEqual(0);
  });
});

describe('a reference to nothing', () => {
  it('is an error of check and of the build, at the narrative file that has it', async () => {
    const data = generatedEdition(40);
    const path = join(data, '2024', 'narrative', 'en', 'introduction.md');
    writeFileSync(path, `${readFileSync(path, 'utf8')}\nSee [[figure:montly-trend]].\n`);
    const checked = await runCli(['check', '2024', '--data', data]);
    expect(checked.code).toBe(1);
    const line = checked.stdout.split('\n').find((l) => l.includes('[[figure:montly-trend]]'));
    expect(line).toContain(join('2024', 'narrative', 'en', 'introduction.md'));
    expect(line).toContain('monthly-trend');
    const built = await runCli(['build', '2024', '--data', data, '--format', 'html', '--out', mkdtempSync(join(tmpdir(), 'oic-official-out-'))]);
    expect(built.code, built.stderr).toBe(4);
    expect(built.stderr).toContain('[[figure:montly-trend]]');
    // With a PDF, the checks run beside the layout prints: the build still fails on them, and writes nothing.
    const out = join(mkdtempSync(join(tmpdir(), 'oic-official-out-')), 'out');
    const printed = await runCli(['build', '2024', '--data', data, '--format', 'pdf', '--out', out]);
    expect(printed.code, printed.stderr).toBe(4);
    expect(printed.stderr).toContain('[[figure:montly-trend]]');
    expect(existsSync(out)).toBe(false);
  });
});
