// The one reader of PDF content streams, for every pass that edits them (the structure's artifacts, the draft's
// watermark, the text layer). A page of the incident annex is 100 KB of "4.03 0 Td <0855> Tj": it reads the bytes
// operator by operator and keeps of each operand only its kind and where it is, so that a number costs no object
// and a glyph no string; a pass asks for the values it needs (a number, a name, a string's bytes).
import { decimal, literalBytes } from './content-values.js';

/** Operand kinds. */
export const NUMBER = 1;
export const NAME = 2;
export const LITERAL = 3;
export const HEX = 4;
export const DICT = 5;
export const ARRAY = 6;
/** true, false, null; and, read leniently, a stray delimiter. */
export const OTHER = 7;

// Character classes by byte: 1 white space, 2 delimiter.
const CLASS = new Uint8Array(256);
for (const c of [0x00, 0x09, 0x0a, 0x0c, 0x0d, 0x20]) CLASS[c] = 1;
for (const c of '()<>[]{}/%') CLASS[c.charCodeAt(0)] = 2;
const HEX_VALUE = new Int8Array(256).fill(-1);
for (let d = 0; d < 16; d++) HEX_VALUE['0123456789abcdef'.charCodeAt(d)] = HEX_VALUE['0123456789ABCDEF'.charCodeAt(d)] = d;
/** Operators of up to three bytes (all but BDC's kin are), read once each: no string made per operator. */
const SHORT_WORDS = new Map<number, string>();

/**
 * Reads a content stream. `strict` (the text layer): a malformed dictionary or array, a stray delimiter or an
 * inline image throws, and the page is left as printed. Lenient (the structure passes): they are read over, and
 * an inline image's data (BI … ID data EI) is skipped.
 */
export class ContentLexer {
  readonly bytes: Buffer;
  private i = 0;
  /** The operator last read, where its first operand (or itself, if it has none) starts, where it starts and ends. */
  op = '';
  start = 0;
  opStart = 0;
  end = 0;
  /** Its operands: how many, and the kind, start and end of each (a name starts at its slash). */
  count = 0;
  readonly kinds: number[] = [];
  readonly starts: number[] = [];
  readonly ends: number[] = [];

  constructor(
    bytes: Uint8Array,
    private readonly strict: boolean,
    /** Where to start reading: an operator's end, for a look ahead. */
    from = 0,
  ) {
    this.bytes = Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    this.i = from;
  }

  /** Reads the next operator and its operands; false at the end of the stream. */
  next(): boolean {
    const b = this.bytes;
    const n = b.length;
    let count = 0;
    for (;;) {
      let i = this.skipSpace(this.i);
      if (i >= n) {
        this.i = i;
        return false;
      }
      const c = b[i]!;
      const start = i;
      let kind: number;
      if (c === 0x2f /* / */) ((i = this.regular(i + 1)), (kind = NAME));
      else if (c === 0x28 /* ( */) ((i = this.literalEnd(i)), (kind = LITERAL));
      else if (c === 0x3c /* < */ && b[i + 1] === 0x3c) ((i = this.dictEnd(i)), (kind = DICT));
      else if (c === 0x3c) ((i = this.hexEnd(i)), (kind = HEX));
      else if (c === 0x5b /* [ */) ((i = this.arrayEnd(i)), (kind = ARRAY));
      else if ((c >= 0x30 && c <= 0x39) || c === 0x2b || c === 0x2d || c === 0x2e) ((i = this.regular(i)), (kind = NUMBER));
      else {
        const end = this.regular(i);
        if (end === i) {
          if (this.strict) throw new Error(`unexpected ${JSON.stringify(String.fromCharCode(c))} at ${i}`);
          i += b[i + 1] === c && c === 0x3e ? 2 : 1;
          kind = OTHER;
        } else if (isKeyword(b, i, end)) ((i = end), (kind = OTHER));
        else {
          this.op = this.word(i, end);
          this.opStart = i;
          this.start = count > 0 ? this.starts[0]! : i;
          this.end = end;
          this.count = count;
          if (this.op === 'BI' && this.strict) throw new Error('inline images are not read');
          this.i = this.op === 'ID' ? inlineImageEnd(b, end) : end;
          return true;
        }
      }
      this.kinds[count] = kind;
      this.starts[count] = start;
      this.ends[count] = i;
      count++;
      this.i = i;
    }
  }

