// The printed report checked from the PDF files themselves, as a printer or an archivist would.
import { execFile, execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PDFDict, PDFDocument, PDFName } from 'pdf-lib';
import { beforeAll, describe, expect, it } from 'vitest';
import ar from '../templates/i18n/ar.json' with { type: 'json' };
import en from '../templates/i18n/en.json' with { type: 'json' };
import fr from '../templates/i18n/fr.json' with { type: 'json' };
import { BIN, generatedEdition } from './helpers.js';
import { latinDigits, letters, outlineOf, pdfInfo, pdfText, type Bookmark } from './pdf.js';

const EPOCH = '1750464000'; // 21 June 2025
/** The edition's languages (data/2024/edition.json), each with its catalog. */
const CATALOGS = { ar, en, fr };
const LANGS = ['ar', 'en', 'fr'] as const;

function build(data: string, out: string, ...args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    execFile(
      'node',
      [BIN, 'build', '2024', '--data', data, '--out', out, ...args],
      { env: { ...process.env, SOURCE_DATE_EPOCH: EPOCH } },
      (error, _stdout, stderr) => (error ? reject(new Error(stderr)) : resolve()),
    );
  });
}

async function bookmarks(path: string): Promise<Bookmark[]> {
  return outlineOf(await PDFDocument.load(readFileSync(path), { updateMetadata: false }));
}

