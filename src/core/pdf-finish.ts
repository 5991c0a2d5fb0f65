// A printed PDF finished with pdf-lib: metadata, bookmark titles, reading direction, print-shop boxes, stable
// structure ids. pdf-lib works on bytes in memory, so this touches neither disk nor browser.
import {
  PDFArray,
  PDFDict,
  PDFDocument,
  PDFHexString,
  PDFName,
  PDFRef,
  PDFString,
  ParseSpeeds,
  ReadingDirection,
  PDFContentStream,
  beginMarkedContent,
  drawLine,
  endMarkedContent,
  rgb,
  type PDFObject,
  type PDFOperator,
  type PDFPage,
} from 'pdf-lib';
import { fixTextLayer } from './pdf-text-layer.js';
import { attachFiles, type PdfAttachment } from './pdf-attachments.js';
import { setXmpMetadata } from './pdf-metadata.js';
import { setExactPageSize, type PageSizePt } from './pdf-page-size.js';
import { finishStructure, markWatermarks, type StructureOptions } from './pdf-structure/index.js';
import { savePdf } from './pdf-save.js';
import { ZlibStream } from './pdf-streams.js';
import { renumberStructureIds } from './pdf-structure/ids.js';

export interface PdfMetadata {
  title: string;
  author: string;
  subject: string;
  keywords: string[];
  lang: string;
  rightToLeft: boolean;
  /** Fixed creation and modification date, for reproducible builds (SOURCE_DATE_EPOCH). */
  date?: Date;
}

export interface PrintedPdf {
  bytes: Uint8Array;
  pages: number;
}

/**
 * The page (1-based) of every element that a link points to, by its id: Chromium writes them as named
 * destinations. It has no target-counter(), so this is how a table of contents learns its page numbers.
 */
export function destinationPages(pdf: PDFDocument): Record<string, number> {
  const pageIndex = new Map(pdf.getPages().map((p, i) => [p.ref.toString(), i + 1]));
  const dests = pdf.catalog.lookupMaybe(PDFName.of('Dests'), PDFDict);
  const pages: Record<string, number> = {};
  for (const [name, value] of dests?.entries() ?? []) {
    const dest = pdf.context.lookup(value);
    const target = dest instanceof PDFArray ? dest.get(0) : undefined;
    if (target instanceof PDFRef) pages[name.decodeText()] = pageIndex.get(target.toString()) ?? 0;
  }
  return pages;
}

export interface FinishOptions extends PdfMetadata {
  /** The text of every heading in document order: the exact titles of Chromium's bookmarks (final prints). */
  bookmarks: string[];
  /**
   * The entries of the table of contents, whose targets Chromium writes as named destinations: the bookmarks of
   * a print without Chromium's outline (drafts).
   */
  contents: { level: number; id: string; title: string }[];
  /** Trim inset (points) when the page carries bleed and crop-mark room around the trim. */
  trim?: { insetPt: number; bleedPt: number };
  /** The exact page size (points): Chromium's is rounded to whole dots at 300 dpi. */
  pageSize?: PageSizePt;
  /** How to finish the structure of a tagged print (see pdf-structure/). */
  structure?: StructureOptions;
  /** Files the report carries (PDF associated files). */
  attachments?: readonly PdfAttachment[];
  /** A draft: its watermark is marked as an artifact. */
  watermark?: boolean;
}

const CREATOR = 'oic-report';
const PRODUCER = 'oic-report (Chromium, pdf-lib)';

/** A printed PDF, loaded once to read its destinations and, if final, to be finished. */
export function loadPdf(bytes: Uint8Array): Promise<PDFDocument> {
  // Edited in place: copying pages into a new document would drop the structure tags.
  // Parsed in one go: pdf-lib's default waits for a timer tick every 100 objects, a second for a large print.
  return PDFDocument.load(bytes, { updateMetadata: false, parseSpeed: ParseSpeeds.Fastest });
}

/** The steps that finish a print, in order: what the bench times (bench/finish-steps.ts). */
export type FinishStep = 'metadata' | 'watermark' | 'structure' | 'text layer' | 'page size' | 'trim marks' | 'renumbering' | 'XMP' | 'attachments' | 'save';

/** Told the seconds each step took, wall and CPU (this process's, all its threads). */
export type StepTimer = (step: FinishStep, seconds: number, cpuSeconds: number) => void;

/** Metadata, exact bookmark titles, reading direction and print-shop boxes, edited in place. */
export async function finishPdf(pdf: PDFDocument, options: FinishOptions, onStep?: StepTimer): Promise<PrintedPdf> {
  const step = async <T>(name: FinishStep, run: () => T | Promise<T>): Promise<T> => {
    const started = performance.now();
    const cpu = onStep && process.cpuUsage();
    const result = await run();
    if (onStep) {
      const used = process.cpuUsage(cpu);
      onStep(name, (performance.now() - started) / 1000, (used.user + used.system) / 1e6);
    }
    return result;
  };
  const date = options.date ?? new Date();
  await step('metadata', () => setMetadata(pdf, options, date));
  // The structure first: its artifacts are found in Chromium's own content, before anything is drawn on it; the
  // watermark before them, as a watermark rather than an artifact of no kind.
  if (options.watermark) await step('watermark', () => markWatermarks(pdf));
  if (options.structure) await step('structure', () => finishStructure(pdf, options.structure!));
  // Search, copy and screen readers get the words and numbers as written (Chromium writes Arabic reversed).
  await step('text layer', () => fixTextLayer(pdf, { rightToLeft: options.rightToLeft }));
  if (options.pageSize) await step('page size', () => setExactPageSize(pdf, options.pageSize!));
  const trim = options.trim;
  if (trim) await step('trim marks', () => pdf.getPages().forEach((page) => markTrim(page, trim.insetPt, trim.bleedPt)));
  await step('renumbering', () => renumberStructureIds(pdf));
  await step('XMP', () => setXmpMetadata(pdf, { ...options, creator: CREATOR, producer: PRODUCER, date }));
  if (options.attachments?.length) await step('attachments', () => attachFiles(pdf, options.attachments!, date));
  const saved = await step('save', () => savePdf(pdf));
  return { bytes: saved, pages: pdf.getPageCount() };
}

