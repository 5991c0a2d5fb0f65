// The exact paper size. Chromium lays a page out in whole dots at 300 dpi, so an A4 page comes out as
// 594.96 × 841.92 pt instead of 595.276 × 841.89 (Letter likewise). The page box is set to the exact size; the
// content is only moved (by some hundredths of a point) so that it keeps its place from the top edge, never scaled.
import { PDFArray, PDFDict, PDFName, PDFNumber, popGraphicsState, pushGraphicsState, translate, type PDFDocument, type PDFPage } from 'pdf-lib';
import { plainContent } from './pdf-streams.js';

export interface PageSizePt {
  width: number;
  height: number;
}

/** Points per millimetre. */
export const MM_TO_PT = 72 / 25.4;

/** Sets every page's MediaBox (and CropBox, if any) to `size`, keeping the content where it is from the top left. */
export function setExactPageSize(pdf: PDFDocument, size: PageSizePt): void {
  const width = round(size.width);
  const height = round(size.height);
  for (const page of pdf.getPages()) {
    const box = page.getMediaBox();
    const dy = round(height - (box.y + box.height));
    page.setMediaBox(0, 0, width, height);
    if (page.node.get(PDFName.of('CropBox'))) page.setCropBox(0, 0, width, height);
    if (dy !== 0 || box.x !== 0 || box.y !== 0) {
      moveContent(page, -box.x, dy);
      moveAnnotations(page, -box.x, dy);
    }
  }
}

/**
 * The page's content drawn moved by (dx, dy), between two small streams of its own. pdf-lib's translateContent
 * does the same, but adds an empty stream to every page as well, and deflates all three with pako when saved.
 */
function moveContent(page: PDFPage, dx: number, dy: number): void {
  const context = page.doc.context;
  page.node.normalize(); // Contents as an array
  page.node.wrapContentStreams(plainContent(context, [pushGraphicsState(), translate(dx, dy)]), plainContent(context, [popGraphicsState()]));
}

/** Link areas move with the text they cover. */
function moveAnnotations(page: PDFPage, dx: number, dy: number): void {
  const annots = page.node.Annots();
  for (let i = 0; i < (annots?.size() ?? 0); i++) {
    const annot = annots!.lookup(i, PDFDict);
    const rect = annot.lookupMaybe(PDFName.of('Rect'), PDFArray);
    if (!rect || rect.size() !== 4) continue;
    const values = rect.asArray().map((v, j) => (v instanceof PDFNumber ? round(v.asNumber() + (j % 2 === 0 ? dx : dy)) : v));
    annot.set(PDFName.of('Rect'), page.doc.context.obj(values));
  }
}

/** Thousandths of a point: exact enough, and the same digits on every machine. */
function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
