// Reading PDFs back the way a reader's tools do: poppler's pdftotext and pdfinfo, the bookmarks a viewer lists, and
// pdf.js's text runs with their marked content and structure.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { PDFArray, PDFDict, PDFName, PDFNumber, PDFRef, type PDFDocument, type PDFHexString, type PDFString } from 'pdf-lib';

interface Area {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * The PDF's text in logical order, without the direction marks pdftotext wraps Arabic in, spaces folded; only
 * what lies in `area` (points from the top left corner of the page) when it is given.
 */
export function pdfText(path: string, pages?: { first: number; last: number }, area?: Area): string {
  const range = pages ? ['-f', String(pages.first), '-l', String(pages.last)] : [];
  const px = (v: number) => String(Math.round(v)); // at pdftotext's 72 dpi, a pixel is a point
  const crop = area ? ['-x', px(area.x), '-y', px(area.y), '-W', px(area.width), '-H', px(area.height)] : [];
  const text = execFileSync('pdftotext', [...range, ...crop, '-enc', 'UTF-8', path, '-'], { encoding: 'utf8' });
  return text.replace(/[\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '').replace(/\s+/g, ' ');
}

/** The text of pages without their running header and footer, which are drawn in the top and bottom margins (mm). */
export function pdfBodyText(path: string, pages: { first: number; last: number }, margins: { top: number; bottom: number }): string {
  const size = /([\d.]+) x ([\d.]+) pts/.exec(pdfInfo(path)['Page size'] ?? '');
  if (!size) throw new Error(`pdfinfo gives no page size for ${path}`);
  const pt = (mm: number) => (mm * 72) / 25.4;
  const [width, height] = [Number(size[1]), Number(size[2])];
  return pdfText(path, pages, { x: 0, y: pt(margins.top), width, height: height - pt(margins.top) - pt(margins.bottom) });
}

export function pdfInfo(path: string): Record<string, string> {
  const out = execFileSync('pdfinfo', [path], { encoding: 'utf8' });
  return Object.fromEntries(
    out
      .split('\n')
      .filter((l) => l.includes(':'))
      .map((l) => [l.slice(0, l.indexOf(':')).trim(), l.slice(l.indexOf(':') + 1).trim()]),
  );
}

/** Arabic-Indic digits with the Arabic thousands separator, written out by hand (not with Intl). */
export function arabicIndic(n: number): string {
  const grouped = String(n).replace(/\B(?=(\d{3})+(?!\d))/g, '٬');
  return grouped.replace(/\d/g, (d) => '٠١٢٣٤٥٦٧٨٩'[Number(d)]!);
}

/** Without any white space: pdftotext drops or adds spaces where Arabic meets digits. */
export const compact = (text: string) => text.replace(/\s+/g, '');
/** The letters of a text alone: PDF extraction breaks Arabic words and lines where the layout does, so compare letters. */
export const letters = (text: string) => text.replace(/[^\p{L}]/gu, '');
/** Arabic-Indic digits read as Latin ones, to compare numbers across the editions. */
export const latinDigits = (text: string) => text.replace(/[٠-٩]/g, (d) => String('٠١٢٣٤٥٦٧٨٩'.indexOf(d)));

export interface Bookmark {
  title: string;
  /** 1-based; 0 if its destination is not a page of the document. */
  page: number;
  depth: number;
  parent?: string;
  /** The item's /Count: how many of its descendants show when it is open. */
  count?: number;
}

/** The outline in reading order, from /First and /Next as a viewer walks it. */
export function outlineOf(pdf: PDFDocument): Bookmark[] {
  const pages = new Map(pdf.getPages().map((p, i) => [p.ref.toString(), i + 1]));
  const found: Bookmark[] = [];
  const walk = (ref: unknown, depth: number, parent?: string) => {
    for (let r = ref; r; ) {
      const item = pdf.context.lookup(r as PDFRef, PDFDict);
      const dest = item.lookup(PDFName.of('Dest'), PDFArray);
      const title = (item.lookup(PDFName.of('Title')) as PDFString | PDFHexString).decodeText();
      const count = item.lookupMaybe(PDFName.of('Count'), PDFNumber)?.asNumber();
      const page = pages.get((dest.get(0) as PDFRef).toString()) ?? 0;
      found.push({ title, page, depth, ...(parent ? { parent } : {}), ...(count === undefined ? {} : { count }) });
      walk(item.get(PDFName.of('First')), depth + 1, title);
      r = item.get(PDFName.of('Next'));
    }
  };
  walk(pdf.catalog.lookup(PDFName.of('Outlines'), PDFDict).get(PDFName.of('First')), 0);
  return found;
}

export interface MarkedRun {
  text: string;
  /** The tags of the marked content it lies in, outermost first ("Artifact", "P", "Span"…). */
  tags: string[];
  /** pdf.js's ids of that marked content (one per MCID): what the structure tree's content items name. */
  ids: string[];
  /** The font size it is drawn at, in points (whatever the angle). */
  size: number;
}

export interface PdfjsStructNode {
  role?: string;
  type?: string;
  id?: string;
  children?: PdfjsStructNode[];
}

/** Each page as pdf.js reads it (another reader than pdf-lib and poppler): its text runs and its structure tree. */
export async function pdfjsPages(path: string): Promise<{ runs: MarkedRun[]; tree: PdfjsStructNode | null }[]> {
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const doc = await getDocument({ data: new Uint8Array(readFileSync(path)), disableFontFace: true, verbosity: 0 }).promise;
  const pages: { runs: MarkedRun[]; tree: PdfjsStructNode | null }[] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const page = await doc.getPage(n);
    const open: { tag: string; id: string | null }[] = [];
    const runs: MarkedRun[] = [];
    for (const item of (await page.getTextContent({ includeMarkedContent: true })).items) {
      if ('str' in item) {
        const size = Math.hypot(item.transform[0], item.transform[1]);
        runs.push({ text: item.str, tags: open.map((m) => m.tag), ids: open.flatMap((m) => (m.id ? [m.id] : [])), size });
      }
      else if (item.type === 'endMarkedContent') open.pop();
      else open.push({ tag: (item as { tag?: string }).tag ?? '', id: item.id ?? null });
    }
    pages.push({ runs, tree: (await page.getStructTree()) as PdfjsStructNode | null });
  }
  await doc.destroy();
  return pages;
}

/** The text of a structure node, from the runs of its marked content on the page. */
export function nodeText(node: PdfjsStructNode, runs: readonly MarkedRun[]): string {
  if (node.type === 'content') return runs.filter((r) => r.ids.includes(node.id!)).map((r) => r.text).join('');
  return (node.children ?? []).map((child) => nodeText(child, runs)).join('');
}
