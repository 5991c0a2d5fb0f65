// The finishing of a printed PDF, in process and without Chromium: small PDFs are made here with pdf-lib the way
// Chromium writes them (named destinations in the catalog, an outline, DOM-numbered structure ids), finished,
// saved and read back.
import {
  PDFArray,
  PDFDict,
  PDFDocument,
  PDFHexString,
  PDFName,
  PDFNumber,
  PDFRawStream,
  PDFRef,
  PDFString,
  decodePDFRawStream,
  type PDFPage,
} from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { destinationPages, finishPdf, loadPdf, type FinishOptions } from '../../src/core/pdf-finish.js';
import { outlineOf } from '../pdf.js';

const [WIDTH, HEIGHT] = [600, 800];
const DATE = new Date('2025-06-21T00:00:00Z');
const OPTIONS: FinishOptions = {
  title: 'Seventeenth OIC Observatory Report on Islamophobia',
  author: 'Organisation of Islamic Cooperation',
  subject: 'January to December 2024',
  keywords: ['Islamophobia', 'OIC', '2024'],
  lang: 'en',
  rightToLeft: false,
  date: DATE,
  bookmarks: [],
  contents: [],
};

interface Mark {
  title: string;
  children?: Mark[];
}

interface Printed {
  pages?: number;
  /** Named destinations: element id → 1-based page. */
  dests?: Record<string, number>;
  /** Chromium's outline, titles as it wrote them. */
  outline?: Mark[];
  /** The ids of structure elements, in document order; `{ hex }` as a hex string. */
  structureIds?: (string | { hex: string })[];
}

/** A PDF as Chromium prints it, before the finishing. */
async function chromiumPdf(printed: Printed): Promise<PDFDocument> {
  const pdf = await PDFDocument.create();
  const pages = Array.from({ length: printed.pages ?? 3 }, () => pdf.addPage([WIDTH, HEIGHT]));
  const dests = pdf.context.obj({});
  for (const [id, page] of Object.entries(printed.dests ?? {})) dests.set(PDFName.of(id), xyz(pages[page - 1]!));
  pdf.catalog.set(PDFName.of('Dests'), pdf.context.register(dests));
  if (printed.outline) {
    const root = pdf.context.nextRef();
    pdf.context.assign(root, pdf.context.obj({ Type: 'Outlines', ...outlineLinks(pdf, root, printed.outline, pages[0]!) }));
    pdf.catalog.set(PDFName.of('Outlines'), root);
  }
  if (printed.structureIds) addStructure(pdf, printed.structureIds);
  return pdf;
}

const xyz = (page: PDFPage) => page.doc.context.obj([page.ref, 'XYZ', 0, HEIGHT, 0]);

/** Writes the items under `parent`; the parent's /First, /Last and /Count. */
function outlineLinks(pdf: PDFDocument, parent: PDFRef, marks: Mark[], page: PDFPage) {
  const refs = marks.map(() => pdf.context.nextRef());
  marks.forEach((mark, i) => {
    const item = pdf.context.obj({ Title: PDFHexString.fromText(mark.title), Parent: parent, Dest: xyz(page) });
    if (refs[i + 1]) item.set(PDFName.of('Next'), refs[i + 1]!);
    if (mark.children) {
      const links = outlineLinks(pdf, refs[i]!, mark.children, page);
      for (const [key, value] of Object.entries(links)) item.set(PDFName.of(key), value);
    }
    pdf.context.assign(refs[i]!, item);
  });
  return { First: refs[0]!, Last: refs.at(-1)!, Count: PDFNumber.of(marks.length) };
}

/** Structure elements with Chromium's ids, and the ID tree that finds them, sorted as the format wants. */
function addStructure(pdf: PDFDocument, ids: (string | { hex: string })[]) {
  const text = (id: string | { hex: string }) => (typeof id === 'string' ? PDFString.of(id) : PDFHexString.fromText(id.hex));
  const plain = (id: string | { hex: string }) => (typeof id === 'string' ? id : id.hex);
  const elements = ids.map((id, i) =>
    pdf.context.register(pdf.context.obj({ Type: 'StructElem', S: 'P', ID: text(id), T: PDFString.of(`element ${i + 1}`) })),
  );
  const names = ids.map((id, i) => [id, elements[i]!] as const).sort(([a], [b]) => (plain(a) < plain(b) ? -1 : 1));
  const root = pdf.context.obj({
    Type: 'StructTreeRoot',
    K: elements,
    IDTree: pdf.context.obj({ Names: names.flatMap(([id, ref]) => [text(id), ref]) }),
  });
  pdf.catalog.set(PDFName.of('StructTreeRoot'), pdf.context.register(root));
}

