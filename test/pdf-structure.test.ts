// The final PDFs checked as an accessibility checker and an archivist would: the structure tree read with pdf-lib
// on both built editions (ar, en), the content streams, the XMP metadata, the attached files (pdfdetach) and the
// page boxes (pdfinfo).
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  PDFArray,
  PDFContentStream,
  PDFDict,
  PDFDocument,
  PDFHexString,
  PDFName,
  PDFRawStream,
  PDFRef,
  PDFStream,
  PDFString,
  decodePDFRawStream,
  type PDFObject,
} from 'pdf-lib';
import { beforeAll, describe, expect, it } from 'vitest';
import { operators } from '../src/core/pdf-structure/content-stream.js';
import { appendRows, generatedEdition, row, runCli } from './helpers.js';
import ar from '../templates/i18n/ar.json' with { type: 'json' };
import en from '../templates/i18n/en.json' with { type: 'json' };
import { nodeText, pdfInfo, pdfjsPages, type PdfjsStructNode } from './pdf.js';

const EPOCH = '1750464000'; // 21 June 2025
const LANGS = ['ar', 'en'] as const;
const CATALOGS = { ar, en };
/** Letters only: the readers put digits and punctuation around Arabic where they like, never the letters. */
const letters = (text: string) => text.replace(/&[a-z]+;|&#\d+;/g, '').replace(/[^\p{L}]/gu, '');

/** The Table nodes of pdf.js's structure tree of a page. */
function tablesIn(node: PdfjsStructNode | null | undefined): PdfjsStructNode[] {
  if (!node) return [];
  return [...(node.role === 'Table' ? [node] : []), ...(node.children ?? []).flatMap(tablesIn)];
}

interface Element {
  type: string;
  dict: PDFDict;
  kids: Element[];
  parent?: Element;
}

function structureOf(pdf: PDFDocument): Element[] {
  const all: Element[] = [];
  const visit = (object: PDFObject | undefined, parent?: Element) => {
    const dict = object instanceof PDFRef ? pdf.context.lookup(object) : object;
    if (!(dict instanceof PDFDict) || !(dict.get(PDFName.of('S')) instanceof PDFName)) return;
    const element: Element = { type: (dict.get(PDFName.of('S')) as PDFName).decodeText(), dict, kids: [], ...(parent ? { parent } : {}) };
    parent?.kids.push(element);
    all.push(element);
    const k = dict.get(PDFName.of('K'));
    for (const kid of k instanceof PDFArray ? k.asArray() : k ? [k] : []) visit(kid, element);
  };
  const root = pdf.catalog.lookup(PDFName.of('StructTreeRoot'), PDFDict);
  const k = root.get(PDFName.of('K'));
  for (const kid of k instanceof PDFArray ? k.asArray() : [k]) visit(kid);
  return all;
}

const text = (value: PDFObject | undefined) => (value instanceof PDFString || value instanceof PDFHexString ? value.decodeText() : undefined);

/** Attribute objects of an element (its /A, one dictionary or an array of them). */
function attributes(pdf: PDFDocument, element: Element): PDFDict[] {
  const a = element.dict.get(PDFName.of('A'));
  const list = a instanceof PDFArray ? a.asArray() : a ? [a] : [];
  return list.map((x) => pdf.context.lookup(x)).filter((x): x is PDFDict => x instanceof PDFDict);
}

function contentStreams(pdf: PDFDocument): Uint8Array[] {
  return pdf.getPages().flatMap((page) => {
    const contents = page.node.get(PDFName.of('Contents'));
    const refs = contents instanceof PDFArray ? contents.asArray() : [contents];
    return refs.map((ref) => {
      const stream = pdf.context.lookup(ref);
      if (stream instanceof PDFRawStream) return decodePDFRawStream(stream).decode();
      if (stream instanceof PDFContentStream) return stream.getUnencodedContents();
      throw new Error(`not a content stream: ${stream instanceof PDFStream}`);
    });
  });
}

const PAINTS = new Set(['Tj', 'TJ', "'", '"', 'S', 's', 'f', 'F', 'f*', 'B', 'B*', 'b', 'b*', 'sh', 'Do', 'BI']);

/** Painting operators outside both tagged content and artifacts, and whether marked content nests. */
function untaggedContent(stream: Uint8Array): { untagged: number; balanced: boolean; headers: number; footers: number } {
  const stack: boolean[] = [];
  let untagged = 0;
  let balanced = true;
  let headers = 0;
  let footers = 0;
  for (const op of operators(stream)) {
    if (op.op === 'BDC' || op.op === 'BMC') {
      const operands = op.operands ?? '';
      stack.push(/\/MCID\b/.test(operands) || /^\s*\/Artifact\b/.test(operands));
      if (/\/Pagination\b.*\/Header\b/.test(operands)) headers++;
      if (/\/Pagination\b.*\/Footer\b/.test(operands)) footers++;
    } else if (op.op === 'EMC') {
      if (stack.pop() === undefined) balanced = false;
    } else if (PAINTS.has(op.op) && !stack.includes(true)) untagged++;
  }
  return { untagged, balanced: balanced && stack.length === 0, headers, footers };
}

describe('the final PDF', () => {
  const data = generatedEdition(120);
  // A title and a place with no translation: the Arabic and French editions print them in English.
  appendRows(join(data, '2024', 'incidents.csv'), [row({ id: 'UNTRANSLATED-1', date: '2024-05-02', location: 'Lyon', title_en: 'Graffiti on a mosque door' })]);
  const [out, letter, draft] = ['oic-structure-', 'oic-structure-letter-', 'oic-structure-draft-'].map((prefix) => mkdtempSync(join(tmpdir(), prefix))) as [
    string,
    string,
    string,
  ];
  const file = (dir: string, lang: string) => join(dir, `oic-islamophobia-report-2024-${lang}.pdf`);
  const pdfs: Partial<Record<(typeof LANGS)[number], PDFDocument>> = {};

  beforeAll(async () => {
    const env = { SOURCE_DATE_EPOCH: EPOCH };
    const builds = await Promise.all([
      runCli(['build', '2024', '--data', data, '--out', out, '--lang', 'ar,en', '--format', 'pdf,html,figures'], { env }),
      runCli(['build', '2024', '--data', data, '--out', letter, '--lang', 'en', '--format', 'pdf', '--paper', 'Letter', '--bleed', '3mm', '--no-attachments'], { env }),
      runCli(['build', '2024', '--data', data, '--out', draft, '--lang', 'ar,en', '--format', 'pdf', '--draft'], { env }),
    ]);
    for (const build of builds) expect(build.code, build.stderr).toBe(0);
    for (const lang of LANGS) pdfs[lang] = await PDFDocument.load(readFileSync(file(out, lang)), { updateMetadata: false });
  }, 600_000); // two builds side by side, on a machine that may be busy

  for (const lang of LANGS) {
    describe(lang, () => {
      it('marks everything it does not tag as an artifact, the running header and footer as pagination', () => {
        const streams = contentStreams(pdfs[lang]!).map(untaggedContent);
        expect(streams.every((s) => s.balanced)).toBe(true);
        expect(streams.reduce((sum, s) => sum + s.untagged, 0)).toBe(0);
        // Every page but the cover and the blank pages before right-hand chapters (at most the footer's notice on
        // them) has its running header and its page number.
        const texts = execFileSync('pdftotext', ['-enc', 'UTF-8', file(out, lang), '-'], { encoding: 'utf8' }).split('\f').slice(0, pdfs[lang]!.getPageCount());
        const blank = texts.filter((t) => t.trim().split('\n').filter((l) => l.trim()).length <= 1).length;
        const pages = pdfs[lang]!.getPageCount() - blank;
        expect(streams.reduce((sum, s) => sum + s.headers, 0)).toBeGreaterThanOrEqual(pages - 1);
        expect(streams.reduce((sum, s) => sum + s.footers, 0)).toBeGreaterThanOrEqual(pages - 1);
      });

      it('gives every figure an alternate text with its main figures, in the edition\'s language and digits', () => {
        const figures = structureOf(pdfs[lang]!).filter((e) => e.type === 'Figure');
        expect(figures.length).toBeGreaterThanOrEqual(8);
        for (const figure of figures) {
          const alt = text(figure.dict.get(PDFName.of('Alt')));
          expect(alt, 'a Figure without /Alt').toBeTruthy();
          expect(alt).toMatch(lang === 'ar' ? /[٠-٩].*[٠-٩]/ : /\d.*\d/);
          expect(alt).toMatch(lang === 'ar' ? /[\u0600-\u06ff]/ : /^(Bar chart|Line chart|Doughnut chart|Map):/);
        }
      });

      it('has header cells with a scope in every table, and no figure holding other elements', () => {
        const pdf = pdfs[lang]!;
        const elements = structureOf(pdf);
        const tables = elements.filter((e) => e.type === 'Table');
        expect(tables.length).toBeGreaterThan(5);
        for (const table of tables) {
          const cells = table.kids.flatMap((tr) => tr.kids);
          const headers = cells.filter((c) => c.type === 'TH');
          expect(headers.length).toBeGreaterThan(0);
          for (const th of headers) expect(attributes(pdf, th).some((a) => a.get(PDFName.of('Scope')) instanceof PDFName)).toBe(true);
        }
        for (const figure of elements.filter((e) => e.type === 'Figure')) expect(figure.kids).toEqual([]);
      });

      it('puts each data table\'s title inside it, as its Caption and first kid, holding the title\'s text', async () => {
        const html = readFileSync(join(out, 'html', `oic-islamophobia-report-2024-${lang}.html`), 'utf8');
        const titles = [...html.matchAll(/<p class="table-caption">([\s\S]*?)<\/p>/g)].map(([, title]) => letters(title!.replace(/<[^>]*>/g, '')));
        const tables = structureOf(pdfs[lang]!).filter((e) => e.type === 'Table');
        expect(tables.length).toBeGreaterThan(5);
        expect(tables.length).toBe(titles.length);
        for (const table of tables) {
          expect(table.kids[0]?.type).toBe('Caption');
          expect(table.kids.slice(1).every((kid) => kid.type === 'TR')).toBe(true);
        }
        expect(structureOf(pdfs[lang]!).filter((e) => e.type === 'Caption' && e.parent?.type !== 'Table' && e.parent?.type !== 'Div')).toEqual([]);
        // pdf.js, another reader, finds the titles in the captions, in order (a caption's text is on its table's first page).
        const captions = (await pdfjsPages(file(out, lang))).flatMap(({ tree, runs }) =>
          tablesIn(tree).flatMap((table) => {
            const caption = table.children?.[0];
            return caption?.role === 'Caption' ? [letters(nodeText(caption, runs))] : [];
          }),
        );
        expect(captions.filter(Boolean)).toEqual(titles);
      });

      it('marks the draft\'s watermark on every page as a watermark artifact', async () => {
        const path = file(draft, lang);
        const doc = await PDFDocument.load(readFileSync(path), { updateMetadata: false });
        const marks = contentStreams(doc).flatMap((stream) =>
          operators(stream).filter((op) => op.op === 'BDC' && /^\s*\/Artifact\b.*\/Type\s*\/Pagination\b.*\/Subtype\s*\/Watermark\b/.test(op.operands ?? '')),
        );
        expect(marks).toHaveLength(doc.getPageCount());
        // The word drawn large and at an angle, as pdf.js reads it: inside the artifact on every page.
        const word = letters(CATALOGS[lang].running.watermark);
        for (const [i, { runs }] of (await pdfjsPages(path)).entries()) {
          const large = runs.filter((run) => run.size > 48 && letters(run.text));
          expect(large.map((run) => [letters(run.text), run.tags[0]]), `page ${i + 1}`).toEqual([[word, 'Artifact']]);
        }
      });

      it('builds every list item of a label and/or a body, and the contents of TOC items', () => {
        const elements = structureOf(pdfs[lang]!);
        const items = elements.filter((e) => e.type === 'LI');
        expect(items.length).toBeGreaterThan(50);
        for (const li of items) {
          const k = li.dict.get(PDFName.of('K'));
          const kids = k instanceof PDFArray ? k.asArray() : [k];
          expect(kids.length).toBe(li.kids.length); // no bare content
          expect(li.kids.every((kid) => kid.type === 'Lbl' || kid.type === 'LBody')).toBe(true);
        }
        const tocs = elements.filter((e) => e.type === 'TOC');
        expect(tocs).toHaveLength(1);
        expect(tocs[0]!.kids.length).toBeGreaterThan(10);
        expect(tocs[0]!.kids.every((kid) => kid.type === 'TOCI')).toBe(true);
        expect(elements.some((e) => e.type === 'LI' && e.parent?.type === 'TOC')).toBe(false);
      });

      it('never skips a heading level', () => {
        const levels = structureOf(pdfs[lang]!)
          .filter((e) => /^H[1-6]$/.test(e.type))
          .map((e) => Number(e.type.slice(1)));
        expect(levels[0]).toBe(1);
        levels.forEach((level, i) => expect(level - (levels[i - 1] ?? 0), `H${levels[i - 1]} → H${level}`).toBeLessThanOrEqual(1));
      });

      it('tags every element in another language than the edition\'s with its /Lang', () => {
        const html = readFileSync(join(out, 'html', `oic-islamophobia-report-2024-${lang}.html`), 'utf8');
        const foreign = [...html.matchAll(/<(?!html)\w+[^>]*\blang="([a-z]{2})"/g)].filter(([, l]) => l !== lang).length;
        const tagged = structureOf(pdfs[lang]!).filter((e) => {
          const l = text(e.dict.get(PDFName.of('Lang')));
          return l !== undefined && l !== lang;
        }).length;
        if (lang === 'ar') expect(foreign).toBeGreaterThanOrEqual(2 + 10); // the title and place, the category codes
        expect(tagged).toBe(foreign);
      });

      it('describes every link annotation', () => {
        for (const page of pdfs[lang]!.getPages()) {
          const annots = page.node.Annots();
          for (let i = 0; i < (annots?.size() ?? 0); i++) {
            const annot = annots!.lookup(i, PDFDict);
            if (annot.get(PDFName.of('Subtype')) === PDFName.of('Link')) expect(text(annot.get(PDFName.of('Contents')))).toBeTruthy();
          }
        }
      });

      it('has XMP metadata that says what the document information says', () => {
        const info = pdfInfo(file(out, lang));
        expect(info['Metadata Stream']).toBe('yes');
        expect(info['Page size']).toBe('595.276 x 841.89 pts (A4)');
        const xmp = execFileSync('pdfinfo', ['-meta', file(out, lang)], { encoding: 'utf8' });
        expect(xmp).toContain(`<rdf:li xml:lang="x-default">${info['Title']}</rdf:li>`);
        expect(xmp).toContain(`<dc:language><rdf:Bag><rdf:li>${lang}</rdf:li></rdf:Bag></dc:language>`);
        expect(xmp).toContain(`<xmp:CreateDate>${new Date(Number(EPOCH) * 1000).toISOString().replace('.000', '')}</xmp:CreateDate>`);
        expect(xmp).toContain(`<xmp:CreatorTool>${info['Creator']}</xmp:CreatorTool>`);
        expect(xmp).toContain(`<pdf:Producer>${info['Producer']}</pdf:Producer>`);
        // Not claimed: no validator here proves PDF/UA conformance.
        expect(xmp).not.toContain('pdfuaid');
      });

      it('carries the incident file, figures.json and the fingerprint, equal to the edition\'s', () => {
        const listed = execFileSync('pdfdetach', ['-list', file(out, lang)], { encoding: 'utf8' });
        expect(listed).toContain('3 embedded files');
        const dir = mkdtempSync(join(tmpdir(), 'oic-detached-'));
        execFileSync('pdfdetach', ['-saveall', '-o', dir, file(out, lang)]);
        expect(readdirSync(dir).sort()).toEqual(['figures.json', 'incidents.csv', 'incidents.csv.sha256']);
        const csv = readFileSync(join(data, '2024', 'incidents.csv'));
        expect(readFileSync(join(dir, 'incidents.csv')).equals(csv)).toBe(true);
        expect(readFileSync(join(dir, 'figures.json')).equals(readFileSync(join(out, 'figures.json')))).toBe(true);
        expect(readFileSync(join(dir, 'incidents.csv.sha256'), 'utf8')).toBe(`${createHash('sha256').update(csv).digest('hex')}  incidents.csv\n`);
        // Associated files of the document, each with its relationship.
        const af = pdfs[lang]!.catalog.lookup(PDFName.of('AF'), PDFArray);
        const relations = af.asArray().map((ref) => (pdfs[lang]!.context.lookup(ref, PDFDict).get(PDFName.of('AFRelationship')) as PDFName).decodeText());
        expect(relations.sort()).toEqual(['Data', 'Data', 'Source']);
      });
    });
  }

  it('Letter with bleed: exact sizes, the trim box the paper, no attachments with --no-attachments', () => {
    const path = file(letter, 'en');
    const boxes = execFileSync('pdfinfo', ['-box', path], { encoding: 'utf8' });
    const box = (name: string) => /([\d.]+) +([\d.]+) +([\d.]+) +([\d.]+)/.exec(boxes.split('\n').find((l) => l.startsWith(name)) ?? '')!.slice(1).map(Number);
    const [x0, y0, x1, y1] = box('TrimBox:');
    expect(x1! - x0!).toBeCloseTo(612, 2);
    expect(y1! - y0!).toBeCloseTo(792, 2);
    const [, , w, h] = box('MediaBox:');
    const extra = ((3 + 10) * 72) / 25.4;
    expect(w).toBeCloseTo(612 + 2 * extra, 2);
    expect(h).toBeCloseTo(792 + 2 * extra, 2);
    expect(execFileSync('pdfdetach', ['-list', path], { encoding: 'utf8' })).toContain('0 embedded files');
  });

  it('A Letter page without bleed is 612 x 792', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'oic-letter-'));
    const r = await runCli(['build', '2024', '--data', data, '--out', dir, '--lang', 'en', '--format', 'pdf', '--paper', 'Letter', '--draft']);
    expect(r.code, r.stderr).toBe(0);
    expect(pdfInfo(file(dir, 'en'))['Page size']).toBe('612 x 792 pts (letter)');
  });
});