describe('the printed report', () => {
  const data = generatedEdition();
  const [first, second, draft] = [0, 1, 2].map(() => mkdtempSync(join(tmpdir(), 'oic-print-out-')));
  const file = (dir: string, lang: string) => join(dir!, `oic-islamophobia-report-2024-${lang}.pdf`);

  beforeAll(async () => {
    await build(data, first!);
    await Promise.all([build(data, second!), build(data, draft!, '--lang', 'en', '--draft', '--paper', 'Letter', '--bleed', '3mm')]);
  });

  for (const lang of LANGS) {
    it(`${lang}: every bookmark is a heading found on the page it points to, and the contents give that page`, async () => {
      const marks = await bookmarks(file(first!, lang));
      expect(marks.length).toBeGreaterThan(15);
      const tocPage = marks.find((m) => letters(m.title) === letters(CATALOGS[lang].toc.heading))!.page;
      const tocLines = execFileSync('pdftotext', ['-layout', '-f', String(tocPage), '-l', String(tocPage), file(first!, lang), '-'], {
        encoding: 'utf8',
      })
        .replace(/[\u202a-\u202e\u2066-\u2069]/g, '')
        .split('\n');
      for (const mark of marks) {
        expect(letters(pdfText(file(first!, lang), { first: mark.page, last: mark.page }))).toContain(letters(mark.title));
        // The contents list chapters and sections; the incident annex's categories are bookmarks only.
        if (mark.page === tocPage || letters(mark.parent ?? '') === letters(CATALOGS[lang].annex.heading)) continue;
        const line = tocLines.find((l) => letters(l) === letters(mark.title));
        expect(line, `contents line for "${mark.title}"`).toBeDefined();
        const digits = latinDigits(line!).replace(/\D/g, '');
        expect(digits.startsWith(String(mark.page)) || digits.endsWith(String(mark.page)), `${mark.title}: ${line}`).toBe(true);
      }
    });
  }

  it('bookmarks carry the headings exactly, Arabic digits and all', async () => {
    const titles = (await bookmarks(file(first!, 'ar'))).map((m) => m.title);
    expect(titles).toContain('١- الاتجاهات والأحداث الكبرى ذات التأثير الكبير');
    expect(titles).toContain('٢-١ حالة الإسلاموفوبيا حسب المنطقة');
    // A Latin full stop between or after Arabic-Indic digits reads as the Arabic zero in Amiri ("٢.١" as ٢٠١).
    expect(titles.filter((t) => /[٠-٩]\./.test(t))).toEqual([]);
    const english = (await bookmarks(file(first!, 'en'))).map((m) => m.title);
    expect(english).toContain('2. Manifestations of Islamophobia');
    expect(english).toContain('Annex III: Manifestations of Islamophobia by category');
  });

  it('is tagged, says its language and metadata, and the Arabic edition binds on the right', async () => {
    const titles = {
      ar: 'التقرير السابع عشر لمرصد منظمة التعاون الإسلامي بشأن الإسلاموفوبيا',
      en: 'Seventeenth OIC Observatory Report on Islamophobia',
      fr: 'Dix-septième rapport de l’Observatoire de l’OCI sur l’islamophobie',
    };
    for (const lang of LANGS) {
      const info = pdfInfo(file(first!, lang));
      expect(info.Tagged).toBe('yes');
      expect(info.Creator).toBe('oic-report');
      expect(info.Author).toBe(CATALOGS[lang].cover.organisation);
      expect(info.Title).toBe(titles[lang]);
      expect(info.Keywords).toContain('Islamophobia');
      const pdf = await PDFDocument.load(readFileSync(file(first!, lang)), { updateMetadata: false });
      expect(pdf.catalog.get(PDFName.of('Lang'))?.toString()).toBe(`(${lang})`);
      const direction = pdf.catalog.lookupMaybe(PDFName.of('ViewerPreferences'), PDFDict)?.get(PDFName.of('Direction'));
      expect(direction?.toString()).toBe(lang === 'ar' ? '/R2L' : undefined);
    }
  });

  it('numbers the Arabic pages in Arabic-Indic digits and the English ones in Latin digits', () => {
    const footer = (lang: string, page: number) =>
      execFileSync('pdftotext', ['-layout', '-f', String(page), '-l', String(page), file(first!, lang), '-'], { encoding: 'utf8' })
        .trim()
        .split('\n')
        .slice(-3)
        .join('\n');
    // Page 5, not 4: page 4 is the blank page that opens the first chapter on a right-hand page (rectoChapters).
    expect(footer('ar', 5)).toContain('٥');
    expect(footer('ar', 5)).not.toMatch(/\b5\b/);
    expect(footer('en', 5)).toMatch(/\b5\b/);
  });

  it('embeds every font, as subsets, and holds no raster image', () => {
    for (const lang of LANGS) {
      const fonts = execFileSync('pdffonts', [file(first!, lang)], { encoding: 'utf8' }).trim().split('\n').slice(2);
      expect(fonts.length).toBeGreaterThan(0);
      for (const font of fonts) expect(font).toMatch(/^[A-Z]{6}\+\S+\s+CID TrueType\s+Identity-H\s+yes yes yes/);
      const images = execFileSync('pdfimages', ['-list', file(first!, lang)], { encoding: 'utf8' }).trim().split('\n');
      expect(images.length).toBe(2); // the two header lines, no image
    }
  });

  it('is byte-identical when built again with SOURCE_DATE_EPOCH', () => {
    for (const lang of LANGS) {
      expect(readFileSync(file(second!, lang)).equals(readFileSync(file(first!, lang)))).toBe(true);
    }
    expect(pdfInfo(file(first!, 'en')).CreationDate).toContain('2025');
  });

  it('--draft --paper Letter --bleed 3mm: watermark and draft line, Letter trim with bleed and crop-mark room', () => {
    const text = pdfText(file(draft!, 'en'), { first: 3, last: 3 });
    expect(text).toContain('DRAFT · built 21 Jun 2025, 00:00 UTC · data');
    const boxes = execFileSync('pdfinfo', ['-box', '-f', '1', '-l', '1', file(draft!, 'en')], { encoding: 'utf8' });
    const box = (name: string) => boxes.match(new RegExp(`${name}:\\s+([\\d.]+)\\s+([\\d.]+)\\s+([\\d.]+)\\s+([\\d.]+)`))!.slice(1).map(Number);
    const [x0, y0, x1, y1] = box('TrimBox');
    expect(x1! - x0!).toBeCloseTo(612, 0); // 8.5 in
    expect(y1! - y0!).toBeCloseTo(792, 0); // 11 in
    const [bx0] = box('BleedBox');
    expect(x0! - bx0!).toBeCloseTo((3 * 72) / 25.4, 1);
  });

  it('--draft prints untagged, quicker, with a bookmark for each entry of the contents, on its page', async () => {
    expect(pdfInfo(file(draft!, 'en')).Tagged).toBe('no');
    const marks = await bookmarks(file(draft!, 'en'));
    const final = await bookmarks(file(first!, 'en'));
    // The entries of the contents: the final print's bookmarks less the contents' own heading and the incident
    // annex's categories.
    const contents = final.filter((m) => m.title !== 'Contents' && !/Annex III/.test(m.parent ?? ''));
    expect(marks.map((m) => [m.title, m.depth, m.parent])).toEqual(contents.map((m) => [m.title, m.depth, m.parent]));
    for (const mark of marks) {
      expect(letters(pdfText(file(draft!, 'en'), { first: mark.page, last: mark.page }))).toContain(letters(mark.title));
    }
  });
});