  /** Operand `k` as a number (0 if it is none, as Number(…) || 0 has it). */
  number(k: number): number {
    if (k >= this.count) return 0;
    const [from, to] = [this.starts[k]!, this.ends[k]!];
    if (this.kinds[k] === NUMBER) {
      const value = decimal(this.bytes, from, to);
      if (value !== undefined) return value === 0 ? 0 : value;
    }
    return Number(latin1(this.bytes, from, to)) || 0;
  }

  /** Operand `k`'s bytes as text (latin1). */
  text(k: number): string {
    return latin1(this.bytes, this.starts[k]!, this.ends[k]!);
  }

  /** Whether operand `k` is the name `/name`. */
  isName(k: number, name: string): boolean {
    const from = this.starts[k]! + 1;
    if (k >= this.count || this.kinds[k] !== NAME || this.ends[k]! - from !== name.length) return false;
    for (let j = 0; j < name.length; j++) if (this.bytes[from + j] !== name.charCodeAt(j)) return false;
    return true;
  }

  /** The operands' bytes as text, from the first to the operator. */
  operandsText(): string {
    return latin1(this.bytes, this.start, this.opStart);
  }

  /** The bytes of the string from `from` to `to` (literal or hex), appended to `out`. */
  stringBytes(from: number, to: number, out: number[]): void {
    const b = this.bytes;
    if (b[from] === 0x3c) {
      let high = -1;
      for (let j = from + 1; j < to - 1; j++) {
        const d = HEX_VALUE[b[j]!]!;
        if (d < 0) continue;
        if (high < 0) high = d;
        else ((out[out.length] = (high << 4) | d), (high = -1));
      }
      if (high >= 0) out.push(high << 4);
    } else literalBytes(b, from, to, out);
  }

  /**
   * Calls `each` with the start and end of every item of the array or dictionary from `from` to `to`, in order (a
   * dictionary's keys and values by turns).
   */
  items(from: number, to: number, each: (start: number, end: number) => void): void {
    const open = this.bytes[from] === 0x5b ? 1 : 2;
    const last = to - open;
    for (let j = this.skipSpace(from + open); j < last; j = this.skipSpace(j)) {
      const end = this.operandEnd(j);
      each(j, end);
      j = end;
    }
  }

  /** The kind of the operand that starts at `i`. */
  kindAt(i: number): number {
    const c = this.bytes[i]!;
    if (c === 0x2f) return NAME;
    if (c === 0x28) return LITERAL;
    if (c === 0x3c) return this.bytes[i + 1] === 0x3c ? DICT : HEX;
    if (c === 0x5b) return ARRAY;
    return (c >= 0x30 && c <= 0x39) || c === 0x2b || c === 0x2d || c === 0x2e ? NUMBER : OTHER;
  }

  /** The start and end of the value of `key` in dictionary operand `k` (its last, as a reader's map keeps it). */
  dictValue(k: number, key: string): [number, number] | undefined {
    if (k >= this.count || this.kinds[k] !== DICT) return undefined;
    const b = this.bytes;
    let found: [number, number] | undefined;
    let isKey = true;
    let matches = false;
    this.items(this.starts[k]!, this.ends[k]!, (start, end) => {
      if (isKey) matches = b[start] === 0x2f && end - start - 1 === key.length && latin1(b, start + 1, end) === key;
      else if (matches) found = [start, end];
      isKey = !isKey;
    });
    return found;
  }

  private skipSpace(i: number): number {
    const b = this.bytes;
    const n = b.length;
    for (;;) {
      while (i < n && CLASS[b[i]!] === 1) i++;
      if (i >= n || b[i] !== 0x25 /* % */) return i;
      while (i < n && b[i] !== 0x0a && b[i] !== 0x0d) i++;
    }
  }

