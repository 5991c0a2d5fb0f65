// The fonts of the pdf.js text layer (see pdfjs-carriers.ts) as objects of the loaded document: a silent copy of
// each font the runs are shown with (the same dictionary but for a ToUnicode of U+2060 for every code, so the
// same font program draws the same glyphs) and one font for the invisible carrier glyphs, whose codes each
// stand for a piece of text and advance as wide as the runs they stand for. The carriers name the font program
// of one of the document's CID fonts and its space glyph; in rendering mode 3 they are never drawn.
import { deflateSync } from 'node:zlib';
import { PDFArray, PDFDict, PDFName, PDFRef, type PDFDocument, type PDFPage } from 'pdf-lib';
import type { CarrierFonts } from './pdfjs-carriers.js';
import type { FontText } from './to-unicode.js';

/** WORD JOINER: a format character, which pdf.js skips. */
const SILENT = '2060';
const CARRIER = 'OICtext';
const MAX_CODES = 0xfffe;

const utf16Hex = (text: string) => [...Array(text.length).keys()].map((k) => text.charCodeAt(k).toString(16).padStart(4, '0')).join('');
const codeHex = (code: number) => code.toString(16).padStart(4, '0');
/** A stream compressed with Node's zlib (pdf-lib's own deflate is several times slower). */
const flate = (pdf: PDFDocument, contents: string | Uint8Array) =>
  pdf.context.register(pdf.context.stream(deflateSync(typeof contents === 'string' ? Buffer.from(contents, 'latin1') : contents), { Filter: 'FlateDecode' }));

/** A ToUnicode CMap of two-byte codes. */
function toUnicodeCMap(entries: [number, string][]): string {
  const blocks: string[] = [];
  for (let k = 0; k < entries.length; k += 100) {
    const block = entries.slice(k, k + 100);
    blocks.push(`${block.length} beginbfchar\n${block.map(([code, hex]) => `<${codeHex(code)}> <${hex}>`).join('\n')}\nendbfchar`);
  }
  return [
    '/CIDInit /ProcSet findresource begin 12 dict begin begincmap',
    '/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def',
    '/CMapName /Adobe-Identity-UCS def /CMapType 2 def',
    '1 begincodespacerange <0000> <FFFF> endcodespacerange',
    ...blocks,
    'endcmap CMapName currentdict /CMap defineresource pop end end',
  ].join('\n');
}

export class CarrierFontSet {
  private readonly ref: PDFRef;
  private readonly codes = new Map<string, number>();
  private readonly entries: { text: string; width: number }[] = [];
  private readonly silentRefs = new Map<string, PDFRef>();
  /** The CID font whose program the carriers name, and its space glyph. */
  private source?: { descendant: PDFDict; space: number };

  constructor(private readonly pdf: PDFDocument) {
    this.ref = pdf.context.nextRef();
  }

  /** The fonts of one page, registered in its resources as they are asked for. */
  forPage(page: PDFPage, fonts: Map<string, FontText>): CarrierFonts {
    const dict = page.node.Resources()?.lookupMaybe(PDFName.of('Font'), PDFDict);
    for (const [name, ref] of this.source ? [] : (dict?.entries() ?? [])) this.adopt(ref, fonts.get(name.decodeText()));
    const set = this;
    // Asked for every run: each name looked up once a page.
    const names = new Map<string, string | undefined>();
    return {
      get carrier() {
        dict?.set(PDFName.of(CARRIER), set.ref);
        return CARRIER;
      },
      code: (text, width) => (dict && this.source ? this.code(text, width) : undefined),
      silent: (name) => {
        if (names.has(name)) return names.get(name);
        const ref = dict?.get(PDFName.of(name));
        const font = fonts.get(name);
        let silentName: string | undefined;
        if (ref instanceof PDFRef && font?.codeBytes === 2) {
          silentName = `OICsilent${name}`;
          dict!.set(PDFName.of(silentName), this.silentCopy(ref, font));
        }
        names.set(name, silentName);
        return silentName;
      },
    };
  }

  private code(text: string, width: number): number | undefined {
    const key = `${width} ${text}`;
    let code = this.codes.get(key);
    if (code === undefined && this.entries.length < MAX_CODES) {
      this.entries.push({ text, width });
      code = this.entries.length;
      this.codes.set(key, code);
    }
    return code;
  }

  private silentCopy(ref: PDFRef, font: FontText): PDFRef {
    const key = ref.toString();
    const known = this.silentRefs.get(key);
    if (known) return known;
    const { context } = this.pdf;
    const dict = context.lookup(ref, PDFDict);
    const entries = [...font.toUnicode.keys()].map((code): [number, string] => [code, SILENT]);
    const copy = dict.clone(context);
    copy.set(PDFName.of('ToUnicode'), flate(this.pdf, toUnicodeCMap(entries)));
    const silent = context.register(copy);
    this.silentRefs.set(key, silent);
    return silent;
  }

  /** Takes a CID font's program (and its space glyph) for the carriers, if none is taken yet. */
  private adopt(ref: unknown, font: FontText | undefined): void {
    if (this.source || !(ref instanceof PDFRef) || font?.codeBytes !== 2) return;
    const dict = this.pdf.context.lookup(ref, PDFDict);
    const descendant = dict.lookupMaybe(PDFName.of('DescendantFonts'), PDFArray)?.lookup(0, PDFDict);
    if (!descendant?.get(PDFName.of('FontDescriptor'))) return;
    const space = [...font.toUnicode].find(([, text]) => text === ' ')?.[0] ?? 0;
    this.source = { descendant, space };
  }

  /** Writes the carriers' font, once every page has its carriers. */
  finish(): void {
    if (!this.source || this.entries.length === 0) return;
    const { context } = this.pdf;
    const { descendant, space } = this.source;
    const gids = new Uint8Array(2 * (this.entries.length + 1));
    for (let k = 0; k < gids.length; k += 2) [gids[k], gids[k + 1]] = [space >> 8, space & 0xff];
    const cid = context.obj({
      Type: 'Font',
      Subtype: 'CIDFontType2',
      BaseFont: descendant.get(PDFName.of('BaseFont')),
      CIDSystemInfo: descendant.get(PDFName.of('CIDSystemInfo')),
      FontDescriptor: descendant.get(PDFName.of('FontDescriptor')),
      DW: 0,
      W: [1, this.entries.map((e) => e.width)],
      CIDToGIDMap: flate(this.pdf, gids),
    });
    const cmap = toUnicodeCMap(this.entries.map((e, k): [number, string] => [k + 1, utf16Hex(e.text)]));
    const font = context.obj({
      Type: 'Font',
      Subtype: 'Type0',
      BaseFont: descendant.get(PDFName.of('BaseFont')),
      Encoding: 'Identity-H',
      DescendantFonts: [context.register(cid)],
      ToUnicode: flate(this.pdf, cmap),
    });
    context.assign(this.ref, font);
  }
}
