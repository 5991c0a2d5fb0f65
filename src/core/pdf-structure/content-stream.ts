// A PDF content stream read as a list of operators, each with where its operands start and where it ends in the
// bytes, so that marked content can be inserted between operators without rewriting anything else.
import { ContentLexer } from '../content-lexer.js';

export interface Operator {
  /** The operator, e.g. "BT", "Tj", "BDC". */
  op: string;
  /** Offset of its first operand (or of the operator itself when it has none). */
  start: number;
  /** Offset just after the operator. */
  end: number;
  /** The operands' bytes, as text (latin1): only kept where they are read (BDC, BMC, cm, Tm). */
  operands?: string;
}

const KEEP = new Set(['BDC', 'BMC', 'cm', 'Tm']);

/**
 * The operators of a content stream in order, read leniently (a stray delimiter is read over; inline image data,
 * BI … ID … EI, skipped), as objects: for tests and small streams. The passes read the lexer as it goes.
 */
export function operators(bytes: Uint8Array): Operator[] {
  const ops: Operator[] = [];
  const lex = new ContentLexer(bytes, false);
  while (lex.next()) ops.push({ op: lex.op, start: lex.start, end: lex.end, ...(KEEP.has(lex.op) ? { operands: lex.operandsText() } : {}) });
  return ops;
}

/** The bytes with `insertions` (text, latin1) put in at their offsets, in order. */
export function insertAt(bytes: Uint8Array, insertions: readonly { at: number; text: string }[]): Uint8Array {
  const sorted = [...insertions].sort((a, b) => a.at - b.at);
  const extra = sorted.reduce((sum, x) => sum + x.text.length, 0);
  const out = new Uint8Array(bytes.length + extra);
  let from = 0;
  let to = 0;
  for (const { at, text } of sorted) {
    out.set(bytes.subarray(from, at), to);
    to += at - from;
    for (let k = 0; k < text.length; k++) out[to++] = text.charCodeAt(k);
    from = at;
  }
  out.set(bytes.subarray(from), to);
  return out;
}
