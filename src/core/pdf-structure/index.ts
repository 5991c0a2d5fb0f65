// The tagged print's structure, finished for PDF/UA-1 from what Chromium writes: artifacts for the untagged
// content (running headers, footers, rules), LBody in every list item, the contents as TOC/TOCI, a description on
// every link, each data table's title as its Caption, and PDF 2.0 types mapped to PDF 1.7 ones. Operates on the loaded document only.
import { PDFArray, PDFDict, PDFName, PDFRawStream, PDFRef, type PDFDocument, type PDFPage } from 'pdf-lib';
import { ZlibStream, decodedBytes } from '../pdf-streams.js';
import { markArtifacts } from './artifacts.js';
import { markWatermark } from './watermark.js';
import { describeLinks, type LinkTexts } from './links.js';
import { listBodies, tableOfContents } from './lists.js';
import { tableCaptions } from './tables.js';
import { ParentTree, readTree } from './tree.js';

export interface StructureOptions {
  /** The ids of the contents' entries (their named destinations): the list that links to them is the TOC. */
  contentsIds: readonly string[];
  links: LinkTexts;
  /** How many data tables of the HTML have a title printed before them (p.table-caption): their Captions. */
  titledTables: number;
  /** The page's top and bottom margins (points), where the running header and footer are drawn. */
  margins: { top: number; bottom: number };
}

export interface StructureReport {
  artifacts: number;
  listBodies: number;
  tocItems: number;
  describedLinks: number;
  tableCaptions: number;
}

/** Nothing to do for an untagged print (drafts, layout prints): undefined. */
export function finishStructure(pdf: PDFDocument, options: StructureOptions): StructureReport | undefined {
  const elements = readTree(pdf);
  if (!elements) return undefined;
  const parentTree = new ParentTree(pdf);
  const tocItems = tableOfContents(pdf, elements, new Set(options.contentsIds));
  const bodies = listBodies(pdf, elements, parentTree);
  const describedLinks = describeLinks(pdf, elements, options.links);
  const captions = tableCaptions(pdf, elements, options.titledTables);
  mapRoles(pdf);
  let artifacts = 0;
  for (const page of pdf.getPages()) artifacts += pageArtifacts(pdf, page, options.margins);
  return { artifacts, listBodies: bodies, tocItems, describedLinks, tableCaptions: captions };
}

/** Em and Strong are PDF 2.0 types: a PDF 1.7 (PDF/UA-1) reader is told they are spans. */
function mapRoles(pdf: PDFDocument): void {
  pdf.catalog.lookupMaybe(PDFName.of('StructTreeRoot'), PDFDict)?.set(PDFName.of('RoleMap'), pdf.context.obj({ Em: 'Span', Strong: 'Span' }));
}

function pageArtifacts(pdf: PDFDocument, page: PDFPage, margins: StructureOptions['margins']): number {
  const { height } = page.getMediaBox();
  return rewriteStreams(pdf, page, (bytes) => {
    const marked = markArtifacts(bytes, { pageHeight: height, marginTop: margins.top, marginBottom: margins.bottom });
    return { bytes: marked.bytes, count: marked.artifacts };
  });
}

/** The draft's watermark on every page marked as an artifact (see watermark.ts); how many were marked. */
export function markWatermarks(pdf: PDFDocument): number {
  let count = 0;
  for (const page of pdf.getPages()) {
    count += rewriteStreams(pdf, page, (bytes) => {
      const marked = markWatermark(bytes);
      return { bytes: marked.bytes, count: marked.marked };
    });
  }
  return count;
}

/** Each of Chromium's content streams of the page rewritten by `edit`, where it counts something to change. */
function rewriteStreams(pdf: PDFDocument, page: PDFPage, edit: (bytes: Uint8Array) => { bytes: Uint8Array; count: number }): number {
  let count = 0;
  const contents = page.node.get(PDFName.of('Contents'));
  const refs = contents instanceof PDFArray ? contents.asArray() : contents ? [contents] : [];
  for (const ref of refs) {
    if (!(ref instanceof PDFRef)) continue;
    const stream = pdf.context.lookup(ref);
    // Chromium's own streams, or as an earlier pass left them (the watermark's); pdf-lib's mark their own content.
    const bytes = stream instanceof PDFRawStream ? decodedBytes(stream) : stream instanceof ZlibStream ? stream.getUnencodedContents() : undefined;
    if (!bytes) continue;
    const edited = edit(bytes);
    if (edited.count === 0) continue;
    // Deflated when saved, if the text layer has not rewritten it by then.
    pdf.context.assign(ref, ZlibStream.of(pdf.context, edited.bytes));
    count += edited.count;
  }
  return count;
}
