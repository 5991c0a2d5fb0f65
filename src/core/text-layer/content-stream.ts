// A page content stream read as operators with their operands, each with its place in the text, so that a pass
// can splice in or replace a few operators and leave every other byte as Chromium wrote it.

export type Operand =
  | { kind: 'name'; value: string; start: number; end: number }
  | { kind: 'string'; bytes: number[]; start: number; end: number }
  | { kind: 'dict'; start: number; end: number; entries: Map<string, Operand> }
  | { kind: 'other'; start: number; end: number; items?: Operand[] };

export interface Operator {
  op: string;
  operands: Operand[];
  /** Where the first operand (or the operator, if none) starts, and where the operator ends. */
  start: number;
  end: number;
}

// Character classes by code: 1 white space, 2 delimiter (a table, because this runs over megabytes).
const CLASS = new Uint8Array(256);
for (const c of [0x00, 0x09, 0x0a, 0x0c, 0x0d, 0x20]) CLASS[c] = 1;
for (const c of '()<>[]{}/%') CLASS[c.charCodeAt(0)] = 2;
const isWhite = (code: number) => CLASS[code & 0xff] === 1 && code < 256;
const isRegular = (code: number) => code > 255 || CLASS[code] === 0;

/** The operators of a content stream given as a latin1 string (one character a byte), one at a time. */
export function* parseContent(text: string): Generator<Operator> {
  let operands: Operand[] = [];
  let i = 0;
  const skip = () => {
    for (;;) {
      while (i < text.length && isWhite(text.charCodeAt(i))) i++;
      if (text[i] !== '%') return;
      while (i < text.length && text[i] !== '\n' && text[i] !== '\r') i++;
    }
  };
  const scanRegular = () => {
    while (i < text.length && isRegular(text.charCodeAt(i))) i++;
  };
  const regular = () => {
    const start = i;
    scanRegular();
    return text.slice(start, i);
  };
  const operand = (): Operand | string => {
    skip();
    const start = i;
    const c = text[i];
    if (c === '/') {
      i++;
      return { kind: 'name', value: regular(), start, end: i };
    }
    if (c === '(') return { kind: 'string', bytes: literal(), start, end: i };
    if (c === '<' && text[i + 1] === '<') {
      i += 2;
      const entries = new Map<string, Operand>();
      for (;;) {
        skip();
        if (text.startsWith('>>', i)) break;
        const key = operand();
        const value = operand();
        if (typeof key === 'string' || typeof value === 'string' || key.kind !== 'name') throw new Error(`bad dictionary at ${start}`);
        entries.set(key.value, value);
      }
      i += 2;
      return { kind: 'dict', start, end: i, entries };
    }
    if (c === '<') {
      const close = text.indexOf('>', i);
      const hex = text.slice(i + 1, close).replace(/\s+/g, '');
      i = close + 1;
      const padded = hex.length % 2 ? `${hex}0` : hex;
      return { kind: 'string', bytes: Array.from({ length: padded.length / 2 }, (_, k) => parseInt(padded.slice(2 * k, 2 * k + 2), 16)), start, end: i };
    }
    if (c === '[') {
      i++;
      const items: Operand[] = [];
      for (;;) {
        skip();
        if (text[i] === ']') break;
        const item = operand();
        if (typeof item === 'string') throw new Error(`operator inside an array at ${start}`);
        items.push(item);
      }
      i++;
      return { kind: 'other', start, end: i, items };
    }
    const code = text.charCodeAt(i);
    if ((code >= 0x30 && code <= 0x39) || code === 0x2b || code === 0x2d || code === 0x2e) {
      scanRegular();
      return { kind: 'other', start, end: i };
    }
    const word = regular();
    if (word === '') throw new Error(`unexpected ${JSON.stringify(c)} at ${start}`);
    return word === 'true' || word === 'false' || word === 'null' ? { kind: 'other', start, end: i } : word;
  };
  const literal = (): number[] => {
    const bytes: number[] = [];
    let depth = 0;
    for (i++; i < text.length; i++) {
      const ch = text[i]!;
      if (ch === '\\') {
        const next = text[++i]!;
        const escapes: Record<string, number> = { n: 10, r: 13, t: 9, b: 8, f: 12 };
        if (next in escapes) bytes.push(escapes[next]!);
        else if (/[0-7]/.test(next)) {
          const digits = /^[0-7]{1,3}/.exec(text.slice(i, i + 3))![0];
          bytes.push(parseInt(digits, 8) & 0xff);
          i += digits.length - 1;
        } else if (next === '\r' || next === '\n') {
          if (next === '\r' && text[i + 1] === '\n') i++;
        } else bytes.push(next.charCodeAt(0));
      } else if (ch === '(') (depth++, bytes.push(40));
      else if (ch === ')') {
        if (depth-- === 0) break;
        bytes.push(41);
      } else bytes.push(ch.charCodeAt(0));
    }
    i++;
    return bytes;
  };
  for (;;) {
    skip();
    if (i >= text.length) break;
    const opStart = i;
    const token = operand();
    if (typeof token !== 'string') {
      operands.push(token);
      continue;
    }
    if (token === 'BI') throw new Error('inline images are not read');
    yield { op: token, operands, start: operands[0]?.start ?? opStart, end: i };
    operands = [];
  }
}

export interface Edit {
  start: number;
  end: number;
  text: string;
}

/** The content with each edit's range replaced by its text (insertions have start = end); edits do not overlap. */
export function applyEdits(text: string, edits: Edit[]): string {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  let out = '';
  let at = 0;
  for (const edit of sorted) {
    out += text.slice(at, edit.start) + edit.text;
    at = edit.end;
  }
  return out + text.slice(at);
}

/** A PDF text string: UTF-16BE with its byte-order mark, as a hex string. */
export function hexTextString(value: string): string {
  let hex = 'FEFF';
  for (let k = 0; k < value.length; k++) hex += value.charCodeAt(k).toString(16).padStart(4, '0').toUpperCase();
  return `<${hex}>`;
}

/**
 * A PDF text string as a literal string of UTF-16BE bytes (half the size of hex, and it compresses better), with
 * the bytes a literal string cannot hold as they are escaped: backslash, brackets, and the line ends a reader
 * would normalise.
 */
export function literalTextString(value: string): string {
  const escapes: Record<number, string> = { 0x5c: '\\\\', 0x28: '\\(', 0x29: '\\)', 0x0d: '\\r', 0x0a: '\\n' };
  let out = '(\u00FE\u00FF';
  for (let k = 0; k < value.length; k++) {
    const unit = value.charCodeAt(k);
    for (const byte of [unit >> 8, unit & 0xff]) out += escapes[byte] ?? String.fromCharCode(byte);
  }
  return `${out})`;
}

/** A PDF text string's value: UTF-16BE if it starts with a byte-order mark, else PDFDocEncoding (read as latin1). */
export function decodeTextString(bytes: number[]): string {
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    let out = '';
    for (let k = 2; k + 1 < bytes.length; k += 2) out += String.fromCharCode((bytes[k]! << 8) | bytes[k + 1]!);
    return out;
  }
  return String.fromCharCode(...bytes);
}
