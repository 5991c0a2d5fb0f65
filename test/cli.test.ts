// The real command, run as a child process the way editors and CI run it.
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse as parseMessage, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { parse } from 'csv-parse/sync';
import isoCountries from 'i18n-iso-countries';
import { PDFDocument, PDFName } from 'pdf-lib';
import { beforeAll, describe, expect, it } from 'vitest';
import { catalogMessages } from '../src/core/catalog.js';
import { MARGIN_MM } from '../src/core/page-style.js';
import ar from '../templates/i18n/ar.json' with { type: 'json' };
import en from '../templates/i18n/en.json' with { type: 'json' };
import { dataFolder, ROOT, row, runCli, toCsv, type CliRun } from './helpers.js';
import { arabicIndic, compact, outlineOf, pdfBodyText, pdfInfo, pdfText } from './pdf.js';

type Run = CliRun;
const run = (args: string[], env: NodeJS.ProcessEnv = {}) => runCli(args, { env });

const tempDir = () => mkdtempSync(join(tmpdir(), 'oic-cli-'));

// The figures the PDFs must print, recomputed here from the CSV with nothing of oic-report's code.
const rows = parse(readFileSync(join(ROOT, 'data', '2024', 'incidents.csv')), { columns: true }) as { polarity: string; country: string }[];
const negative = rows.filter((r) => r.polarity === 'negative').length;
const positive = rows.filter((r) => r.polarity === 'positive').length;
// Rows write alpha-2 or alpha-3 codes: the package's table tells which alpha-3 is which alpha-2.
const countries = new Set(rows.map((r) => (r.country.length === 3 ? isoCountries.alpha3ToAlpha2(r.country.toUpperCase()) : r.country.toUpperCase()))).size;

describe('oic-report build 2024 on the shipped data', () => {
  const out = tempDir();
  let result: Run;

  beforeAll(async () => {
    result = await run(['build', '2024', '--out', out]);
  });

  it('exits 0 and says what it wrote, with pages and size', () => {
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/wrote .*oic-islamophobia-report-2024-ar\.pdf {2}\(ar, \d+ pages, [\d.]+ [KM]B\)/);
    expect(result.stdout).toMatch(/wrote .*oic-islamophobia-report-2024-en\.pdf {2}\(en, \d+ pages, [\d.]+ [KM]B\)/);
    // The edition's languages: French is one line of edition.json.
    expect(result.stdout).toMatch(/wrote .*oic-islamophobia-report-2024-fr\.pdf {2}\(fr, \d+ pages, [\d.]+ [KM]B\)/);
    expect(result.stdout).toContain(`${rows.length} rows read, ${rows.length} in the report`);
  });

  it('prints the English title and the totals recomputed from the CSV', () => {
    const text = pdfText(join(out, 'oic-islamophobia-report-2024-en.pdf'));
    expect(text).toContain('Seventeenth OIC Observatory Report on Islamophobia');
    expect(text).toContain(
      `recorded ${negative.toLocaleString('en')} manifestations of Islamophobia and ${positive.toLocaleString('en')} positive developments`,
    );
    expect(text).toContain('ILLUSTRATIVE DATA');
  });

  it('prints the Arabic title and the same totals in Arabic-Indic digits', () => {
    const text = pdfText(join(out, 'oic-islamophobia-report-2024-ar.pdf'));
    expect(text).toContain('التقرير السابع عشر لمرصد منظمة التعاون الإسلامي بشأن الإسلاموفوبيا');
    // The noun after the number takes the form of the count's CLDR category: 11–99 (mod 100) the accusative singular.
    const forms: Record<string, [string, string]> = {
      many: [`رُصد ${arabicIndic(negative)} مظهرًا من مظاهر الإسلاموفوبيا`, `و${arabicIndic(positive)} تطورًا إيجابيًّا`],
      few: [`رُصدت ${arabicIndic(negative)} مظاهر للإسلاموفوبيا`, `و${arabicIndic(positive)} تطورات إيجابية`],
      other: [`رُصد ${arabicIndic(negative)} مظهرٍ من مظاهر الإسلاموفوبيا`, `و${arabicIndic(positive)} تطورٍ إيجابي`],
    };
    const rules = new Intl.PluralRules('ar');
    // Short vowels included (the text layer keeps tanween and damma on their letters); spaces set aside, as poppler
    // may add one after و before a number on a justified line.
    expect(compact(text)).toContain(compact(forms[rules.select(negative)]![0]));
    expect(compact(text)).toContain(compact(forms[rules.select(positive)]![1]));
    expect(text).toContain('بيانات توضيحية');
  });

  it('prints Annex III of the Arabic edition in Arabic: no Latin letter in its rows, places and sources included', async () => {
    const path = join(out, 'oic-islamophobia-report-2024-ar.pdf');
    const chapters = outlineOf(await PDFDocument.load(readFileSync(path), { updateMetadata: false })).filter((m) => m.depth === 0);
    const at = chapters.findIndex((m) => m.title === ar.annex.heading);
    expect(at, 'bookmark of Annex III').toBeGreaterThanOrEqual(0);
    const first = chapters[at]!.page;
    const last = (chapters[at + 1]?.page ?? Number(pdfInfo(path).Pages) + 1) - 1;
    // The running header (the document symbol) is Latin; the page body is the annex itself.
    const text = pdfBodyText(path, { first, last }, MARGIN_MM);
    // Sample data: every source name is the catalog's Arabic phrase, so nothing Latin is left, not even in names.
    expect([...new Set(text.match(/\S*\p{Script=Latin}\S*/gu) ?? [])]).toEqual([]);
    // Every manifestation's row is there, its source the catalog's phrase (a line may wrap between its words).
    for (const word of ar.annex.sampleSource.split(/[\s،]+/)) expect(text.split(word).length - 1, word).toBeGreaterThanOrEqual(negative);
  });

  it('embeds every font, tags the PDF and names its language', async () => {
    for (const lang of ['ar', 'en', 'fr']) {
      const path = join(out, `oic-islamophobia-report-2024-${lang}.pdf`);
      expect(pdfInfo(path).Tagged).toBe('yes');
      const pdf = await PDFDocument.load(readFileSync(path), { updateMetadata: false });
      expect(pdf.catalog.get(PDFName.of('Lang'))?.toString()).toBe(`(${lang})`);
    }
  });
});

