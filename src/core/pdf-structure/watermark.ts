// The draft's watermark as an artifact. "DRAFT" is a fixed element of the HTML (Chromium prints it on every
// page, in the edition's font and script: pdf-lib could not shape "مسودة"), rotated by a CSS transform: the only
// text the report draws at an angle. Each text object shown under a rotated matrix is wrapped in
// /Artifact <</Type /Pagination /Subtype /Watermark>> BDC … EMC, so that a screen reader skips it, search and
// copy can tell it from the page's text, and the structure pass leaves it alone (it is marked already).
import { IDENTITY, multiply, numbers, type Matrix } from './artifacts.js';
import { ContentLexer } from '../content-lexer.js';
import { insertAt } from './content-stream.js';

const SHOWS = new Set(['Tj', 'TJ', "'", '"']);
const OPEN = '/Artifact <</Type /Pagination /Subtype /Watermark>> BDC\n';

const rotated = (m: Matrix) => Math.abs(m[1]) > 1e-6 || Math.abs(m[2]) > 1e-6;

/** The content stream with its rotated text objects marked as a watermark; the same bytes if it has none. */
export function markWatermark(bytes: Uint8Array): { bytes: Uint8Array; marked: number } {
  const insertions: { at: number; text: string }[] = [];
  let ctm: Matrix = IDENTITY;
  const saved: Matrix[] = [];
  let text: { at: number; rotated: boolean } | undefined;
  // Marked content open around the text object: an artifact already, or tagged, is left as it is.
  let depth = 0;
  const lex = new ContentLexer(bytes, false);
  while (lex.next()) {
    const { op } = lex;
    switch (op) {
      case 'q':
        saved.push(ctm);
        break;
      case 'Q':
        ctm = saved.pop() ?? IDENTITY;
        break;
      case 'cm':
        ctm = multiply(numbers(lex.operandsText()), ctm);
        break;
      case 'BDC':
      case 'BMC':
        depth++;
        break;
      case 'EMC':
        depth--;
        break;
      case 'BT':
        text = depth === 0 ? { at: lex.start, rotated: false } : undefined;
        break;
      case 'Tm':
        if (text && rotated(multiply(numbers(lex.operandsText()), ctm))) text.rotated = true;
        break;
      case 'ET':
        if (text?.rotated) insertions.push({ at: text.at, text: OPEN }, { at: lex.end, text: '\nEMC' });
        text = undefined;
        break;
      default:
        if (text && SHOWS.has(op) && rotated(ctm)) text.rotated = true;
    }
  }
  return { bytes: insertions.length === 0 ? bytes : insertAt(bytes, insertions), marked: insertions.length / 2 };
}
