// Pagination and type checked from the printed PDFs, as a typesetter would look at the pages: chapters open on
// right-hand pages, no heading or caption is left as the last line of a page, Annex III repeats its column heads
// and says "(continued)" where a category runs on to another page, as every data table does where it runs on (ar, en,
// fr), English italics are a real italic font and Arabic emphasis is never slanted.
import { execFile, execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { beforeAll, describe, expect, it } from 'vitest';
import ar from '../templates/i18n/ar.json' with { type: 'json' };
import en from '../templates/i18n/en.json' with { type: 'json' };
import fr from '../templates/i18n/fr.json' with { type: 'json' };
import { BIN, generatedEdition } from './helpers.js';
import { letters, outlineOf, pdfjsPages, pdfText, type MarkedRun } from './pdf.js';

const CATALOGS = { ar, en, fr };
const LANGS = ['ar', 'en'] as const;
const reversed = (text: string) => [...text].reverse().join('');
/**
 * The letters of a line from pdftotext's boxes or pdftohtml, in reading order: both give Arabic in visual order
 * (the letters of a right-to-left line reversed), Latin as it reads.
 */
const lineLetters = (text: string) => (/\p{Script=Arabic}/u.test(text) ? reversed(letters(text)) : letters(text));

/** A build, its progress lines. */
function build(data: string, out: string, langs = 'ar,en'): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile('node', [BIN, 'build', '2024', '--data', data, '--out', out, '--lang', langs, '--format', 'pdf,html', '--progress'], (error, _o, stderr) =>
      error ? reject(new Error(stderr)) : resolve(stderr),
    );
  });
}

/** Each page's lines of body text (not the running header and footer), top to bottom, from pdftotext's boxes. */
function bodyLines(pdf: string): string[][] {
  const xml = execFileSync('pdftotext', ['-bbox-layout', pdf, '-'], { encoding: 'utf8', maxBuffer: 256 << 20 });
  return xml.split('<page ').slice(1).map((page) => {
    const height = Number(/height="([\d.]+)"/.exec(page)![1]);
    const lines = [...page.matchAll(/<line xMin="[\d.]+" yMin="([\d.]+)"[^>]*>([\s\S]*?)<\/line>/g)]
      .map(([, y, body]) => ({ y: Number(y), text: [...body!.matchAll(/<word[^>]*>([^<]*)<\/word>/g)].map((w) => w[1]).join(' ') }))
      // Below the running header (in the 24 mm top margin), above the footer (in the 22 mm bottom margin).
      .filter((l) => l.y > 50 && l.y < height - 56);
    return lines.sort((a, b) => a.y - b.y).map((l) => l.text);
  });
}

/** The text of the headings and captions of the HTML the PDF was printed from. */
function headingsAndCaptions(html: string): string[] {
  const found = [...html.matchAll(/<(h[1-3]|figcaption|p class="(?:table-caption|chart-caption|incident-count)")[^>]*>([\s\S]*?)<\/(?:h[1-3]|figcaption|p)>/g)];
  return found.map((m) => letters(m[2]!.replace(/<[^>]*>/g, ''))).filter((t) => t.length > 0);
}

/** Letters and digits only, the order pdftotext keeps within a cell. */
const plain = (text: string) => text.replace(/[^\p{L}\p{N}]/gu, '');

interface DataTable {
  title: string;
  /** Its title on the pages it runs on to: "Data for Figure 5 (continued)". */
  continued: string;
  head: string[];
  /** Each row's cells, letters and digits only. */
  rows: string[][];
}