describe('oic-report build 2024 --lang fr', () => {
  const out = tempDir();
  let result: Run;
  const pdf = join(out, 'oic-islamophobia-report-2024-fr.pdf');
  // French digits by hand: groups of three, which pdftotext gives with an ordinary space.
  const fr = (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ' ');

  beforeAll(async () => {
    result = await run(['build', '2024', '--lang', 'fr', '--format', 'pdf,html', '--out', out]);
  });

  it('exits 0 and writes the French edition only', () => {
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/wrote .*oic-islamophobia-report-2024-fr\.pdf {2}\(fr, \d+ pages, [\d.]+ [KM]B\)/);
    expect(readdirSync(out).filter((f) => f.endsWith('.pdf'))).toEqual(['oic-islamophobia-report-2024-fr.pdf']);
  });

  it('prints the French cover and the totals recomputed from the CSV, in French', () => {
    const text = pdfText(pdf);
    expect(text).toContain('Organisation de la coopération islamique');
    expect(text).toContain('Dix-septième rapport de l’Observatoire de l’OCI sur l’islamophobie');
    expect(text).toContain('Du 1er janvier 2024 au 31 décembre 2024');
    expect(text).toContain('Présenté à la 51e session du Conseil des ministres des Affaires étrangères');
    expect(text).toContain('Istanbul, 21–22 juin 2025');
    expect(text).toContain('25–26 dhou al-hijja 1446 H');
    expect(text).toContain(
      `l’Observatoire a recensé ${fr(negative)} manifestations d’islamophobie et ${fr(positive)} évolutions positives, dans ${countries} pays.`,
    );
    expect(text).toContain('DONNÉES ILLUSTRATIVES');
    // The editors' French narrative, in its chapter.
    expect(text).toContain('Avant-propos du Secrétaire général');
    expect(text).toContain('Texte illustratif');
  });

  it('prints no English sentence of the catalog', () => {
    const text = pdfText(pdf);
    const english = englishFragments();
    expect(english.length).toBeGreaterThan(80);
    expect(english.filter((sentence) => text.includes(sentence))).toEqual([]);
  });

  it('sets its text in French typography: narrow no-break spaces before : and %, inside guillemets', () => {
    // The very HTML the PDF was printed from: pdftotext reads U+202F as an ordinary space. Its body, not its style.
    const page = readFileSync(join(out, 'html', 'oic-islamophobia-report-2024-fr.html'), 'utf8');
    const html = page.slice(page.indexOf('<body'));
    expect(html).toContain('Annexe III\u202F: Manifestations de l’islamophobie par catégorie');
    expect(html).toMatch(/\d\u202F%/);
    expect(html).toMatch(/«\u202F[^<»]+\u202F»/);
    expect(html).not.toMatch(/\d %|« | »| :/);
  });
});

