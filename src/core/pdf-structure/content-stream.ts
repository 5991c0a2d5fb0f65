// A PDF content stream read as a list of operators, each with where its operands start and where it ends in the
// bytes, so that marked content can be inserted between operators without rewriting anything else.

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

const WHITE = new Uint8Array(256);
for (const c of [0, 9, 10, 12, 13, 32]) WHITE[c] = 1;
const DELIM = new Uint8Array(256);
for (const c of '()<>[]{}/%') DELIM[c.charCodeAt(0)] = 1;
const KEEP = new Set(['BDC', 'BMC', 'cm', 'Tm']);

/** The operators of a content stream in order. Inline image data (BI … ID … EI) is skipped over. */
export function operators(bytes: Uint8Array): Operator[] {
  const ops: Operator[] = [];
  // The words and operands are cut from the stream read once as text: quicker than building them byte by byte.
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  const n = bytes.length;
  let i = 0;
  let operandStart = -1;
  while (i < n) {
    const c = bytes[i]!;
    if (WHITE[c]) {
      i++;
      continue;
    }
    if (c === 0x25 /* % */) {
      while (i < n && bytes[i] !== 10 && bytes[i] !== 13) i++;
      continue;
    }
    if (operandStart < 0) operandStart = i;
    if (c === 0x28 /* ( */) i = skipLiteral(bytes, i);
    else if (c === 0x3c /* < */) i = bytes[i + 1] === 0x3c ? i + 2 : skipTo(bytes, i, 0x3e) + 1;
    else if (c === 0x3e /* > */) i += bytes[i + 1] === 0x3e ? 2 : 1;
    else if (c === 0x5b || c === 0x5d || c === 0x7b || c === 0x7d) i++;
    else if (c === 0x2f /* / */) i = skipRegular(bytes, i + 1);
    else {
      const endOfWord = skipRegular(bytes, i);
      // Numbers are most of a content stream: skipped without making a string of them.
      if ((c >= 0x30 && c <= 0x39) || c === 0x2b || c === 0x2d || c === 0x2e) {
        i = endOfWord;
        continue;
      }
      const word = text.slice(i, endOfWord);
      if (word === 'true' || word === 'false' || word === 'null') {
        i = endOfWord;
        continue;
      }
      const operator: Operator = { op: word, start: operandStart, end: endOfWord };
      if (KEEP.has(word)) operator.operands = text.slice(operandStart, i);
      ops.push(operator);
      operandStart = -1;
      i = word === 'ID' ? skipInlineImage(bytes, endOfWord) : endOfWord;
    }
  }
  return ops;
}

function skipRegular(bytes: Uint8Array, i: number): number {
  while (i < bytes.length && !WHITE[bytes[i]!] && !DELIM[bytes[i]!]) i++;
  return i;
}

function skipTo(bytes: Uint8Array, i: number, byte: number): number {
  while (i < bytes.length && bytes[i] !== byte) i++;
  return i;
}

/** A literal string: balanced parentheses, backslash escapes. */
function skipLiteral(bytes: Uint8Array, i: number): number {
  let depth = 0;
  for (; i < bytes.length; i++) {
    const c = bytes[i];
    if (c === 0x5c) i++;
    else if (c === 0x28) depth++;
    else if (c === 0x29 && --depth === 0) return i + 1;
  }
  return i;
}

/** After ID: one white-space byte, the image data, then EI between white space. */
function skipInlineImage(bytes: Uint8Array, i: number): number {
  for (let j = i + 1; j + 1 < bytes.length; j++) {
    if (bytes[j] === 0x45 && bytes[j + 1] === 0x49 && WHITE[bytes[j - 1]!] && (j + 2 >= bytes.length || WHITE[bytes[j + 2]!])) return j;
  }
  return bytes.length;
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