/** Finished as the build finishes a print, saved, and read back. */
async function finished(printed: Printed | Uint8Array, options: Partial<FinishOptions> = {}) {
  const bytes = printed instanceof Uint8Array ? printed : await (await chromiumPdf(printed)).save();
  const result = await finishPdf(await loadPdf(bytes), { ...OPTIONS, ...options });
  return { ...result, pdf: await PDFDocument.load(result.bytes, { updateMetadata: false }) };
}

const catalogEntry = (pdf: PDFDocument, key: string) => pdf.catalog.get(PDFName.of(key));
const viewerPreference = (pdf: PDFDocument, key: string) =>
  pdf.catalog.lookupMaybe(PDFName.of('ViewerPreferences'), PDFDict)?.get(PDFName.of(key))?.toString();

describe('finishPdf: metadata and reading direction', () => {
  it('writes title, author, subject, keywords, creator, language and the given date', async () => {
    const { pdf, pages } = await finished({ pages: 3 });
    expect(pages).toBe(3);
    expect(pdf.getTitle()).toBe(OPTIONS.title);
    expect(pdf.getAuthor()).toBe(OPTIONS.author);
    expect(pdf.getSubject()).toBe(OPTIONS.subject);
    expect(pdf.getKeywords()).toBe('Islamophobia OIC 2024');
    expect(pdf.getCreator()).toBe('oic-report');
    expect(pdf.getProducer()).toBe('oic-report (Chromium, pdf-lib)');
    expect(catalogEntry(pdf, 'Lang')?.toString()).toBe('(en)');
    expect(pdf.getCreationDate()).toEqual(DATE);
    expect(pdf.getModificationDate()).toEqual(DATE);
    expect(viewerPreference(pdf, 'DisplayDocTitle')).toBe('true');
    expect(viewerPreference(pdf, 'Direction')).toBeUndefined();
  });

  it('an Arabic edition reads right to left, in Arabic', async () => {
    const title = 'التقرير السابع عشر لمرصد منظمة التعاون الإسلامي بشأن الإسلاموفوبيا';
    const { pdf } = await finished({}, { title, lang: 'ar', rightToLeft: true });
    expect(pdf.getTitle()).toBe(title);
    expect(catalogEntry(pdf, 'Lang')?.toString()).toBe('(ar)');
    expect(viewerPreference(pdf, 'Direction')).toBe('/R2L');
  });

  it('without a date, is dated now', async () => {
    const before = Math.floor(Date.now() / 1000) * 1000;
    const { pdf } = await finished({}, { date: undefined });
    expect(pdf.getCreationDate()!.getTime()).toBeGreaterThanOrEqual(before);
    expect(pdf.getCreationDate()!.getTime()).toBeLessThanOrEqual(Date.now());
  });
});