/** The document information, the reading direction and the bookmarks' exact titles. */
function setMetadata(pdf: PDFDocument, options: FinishOptions, date: Date): void {
  pdf.setTitle(options.title, { showInWindowTitleBar: true });
  pdf.setAuthor(options.author);
  pdf.setSubject(options.subject);
  pdf.setKeywords(options.keywords);
  pdf.setCreator(CREATOR);
  pdf.setProducer(PRODUCER);
  pdf.setLanguage(options.lang);
  pdf.setCreationDate(date);
  pdf.setModificationDate(date);
  if (options.rightToLeft) pdf.catalog.getOrCreateViewerPreferences().setReadingDirection(ReadingDirection.R2L);
  // Chromium writes heading text twice and scrambles Arabic titles that hold digits or Latin text.
  const items = outlineItems(pdf);
  if (items.length === 0) addOutline(pdf, options.contents);
  else if (items.length === options.bookmarks.length) {
    items.forEach((item, i) => item.set(PDFName.of('Title'), PDFHexString.fromText(options.bookmarks[i] ?? '')));
  }
}

interface OutlineNode {
  ref: PDFRef;
  dict: PDFDict;
  children: OutlineNode[];
}

/** An outline (bookmarks) of the contents' entries, nested by level, each pointing where its named destination does. */
function addOutline(pdf: PDFDocument, entries: FinishOptions['contents']): void {
  const context = pdf.context;
  const dests = pdf.catalog.lookupMaybe(PDFName.of('Dests'), PDFDict);
  const root: OutlineNode = { ref: context.nextRef(), dict: context.obj({ Type: 'Outlines' }), children: [] };
  const open: OutlineNode[] = [root];
  let count = 0;
  for (const entry of entries) {
    const target = dests?.get(PDFName.of(entry.id));
    const dest = target === undefined ? undefined : context.lookup(target);
    if (!(dest instanceof PDFArray)) continue;
    open.length = Math.min(open.length, entry.level);
    const parent = open.at(-1)!;
    const node: OutlineNode = {
      ref: context.nextRef(),
      dict: context.obj({ Title: PDFHexString.fromText(entry.title), Parent: parent.ref, Dest: dest }),
      children: [],
    };
    parent.children.push(node);
    open.push(node);
    count++;
  }
  if (count === 0) return;
  const link = (node: OutlineNode): number => {
    const { children } = node;
    let descendants = children.length;
    children.forEach((child, i) => {
      if (i > 0) child.dict.set(PDFName.of('Prev'), children[i - 1]!.ref);
      if (i < children.length - 1) child.dict.set(PDFName.of('Next'), children[i + 1]!.ref);
      descendants += link(child);
    });
    if (children.length > 0) {
      node.dict.set(PDFName.of('First'), children[0]!.ref);
      node.dict.set(PDFName.of('Last'), children.at(-1)!.ref);
      node.dict.set(PDFName.of('Count'), context.obj(descendants));
    }
    context.assign(node.ref, node.dict);
    return descendants;
  };
  link(root);
  pdf.catalog.set(PDFName.of('Outlines'), root.ref);
}

function outlineItems(pdf: PDFDocument): PDFDict[] {
  const items: PDFDict[] = [];
  const walk = (first: unknown) => {
    for (let ref = first; ref; ) {
      const item = pdf.context.lookup(ref as PDFRef, PDFDict);
      items.push(item);
      walk(item.get(PDFName.of('First')));
      ref = item.get(PDFName.of('Next'));
    }
  };
  const outlines = pdf.catalog.lookupMaybe(PDFName.of('Outlines'), PDFDict);
  if (outlines) walk(outlines.get(PDFName.of('First')));
  return items;
}

/** TrimBox and BleedBox for the print shop, and crop marks in the room outside the bleed. */
function markTrim(page: PDFPage, insetPt: number, bleedPt: number) {
  const { width, height } = page.getSize();
  const [x0, y0, x1, y1] = [insetPt, insetPt, width - insetPt, height - insetPt];
  page.setTrimBox(x0, y0, x1 - x0, y1 - y0);
  page.setBleedBox(x0 - bleedPt, y0 - bleedPt, x1 - x0 + 2 * bleedPt, y1 - y0 + 2 * bleedPt);
  const gap = bleedPt + 2;
  const colour = rgb(0, 0, 0);
  // Printer's marks are no part of the document's content.
  const operators: PDFOperator[] = [beginMarkedContent('Artifact')];
  const line = (sx: number, sy: number, ex: number, ey: number) =>
    operators.push(...drawLine({ start: { x: sx, y: sy }, end: { x: ex, y: ey }, thickness: 0.25, color: colour }));
  for (const [x, dx] of [
    [x0, -1],
    [x1, 1],
  ] as const) {
    for (const [y, dy] of [
      [y0, -1],
      [y1, 1],
    ] as const) {
      line(x + dx * gap, y, x + dx * insetPt, y);
      line(x, y + dy * gap, x, y + dy * insetPt);
    }
  }
  operators.push(endMarkedContent());
  // A stream of its own, deflated by zlib when saved (page.drawLine's would be by pako).
  const context = page.doc.context;
  const bytes = PDFContentStream.of(context.obj({}), operators, false).getUnencodedContents();
  page.node.addContentStream(context.register(ZlibStream.of(context, bytes)));
}
