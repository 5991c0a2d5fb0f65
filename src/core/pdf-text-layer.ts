// The text layer of a printed PDF made to read as its source (see text-layer/text-runs.ts). Pure: it edits the
// loaded document's page content streams in place and touches neither disk nor browser.
import { deflateSync } from 'node:zlib';
import { PDFArray, PDFDict, PDFFlateStream, PDFName, PDFNumber, PDFRawStream, PDFRef, PDFStream, type PDFDocument, type PDFPage } from 'pdf-lib';
import { CarrierFontSet } from './text-layer/carrier-fonts.js';
import { applyEditsToBytes, type Edit } from './text-layer/content-stream.js';
import { decodedBytes } from './pdf-streams.js';
import { carrierEdits, type CarrierFonts, type CarrierStats } from './text-layer/pdfjs-carriers.js';
import { popplerEdits } from './text-layer/poppler-spans.js';
import { scanRuns, type RunStats } from './text-layer/text-runs.js';
import { parseToUnicode, parseWidths, type FontText } from './text-layer/to-unicode.js';

/** An ActualText of nothing but bidi isolates (U+2066–U+2069), as Chromium writes it for the glyph it draws. */
const ISOLATE_SPANS = /ActualText\s*<FEFF(?:206[6-9])+>/gi;

export interface TextLayerStats extends RunStats, CarrierStats {
  /** Pages whose content was rewritten. */
  pages: number;
  /** Pages left as printed because their content could not be read. */
  skipped: number;
}

/** Every page's text runs given an ActualText that reads as the source; `rightToLeft` for an Arabic edition. */
export function fixTextLayer(pdf: PDFDocument, options: { rightToLeft: boolean }): TextLayerStats {
  const stats: TextLayerStats = { reversed: 0, leftToRight: 0, pages: 0, skipped: 0, lines: 0, uncarried: 0 };
  const fonts = new Map<string, FontText>();
  const carriers = new CarrierFontSet(pdf);
  for (const page of pdf.getPages()) {
    const content = pageContent(pdf, page);
    if (content === undefined) continue;
    let edited: Uint8Array;
    if (options.rightToLeft) {
      const byName = pageFonts(pdf, page, fonts);
      const edits = pageEdits(content, byName, carriers.forPage(page, byName), stats);
      if (edits === undefined) continue;
      if (edits.length === 0) continue;
      edited = applyEditsToBytes(content, edits);
    } else {
      // A left-to-right document only loses the spans that stand for isolates; the rest is left as it is.
      const text = latin1(content);
      const replaced = text.replace(ISOLATE_SPANS, 'ActualText ()');
      if (replaced === text) continue;
      edited = Buffer.from(replaced, 'latin1');
    }
    const stream = pdf.context.stream(deflateSync(edited), { Filter: 'FlateDecode' });
    // In place of the printed stream: pdf-lib saves every object it holds, so a replaced one would stay as dead weight.
    const ref = page.node.get(PDFName.of('Contents'));
    if (ref instanceof PDFRef) pdf.context.assign(ref, stream);
    else page.node.set(PDFName.of('Contents'), pdf.context.register(stream));
    stats.pages++;
  }
  carriers.finish();
  return stats;
}

/** A page whose content this reader cannot follow (an inline image, a malformed operator) is left as printed. */
function pageEdits(content: Uint8Array, fonts: Map<string, FontText>, carriers: CarrierFonts, stats: TextLayerStats): Edit[] | undefined {
  try {
    const { runs, edits, fontOps } = scanRuns(content, fonts, true);
    return [...edits, ...popplerEdits(runs, stats), ...carrierEdits(runs, fontOps, carriers, stats)];
  } catch {
    stats.skipped++;
    return undefined;
  }
}

const latin1 = (bytes: Uint8Array) => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');

/** A stream's decoded bytes: Chromium's inflated with zlib, pdf-lib's own (crop marks, the structure pass's) as they are held. */
function streamBytes(stream: unknown): Uint8Array | undefined {
  if (stream instanceof PDFRawStream) return decodedBytes(stream);
  if (stream instanceof PDFFlateStream) return stream.getUnencodedContents();
  if (stream instanceof PDFStream) return stream.getContents();
  return undefined;
}

function streamText(stream: unknown): string | undefined {
  const bytes = streamBytes(stream);
  return bytes && latin1(bytes);
}

const NEWLINE = new Uint8Array([0x0a]);

/** The page's content, its streams joined (an operator never straddles two of them). */
function pageContent(pdf: PDFDocument, page: PDFPage): Uint8Array | undefined {
  const contents = page.node.Contents();
  const streams = contents instanceof PDFArray ? contents.asArray().map((ref) => pdf.context.lookup(ref)) : [contents];
  const parts = streams.map(streamBytes);
  if (parts.some((p) => p === undefined)) return undefined;
  return parts.length === 1 ? parts[0] : Buffer.concat(parts.flatMap((p, k) => (k === 0 ? [p!] : [NEWLINE, p!])));
}

/** The page's fonts by resource name, each font's ToUnicode read once per document. */
function pageFonts(pdf: PDFDocument, page: PDFPage, cache: Map<string, FontText>): Map<string, FontText> {
  const fonts = new Map<string, FontText>();
  const dict = page.node.Resources()?.lookupMaybe(PDFName.of('Font'), PDFDict);
  for (const [name, ref] of dict?.entries() ?? []) {
    const key = ref.toString();
    let font = cache.get(key);
    if (!font) {
      const fontDict = pdf.context.lookup(ref, PDFDict);
      const cmap = streamText(fontDict.lookup(PDFName.of('ToUnicode')));
      const composite = fontDict.lookup(PDFName.of('Subtype'))?.toString() === '/Type0';
      font = { codeBytes: composite ? 2 : 1, toUnicode: cmap ? parseToUnicode(cmap) : new Map(), ...(composite ? cidWidths(fontDict) : {}) };
      cache.set(key, font);
    }
    fonts.set(name.decodeText(), font);
  }
  return fonts;
}

/** A CID font's glyph widths, from its descendant's W and DW. */
function cidWidths(fontDict: PDFDict): Pick<FontText, 'widths' | 'defaultWidth'> {
  const descendant = fontDict.lookupMaybe(PDFName.of('DescendantFonts'), PDFArray)?.lookup(0, PDFDict);
  const w = descendant?.lookupMaybe(PDFName.of('W'), PDFArray);
  const numbers = (array: PDFArray) => array.asArray().map((item) => (item instanceof PDFNumber ? item.asNumber() : 0));
  const entries = (w?.asArray() ?? []).map((item) => (item instanceof PDFArray ? numbers(item) : item instanceof PDFNumber ? item.asNumber() : 0));
  const dw = descendant?.lookupMaybe(PDFName.of('DW'), PDFNumber)?.asNumber() ?? 1000;
  return { widths: parseWidths(entries), defaultWidth: dw };
}