describe('finishPdf: bookmarks', () => {
  const headings = ['المقدمة', '١. الاتجاهات في عام ٢٠٢٤', '١.١ حسب المنطقة (OSCE)', 'الملحق الثالث'];
  // As Chromium writes them: text twice, digits and Latin text out of place.
  const scrambled: Mark[] = [
    { title: 'المقدمة المقدمة' },
    { title: 'الاتجاهات في عام ١. ٢٠٢٤', children: [{ title: 'حسب المنطقة ) OSCE( ١.١' }] },
    { title: 'الملحق الثالث الملحق الثالث' },
  ];

  it("replaces the titles of Chromium's outline, in order, by the headings' text", async () => {
    // The contents do not make a second outline beside Chromium's.
    const contents = [{ level: 1, id: 'intro', title: 'Introduction' }];
    const { pdf } = await finished({ outline: scrambled, dests: { intro: 1 } }, { bookmarks: headings, contents });
    expect(outlineOf(pdf).map((m) => [m.title, m.depth])).toEqual([
      [headings[0], 0],
      [headings[1], 0],
      [headings[2], 1],
      [headings[3], 0],
    ]);
  });

  it("keeps Chromium's titles when the headings are not as many as its bookmarks", async () => {
    const { pdf } = await finished({ outline: scrambled }, { bookmarks: headings.slice(1) });
    const titles = (marks: Mark[]): string[] => marks.flatMap((m) => [m.title, ...titles(m.children ?? [])]);
    expect(outlineOf(pdf).map((m) => m.title)).toEqual(titles(scrambled));
  });

  const contents: FinishOptions['contents'] = [
    { level: 1, id: 'intro', title: 'Introduction' },
    { level: 1, id: 'trends', title: '1. Trends' },
    { level: 2, id: 'regions', title: '1.1 By region' },
    { level: 3, id: 'europe', title: 'Europe' },
    { level: 2, id: 'not-printed', title: '1.2 Not printed' },
    { level: 1, id: 'annex', title: 'Annex III' },
  ];
  const dests = { intro: 1, trends: 2, regions: 3, europe: 3, annex: 4 };

  it("without Chromium's outline, builds one from the contents: nested by level, on each entry's page", async () => {
    const { pdf } = await finished({ pages: 4, dests }, { contents });
    expect(outlineOf(pdf)).toEqual([
      { title: 'Introduction', page: 1, depth: 0 },
      { title: '1. Trends', page: 2, depth: 0, count: 2 },
      { title: '1.1 By region', page: 3, depth: 1, parent: '1. Trends', count: 1 },
      { title: 'Europe', page: 3, depth: 2, parent: '1.1 By region' },
      { title: 'Annex III', page: 4, depth: 0 },
    ]);
    expect(pdf.catalog.lookup(PDFName.of('Outlines'), PDFDict).get(PDFName.of('Count'))?.toString()).toBe('5');
  });

  it('links each built bookmark back to its parent and its previous sibling, and each parent to its last child', async () => {
    const { pdf } = await finished({ pages: 4, dests }, { contents });
    const link = (ref: PDFRef, key: string) => pdf.context.lookup(ref, PDFDict).get(PDFName.of(key));
    // How many items stand below `parent`, checking each one's links on the way.
    const check = (parent: PDFRef): number => {
      const children: PDFRef[] = [];
      for (let ref = link(parent, 'First'); ref instanceof PDFRef; ref = link(ref, 'Next')) children.push(ref);
      children.forEach((child, i) => {
        expect(link(child, 'Parent')).toBe(parent);
        expect(link(child, 'Prev')).toBe(children[i - 1]);
      });
      expect(link(parent, 'Last')).toBe(children.at(-1));
      return children.reduce((n, child) => n + 1 + check(child), 0);
    };
    expect(check(pdf.catalog.get(PDFName.of('Outlines')) as PDFRef)).toBe(5);
  });

  it('builds no outline when no entry of the contents was printed', async () => {
    const { pdf } = await finished({ dests: { cover: 1 } }, { contents: [{ level: 1, id: 'gone', title: 'Gone' }] });
    expect(catalogEntry(pdf, 'Outlines')).toBeUndefined();
  });
});

describe('destinationPages', () => {
  it('gives the 1-based page of each named destination, whether written in place or as an object of its own', async () => {
    const printed = await chromiumPdf({ pages: 3, dests: { cover: 1, annex: 3, trends: 2 } });
    const dests = printed.catalog.lookup(PDFName.of('Dests'), PDFDict);
    dests.set(PDFName.of('foreword'), printed.context.register(xyz(printed.getPage(1))));
    expect(destinationPages(await loadPdf(await printed.save()))).toEqual({ cover: 1, annex: 3, trends: 2, foreword: 2 });
  });

  it('is empty for a print without destinations', async () => {
    const printed = await PDFDocument.create();
    printed.addPage();
    expect(destinationPages(await loadPdf(await printed.save()))).toEqual({});
  });
});