  private regular(i: number): number {
    const b = this.bytes;
    while (i < b.length && CLASS[b[i]!] === 0) i++;
    return i;
  }

  private word(from: number, to: number): string {
    if (to - from > 3) return latin1(this.bytes, from, to);
    const b = this.bytes;
    const key = ((to - from) << 24) | (b[from]! << 16) | ((b[from + 1] ?? 0) << 8) | (b[from + 2] ?? 0);
    let word = SHORT_WORDS.get(key);
    if (word === undefined) SHORT_WORDS.set(key, (word = latin1(b, from, to)));
    return word;
  }

  /** The end of the operand that starts at `i`, inside an array or a dictionary. */
  private operandEnd(i: number): number {
    const b = this.bytes;
    const c = b[i]!;
    if (c === 0x2f) return this.regular(i + 1);
    if (c === 0x28) return this.literalEnd(i);
    if (c === 0x3c) return b[i + 1] === 0x3c ? this.dictEnd(i) : this.hexEnd(i);
    if (c === 0x5b) return this.arrayEnd(i);
    const end = this.regular(i);
    const number = (c >= 0x30 && c <= 0x39) || c === 0x2b || c === 0x2d || c === 0x2e;
    if (end > i && (number || isKeyword(b, i, end))) return end;
    if (this.strict) throw new Error(end > i ? `operator inside an array or dictionary at ${i}` : `unexpected ${JSON.stringify(String.fromCharCode(c))} at ${i}`);
    return Math.max(end, i + 1);
  }

  private arrayEnd(i: number): number {
    const n = this.bytes.length;
    for (i = this.skipSpace(i + 1); i < n && this.bytes[i] !== 0x5d; i = this.skipSpace(i)) i = this.operandEnd(i);
    return Math.min(i + 1, n);
  }

  private dictEnd(i: number): number {
    const b = this.bytes;
    const n = b.length;
    for (i = this.skipSpace(i + 2); i < n && !(b[i] === 0x3e && b[i + 1] === 0x3e); i = this.skipSpace(i)) {
      if (this.strict && b[i] !== 0x2f) throw new Error(`bad dictionary at ${i}`);
      i = this.operandEnd(this.skipSpace(this.operandEnd(i)));
    }
    return Math.min(i + 2, n);
  }

  private hexEnd(i: number): number {
    const close = this.bytes.indexOf(0x3e, i);
    return close < 0 ? this.bytes.length : close + 1;
  }

  /** A literal string: balanced parentheses, backslash escapes. */
  private literalEnd(i: number): number {
    const b = this.bytes;
    let depth = 0;
    for (; i < b.length; i++) {
      const c = b[i];
      if (c === 0x5c) i++;
      else if (c === 0x28) depth++;
      else if (c === 0x29 && --depth === 0) return i + 1;
    }
    return b.length;
  }
}

/** Bytes as text, one character a byte: Buffer's own slice, without toString's checks (this runs for every font change). */
export const latin1: (b: Buffer, from: number, to: number) => string =
  typeof (Buffer.prototype as { latin1Slice?: unknown }).latin1Slice === 'function'
    ? (b, from, to) => (b as unknown as { latin1Slice(from: number, to: number): string }).latin1Slice(from, to)
    : (b, from, to) => b.toString('latin1', from, to);

const isKeyword = (b: Buffer, from: number, to: number) => {
  const length = to - from;
  if (length !== 4 && length !== 5) return false;
  const word = latin1(b, from, to);
  return word === 'true' || word === 'null' || word === 'false';
};

/** After ID: one white-space byte, the image data, then EI between white space. */
function inlineImageEnd(b: Buffer, i: number): number {
  for (let j = i + 1; j + 1 < b.length; j++) {
    if (b[j] === 0x45 && b[j + 1] === 0x49 && CLASS[b[j - 1]!] === 1 && (j + 2 >= b.length || CLASS[b[j + 2]!] === 1)) return j;
  }
  return b.length;
}