/** The English catalog's literal text of two words or more, split at its arguments and its punctuation. */
function englishFragments(): string[] {
  const literals = (elements: MessageFormatElement[]): string[] =>
    elements.flatMap((e) =>
      e.type === TYPE.literal ? [e.value] : e.type === TYPE.plural || e.type === TYPE.select ? Object.values(e.options).flatMap((o) => literals(o.value)) : [],
    );
  const pieces = catalogMessages(en).flatMap((m) => literals(parseMessage(m.text, { ignoreTag: true })));
  const fragments = pieces.flatMap((p) => p.split(/[.:;()“”]/)).map((f) => f.trim().replace(/\s+/g, ' '));
  return [...new Set(fragments.filter((f) => f.includes(' ') && f.length >= 12))];
}

describe('oic-report exit codes', () => {
  it('2 and one reason for an unknown edition, naming those available', async () => {
    const r = await run(['build', '2031']);
    expect(r.code).toBe(2);
    expect(r.stderr.split('\n')[0]).toBe('oic-report: there is no 2031 edition in data (no data/2031/edition.json)');
    expect(r.stderr).toContain('Editions available: 2023, 2024.');
  });

  it('2 for a year that is not a year', async () => {
    const r = await run(['build', 'twenty']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('"twenty" is not an edition year');
  });

  it('2 for a language oic-report does not publish in, naming those it does', async () => {
    // Every OIC language has its catalog (a templates overlay falls back to the shipped ones, file by file).
    const r = await run(['build', '2024', '--lang', 'de']);
    expect(r.code).toBe(2);
    expect(r.stderr.split('\n')[0]).toBe('oic-report: unknown language "de"');
    expect(r.stderr).toContain('Use ar, en, fr');
  });

  it('2 for a missing data folder', async () => {
    const r = await run(['build', '2024', '--data', '/nonexistent/data']);
    expect(r.code).toBe(2);
    expect(r.stderr.split('\n')[0]).toBe('oic-report: the data folder /nonexistent/data does not exist');
  });

  it('2 for an unknown option, with commander\'s suggestion', async () => {
    const r = await run(['build', '2024', '--langs', 'ar']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("unknown option '--langs'");
  });

  it('3 for a missing browser, naming the install command, without a stack trace', async () => {
    const out = tempDir();
    const r = await run(['build', '2024', '--out', out], { OIC_REPORT_CHROME: '/nonexistent/chromium' });
    expect(r.code).toBe(3);
    expect(r.stderr.split('\n')[0]).toBe('oic-report: no browser at /nonexistent/chromium (given by OIC_REPORT_CHROME)');
    expect(r.stderr).toContain('apt-get install -y --no-install-recommends chromium');
    expect(r.stderr).not.toMatch(/^\s+at /m);
    expect(readdirSync(out)).toEqual([]);
  });

  it('1 for data with errors, listing file, line and field, and writing no PDF', async () => {
    const data = dataFolder(
      toCsv([row({ id: 'A' }), row({ id: 'B', country: 'Frnace' }), row({ id: 'C', date: '2024-13-01' })]),
    );
    const out = tempDir();
    const r = await run(['build', '2024', '--data', data, '--out', out]);
    expect(r.code).toBe(1);
    const file = join(data, '2024', 'incidents.csv');
    expect(r.stderr).toContain(`oic-report: ${file} has 2 errors (2 rows rejected); no PDF was written`);
    expect(r.stderr).toContain(`${file}:3: country "Frnace" is not an ISO 3166-1`);
    expect(r.stderr).toContain(`${file}:4: date "2024-13-01"`);
    expect(existsSync(out) ? readdirSync(out) : []).toEqual([]);
  });

  it('0 for --help, which lists the exit codes and an example', async () => {
    const r = await run(['--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Exit codes:');
    expect(r.stdout).toContain('$ oic-report build 2024');
    const build = await run(['build', '--help']);
    expect(build.code).toBe(0);
    expect(build.stdout).toContain('--chrome <path>');
  });
});