describe('finishPdf: print-shop boxes', () => {
  const trim = { insetPt: 20, bleedPt: 8.5 };

  it('gives every page a TrimBox inset by insetPt and a BleedBox bleedPt outside it', async () => {
    const { pdf } = await finished({ pages: 3 }, { trim });
    for (const page of pdf.getPages()) {
      expect(page.getTrimBox()).toEqual({ x: 20, y: 20, width: WIDTH - 40, height: HEIGHT - 40 });
      expect(page.getBleedBox()).toEqual({ x: 11.5, y: 11.5, width: WIDTH - 23, height: HEIGHT - 23 });
    }
  });

  it('draws eight crop marks on every page, in the room outside the bleed', async () => {
    const { pdf } = await finished({ pages: 2 }, { trim });
    for (const page of pdf.getPages()) {
      const lines = linesDrawn(page);
      expect(lines).toHaveLength(8);
      for (const line of lines) {
        expect(beside(line, page.getBleedBox()), `line ${line.join(' ')}`).toBe(true);
        expect(line.every((v, i) => v >= 0 && v <= (i % 2 ? HEIGHT : WIDTH)), `line ${line.join(' ')}`).toBe(true);
      }
    }
  });

  it('leaves the boxes alone without a trim', async () => {
    const { pdf } = await finished({ pages: 1 });
    const page = pdf.getPage(0).node;
    expect([page.get(PDFName.of('TrimBox')), page.get(PDFName.of('BleedBox'))]).toEqual([undefined, undefined]);
  });
});

/** The straight lines a page's content draws (`x y m x y l`), as [x0, y0, x1, y1]. */
function linesDrawn(page: PDFPage): number[][] {
  const contents = page.node.Contents();
  const streams = contents instanceof PDFArray ? contents.asArray().map((ref) => page.doc.context.lookup(ref)) : [contents];
  const decoded = streams.map((stream) => Buffer.from(decodePDFRawStream(stream as PDFRawStream).decode()).toString('latin1'));
  return [...decoded.join('\n').matchAll(/([\d.-]+) ([\d.-]+) m\s+([\d.-]+) ([\d.-]+) l/g)].map((m) => m.slice(1).map(Number));
}

/** Whether a line lies wholly to one side of the box, so none of it is inside. */
function beside([x0, y0, x1, y1]: number[], box: { x: number; y: number; width: number; height: number }): boolean {
  const [left, right, bottom, top] = [Math.min(x0!, x1!), Math.max(x0!, x1!), Math.min(y0!, y1!), Math.max(y0!, y1!)];
  return right <= box.x || left >= box.x + box.width || top <= box.y || bottom >= box.y + box.height;
}

describe('finishPdf: reproducible output', () => {
  const structure = (pdf: PDFDocument) => {
    const elements = pdf.context
      .enumerateIndirectObjects()
      .map(([, object]) => object)
      .filter((object): object is PDFDict => object instanceof PDFDict)
      .filter((dict) => dict.get(PDFName.of('Type')) === PDFName.of('StructElem'));
    const text = (value: unknown) => (value as PDFString | PDFHexString).decodeText();
    const root = pdf.catalog.lookup(PDFName.of('StructTreeRoot'), PDFDict);
    const names = root.lookup(PDFName.of('IDTree'), PDFDict).lookup(PDFName.of('Names'), PDFArray).asArray();
    return {
      ids: elements.map((e) => [text(e.get(PDFName.of('T'))), text(e.get(PDFName.of('ID')))]),
      tree: names.filter((_, i) => i % 2 === 0).map(text),
    };
  };

  it("renumbers Chromium's DOM-numbered structure ids from 1, in their sorted order", async () => {
    const { pdf } = await finished({ structureIds: ['node00000300', 'node00000042', { hex: 'node00000127' }, 'intro'] });
    expect(structure(pdf)).toEqual({
      ids: [
        ['element 1', 'node00000003'],
        ['element 2', 'node00000001'],
        ['element 3', 'node00000002'],
        ['element 4', 'intro'],
      ],
      tree: ['intro', 'node00000001', 'node00000002', 'node00000003'],
    });
  });

  it('gives byte-identical output for the same print, and for prints whose DOM numbers differ, with the same date', async () => {
    const printed = (structureIds: string[]) => ({ pages: 2, dests: { intro: 1, annex: 2 }, structureIds });
    const contents = [
      { level: 1, id: 'intro', title: 'Introduction' },
      { level: 1, id: 'annex', title: 'Annex' },
    ];
    const options = { contents, trim: { insetPt: 20, bleedPt: 8.5 } };
    const source = await (await chromiumPdf(printed(['node00000300', 'node00000042', 'node00000127']))).save();
    const first = Buffer.from((await finished(source, options)).bytes);
    const again = Buffer.from((await finished(source, options)).bytes);
    // The other language printed first in the same browser: every DOM number a thousand higher.
    const afterOther = Buffer.from((await finished(printed(['node00001300', 'node00001042', 'node00001127']), options)).bytes);
    expect(again.equals(first)).toBe(true);
    expect(afterOther.equals(first)).toBe(true);
  });
});