/** The data tables of the HTML: title, "(continued)" title, column heads and rows. */
function dataTables(html: string): DataTable[] {
  const found = html.matchAll(
    /<p class="table-caption">([\s\S]*?)<\/p>\s*<div class="table-clip"><table[^>]*>\s*<thead[^>]*>\s*<tr class="continued-title"><td[^>]*><div>([^<]*)<\/div>[\s\S]*?<tbody class="table-heads"><tr>([\s\S]*?)<\/tr><\/tbody>\s*<tbody>([\s\S]*?)<\/tbody>/g,
  );
  return [...found].map(([, title, continued, head, body]) => ({
    title: title!.replace(/<[^>]*>/g, ''),
    continued: continued!,
    head: [...head!.matchAll(/<th[^>]*>([^<]*)<\/th>/g)].map((h) => h[1]!),
    rows: [...body!.matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map(([, row]) => [...row!.matchAll(/<td[^>]*>([^<]*)<\/td>/g)].map((c) => plain(c[1]!))),
  }));
}

/** The outermost tags of the runs that pdf.js reads as `text` (letters and digits), the first place it is on the page. */
function markedAs(runs: readonly MarkedRun[], text: string): string[] {
  const plains = runs.map((r) => plain(r.text));
  const at = plains.join('').indexOf(text);
  if (at < 0) return [];
  let offset = 0;
  const tags = new Set<string>();
  plains.forEach((p, i) => {
    if (p && offset < at + text.length && offset + p.length > at) tags.add(runs[i]!.tags[0] ?? 'none');
    offset += p.length;
  });
  return [...tags];
}

/** Each page's lines as `pdftotext -layout` sets them: a table row on one line (two, where a cell wraps). */
function layoutLines(pdf: string): string[][] {
  return execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8', maxBuffer: 256 << 20 })
    .replace(/[\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '')
    .split('\f')
    .map((page) => page.split('\n'));
}

describe('pagination and type', () => {
  const data = generatedEdition(400);
  const [out, runOn] = [0, 1].map(() => mkdtempSync(join(tmpdir(), 'oic-pagination-')));
  const pdf = (dir: string, lang: string) => join(dir, `oic-islamophobia-report-2024-${lang}.pdf`);
  let progress = '';

  beforeAll(async () => {
    // The same edition with rectoChapters off, to compare.
    const off = generatedEdition(400);
    const edition = join(off, '2024', 'edition.json');
    writeFileSync(edition, JSON.stringify({ ...JSON.parse(readFileSync(edition, 'utf8')), rectoChapters: false }));
    [progress] = await Promise.all([build(data, out!, 'ar,en,fr'), build(off, runOn!)]);
  });

  it('lays each language out in one print, which the final print confirms: tables that run on need none', () => {
    for (const lang of ['ar', 'en', 'fr']) {
      expect(progress.match(new RegExp(`Laying out the ${lang} edition[^\\n]*`, 'g'))).toEqual([`Laying out the ${lang} edition to number its contents…`]);
      expect(progress.match(new RegExp(`Printing the ${lang} edition`, 'g'))).toHaveLength(1);
    }
  });

  for (const lang of LANGS) {
    it(`${lang}: the contents and every chapter open on an odd (right-hand) page; with rectoChapters off, not all`, async () => {
      const chapters = async (dir: string) =>
        (await outlineOf(await PDFDocument.load(readFileSync(pdf(dir, lang)), { updateMetadata: false }))).filter((m) => !m.parent);
      const opened = await chapters(out!);
      expect(opened.length).toBeGreaterThan(10);
      expect(opened.filter((m) => m.page % 2 === 0).map((m) => `${m.title}: ${m.page}`)).toEqual([]);
      // The blank page after the cover carries no header and no page number.
      expect(letters(bodyLines(pdf(out!, lang))[1]!.join(''))).toBe('');
      const runningOn = await chapters(runOn!);
      expect(runningOn.some((m) => m.page % 2 === 0)).toBe(true);
      expect(runningOn.length).toBe(opened.length);
    });

    it(`${lang}: no heading or caption is the last line of a page`, () => {
      const html = readFileSync(join(out!, 'html', `oic-islamophobia-report-2024-${lang}.html`), 'utf8');
      const captions = new Set(headingsAndCaptions(html));
      expect(captions.size).toBeGreaterThan(30);
      const stranded = bodyLines(pdf(out!, lang))
        .map((lines, i) => ({ page: i + 1, last: lines.at(-1) ?? '' }))
        .filter(({ last }) => captions.has(lineLetters(last)));
      expect(stranded).toEqual([]);
    });

    it(`${lang}: Annex III repeats its column heads at the top of every page`, async () => {
      const marks = await outlineOf(await PDFDocument.load(readFileSync(pdf(out!, lang)), { updateMetadata: false }));
      const annex = marks.find((m) => letters(m.title) === letters(CATALOGS[lang].annex.heading))!;
      const pages = bodyLines(pdf(out!, lang)).slice(annex.page - 1);
      expect(pages.length).toBeGreaterThan(3);
      const heads = letters(CATALOGS[lang].annex.incident);
      for (const [i, lines] of pages.entries()) {
        // The heads come first, or after a category's heading and count (and on the first page the annex's heading and lead).
        expect(lines.slice(0, i === 0 ? 10 : 6).some((l) => lineLetters(l).includes(heads)), `page ${annex.page + i}`).toBe(true);
      }
    });
  }

  for (const lang of LANGS) {
    it(`${lang}: every page an Annex III category runs on to opens with its heading "(continued)", and no other page`, async () => {
      const html = readFileSync(join(out!, 'html', `oic-islamophobia-report-2024-${lang}.html`), 'utf8');
      const groups = [...html.matchAll(/<h2 class="incident-heading"[^>]*>([^<]*)<\/h2>[\s\S]*?class="incident-continued"><span>([^<]*)</g)].map(
        ([, heading, continued]) => ({ heading: letters(heading!), continued: letters(continued!) }),
      );
      expect(groups.length).toBeGreaterThan(3);
      expect(groups.every((g) => g.continued.length > g.heading.length && g.continued.startsWith(g.heading))).toBe(true);
      const marks = await outlineOf(await PDFDocument.load(readFileSync(pdf(out!, lang)), { updateMetadata: false }));
      const annex = marks.find((m) => letters(m.title) === letters(CATALOGS[lang].annex.heading))!;
      // The word the catalog adds to a title: "continued", "تابع".
      const wording = letters(CATALOGS[lang].charts.continued.replace('{title}', ''));
      let running: (typeof groups)[number] | undefined;
      let continued = 0;
      for (const [i, lines] of bodyLines(pdf(out!, lang)).slice(annex.page - 1).entries()) {
        const texts = lines.map(lineLetters).filter(Boolean);
        const page = `page ${annex.page + i}`;
        // A page that does not open with a category's heading continues the category the page before ended in.
        const continues = i > 0 && running !== undefined && texts.length > 0 && !groups.some((g) => g.heading === texts[0]);
        if (continues) {
          expect(texts[0], page).toBe(running!.continued);
          continued++;
        }
        // The wording is on that page once, and on no other: not where a category starts.
        const said = lines.flatMap((l) => l.split(' ')).filter((word) => lineLetters(word) === wording);
        expect(said.length, page).toBe(continues ? 1 : 0);
        running = groups.filter((g) => texts.includes(g.heading)).at(-1) ?? running;
      }
      expect(continued).toBeGreaterThan(2);
    });
  }

  for (const lang of ['ar', 'en', 'fr'] as const) {
    it(`${lang}: every page a data table runs on to opens with its title "(continued)" and its column heads, and no other page`, async () => {
      const tables = dataTables(readFileSync(join(out!, 'html', `oic-islamophobia-report-2024-${lang}.html`), 'utf8'));
      expect(tables.length).toBeGreaterThanOrEqual(10);
      const lines = layoutLines(pdf(out!, lang));
      // A page's cells, each line cut where columns are apart, and its letters as one run, for labels that wrapped.
      const cellsOf = (line: string) => line.trim().split(/\s{2,}/).map(plain);
      const cells = lines.map((page) => new Set(page.flatMap(cellsOf)));
      const runs = lines.map((page) => letters(page.join('')));
      const onPage = (row: string[], i: number) => row.every((cell) => cells[i]!.has(cell) || (/\p{L}/u.test(cell) && runs[i]!.includes(letters(cell))));
      const marked = await pdfjsPages(pdf(out!, lang));
      let from = 0;
      let continuations = 0;
      // The line (or two, where it wraps) that is the table's title.
      const titled = (title: string, i: number) => lines[i]!.some((l, j) => [l, l + (lines[i]![j + 1] ?? '')].some((t) => plain(t) === plain(title)));
      for (const table of tables) {
        // The page of its title, then each row on the first page from there that holds it (tables may share rows).
        from = lines.findIndex((_, i) => i >= from && titled(table.title, i));
        expect(from, table.title).toBeGreaterThanOrEqual(0);
        const pages = table.rows.map((row) => {
          const page = lines.findIndex((_, i) => i >= from && onPage(row, i));
          expect(page, `${table.title}: ${row.join(' ')}`).toBeGreaterThanOrEqual(0);
          return (from = page);
        });
        const [first, last] = [pages[0]!, pages.at(-1)!];
        const said = (i: number) => lines[i]!.findIndex((l) => plain(l) === plain(table.continued));
        expect(said(first), `${table.title}: "(continued)" on its first page`).toBe(-1);
        for (let i = first + 1; i <= last; i++) {
          // Below the running header: the title, then the heads, then the rows.
          const title = said(i);
          expect(title, `${table.continued}: page ${i + 1}`).toBeGreaterThanOrEqual(0);
          expect(title).toBeLessThan(8);
          const heads = lines[i]!.findIndex((l, j) => j > title && table.head.every((h) => cellsOf(l).includes(plain(h))));
          expect(heads, `${table.continued}: its heads on page ${i + 1}`).toBeGreaterThan(title);
          expect(lines[i]!.slice(title + 1, heads).every((l) => l.trim() === '')).toBe(true);
          // Marks of the pagination: artifacts, not tagged (the header cells are tagged once, on the first page).
          expect(markedAs(marked[i]!.runs, plain(table.continued)), `${table.continued}: page ${i + 1}`).toEqual(['Artifact']);
          const artifacts = plain(marked[i]!.runs.filter((r) => r.tags[0] === 'Artifact').map((r) => r.text).join(' '));
          for (const head of table.head) expect(artifacts, `${head}: page ${i + 1}`).toContain(plain(head));
          continuations++;
        }
      }
      expect(continuations).toBeGreaterThan(0);
      // The title "(continued)" is on no other page: on a table's first page it lies in clipped padding.
      const wording = plain(CATALOGS[lang].charts.continued.replace('{title}', ''));
      expect(tables.every((t) => plain(t.continued).endsWith(wording))).toBe(true);
      expect(lines.flat().filter((l) => tables.some((t) => plain(l) === plain(t.continued))).length).toBe(continuations);
    });
  }

  it('English italics are Noto Serif Italic, embedded; the Arabic edition has no italic font', () => {
    const fonts = (lang: string) => execFileSync('pdffonts', [pdf(out!, lang)], { encoding: 'utf8' });
    expect(fonts('en')).toMatch(/\+NotoSerif-Italic\s+CID TrueType\s+Identity-H\s+yes yes yes/);
    expect(fonts('ar')).not.toMatch(/Italic|Oblique/i);
  });

  it('Arabic emphasis is set in Amiri Bold, upright; English emphasis in the italic', () => {
    // pdftohtml tells the font of each run of glyphs by its subset prefix ("BAAAAA+Amiri"), which pdffonts names in
    // full ("BAAAAA+Amiri-Bold"). It reads no /ActualText, and the Arabic glyphs' own fonts map to U+2060 (the text
    // pdf.js reads is carried apart, see core/text-layer): the Arabic runs are found where pdftotext, which reads
    // the /ActualText, puts the phrase on the page.
    const runs = (lang: string, page: number) => {
      const file = pdf(out!, lang);
      const names = new Map([...execFileSync('pdffonts', [file], { encoding: 'utf8' }).matchAll(/^([A-Z]{6})\+(\S+)/gm)].map((m) => [m[1], m[2]]));
      const xml = execFileSync('pdftohtml', ['-xml', '-i', '-stdout', '-q', '-zoom', '1', '-f', `${page}`, '-l', `${page}`, file], { encoding: 'utf8' });
      const fonts = new Map([...xml.matchAll(/<fontspec id="(\d+)"[^>]*family="([A-Z]{6})\+/g)].map((m) => [m[1], names.get(m[2]!) ?? '']));
      return [...xml.matchAll(/<text top="(\d+)" left="(\d+)" width="(\d+)" height="(\d+)" font="(\d+)"[^>]*>([\s\S]*?)<\/text>/g)].map((m) => ({
        top: Number(m[1]), left: Number(m[2]), width: Number(m[3]), height: Number(m[4]), font: fonts.get(m[5]!) ?? '', text: m[6]!,
      }));
    };
    /** The boxes pdftotext gives the text holding `phrase` on the first of pages 1–12 that has it. */
    const placed = (lang: string, phrase: string) => {
      for (let page = 1; page <= 12; page++) {
        const xml = execFileSync('pdftotext', ['-bbox', '-f', `${page}`, '-l', `${page}`, pdf(out!, lang), '-'], { encoding: 'utf8' });
        const boxes = [...xml.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)]
          .filter((m) => lineLetters(m[5]!).includes(letters(phrase)) || letters(m[5]!).includes(letters(phrase)))
          .map((m) => ({ x0: Number(m[1]), y0: Number(m[2]), x1: Number(m[3]), y1: Number(m[4]) }));
        if (boxes.length > 0) return { page, boxes };
      }
      return { page: 0, boxes: [] };
    };
    const { page, boxes } = placed('ar', 'نص توضيحي');
    expect(boxes.length).toBeGreaterThan(0);
    const inside = runs('ar', page).filter((r) =>
      boxes.some((b) => r.top + r.height / 2 > b.y0 && r.top + r.height / 2 < b.y1 && r.left >= b.x0 - 1 && r.left + r.width <= b.x1 + 1),
    );
    expect(inside.length).toBeGreaterThan(0);
    for (const run of inside) expect(run.font).toMatch(/Amiri-Bold/);
    const english = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].flatMap((p) => runs('en', p)).filter((r) => r.text.includes('Illustrative text'));
    expect(english.length).toBeGreaterThan(0);
    for (const run of english) expect(run.font).toMatch(/NotoSerif-Italic/);
    expect(pdfText(pdf(out!, 'en'))).toContain('Illustrative text');
  });
});
