// A page content stream read as operators with their operands, each with its place in the text, so that a pass
// can splice in or replace a few operators and leave every other byte as Chromium wrote it.
import { ARRAY, ContentLexer, DICT, HEX, LITERAL, NAME } from '../content-lexer.js';

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

/**
 * The operators of a content stream given as a latin1 string (one character a byte), one at a time, with their
 * operands as objects: for tests and small streams (the pass itself reads the lexer's operands where they are).
 */
export function* parseContent(text: string): Generator<Operator> {
  const lex = new ContentLexer(Buffer.from(text, 'latin1'), true);
  while (lex.next()) {
    const operands: Operand[] = [];
    for (let k = 0; k < lex.count; k++) operands.push(operandAt(lex, lex.starts[k]!, lex.ends[k]!));
    yield { op: lex.op, operands, start: lex.start, end: lex.end };
  }
}

function operandAt(lex: ContentLexer, start: number, end: number): Operand {
  const kind = lex.kindAt(start);
  if (kind === NAME) return { kind: 'name', value: lex.bytes.toString('latin1', start + 1, end), start, end };
  if (kind === LITERAL || kind === HEX) {
    const bytes: number[] = [];
    lex.stringBytes(start, end, bytes);
    return { kind: 'string', bytes, start, end };
  }
  const items: Operand[] = [];
  if (kind === DICT || kind === ARRAY) lex.items(start, end, (from, to) => items.push(operandAt(lex, from, to)));
  if (kind === ARRAY) return { kind: 'other', start, end, items };
  if (kind !== DICT) return { kind: 'other', start, end };
  const entries = new Map<string, Operand>();
  for (let k = 0; k + 1 < items.length; k += 2) entries.set((items[k] as { value: string }).value, items[k + 1]!);
  return { kind: 'dict', start, end, entries };
}

export interface Edit {
  start: number;
  end: number;
  text: string;
}

/** The content with each edit's range replaced by its text (insertions have start = end); edits do not overlap. */
export function applyEdits(text: string, edits: Edit[]): string {
  return applyEditsToBytes(Buffer.from(text, 'latin1'), edits).toString('latin1');
}

/** The same on bytes, into one buffer: a page's content is never turned into a string. */
export function applyEditsToBytes(bytes: Uint8Array, edits: Edit[]): Buffer {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  let size = bytes.length;
  for (const edit of sorted) size += edit.text.length - (edit.end - edit.start);
  const out = Buffer.allocUnsafe(size);
  let at = 0;
  let to = 0;
  for (const edit of sorted) {
    out.set(bytes.subarray(at, edit.start), to);
    to += edit.start - at;
    to += out.write(edit.text, to, 'latin1');
    at = edit.end;
  }
  out.set(bytes.subarray(at), to);
  return out;
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
  let out = '(\u00FE\u00FF';
  for (let k = 0; k < value.length; k++) {
    const unit = value.charCodeAt(k);
    out += LITERAL_BYTE[unit >> 8]! + LITERAL_BYTE[unit & 0xff]!;
  }
  return `${out})`;
}

/** Each byte as a literal string holds it. */
const LITERAL_BYTE = Array.from({ length: 256 }, (_, byte) =>
  byte === 0x5c ? '\\\\' : byte === 0x28 ? '\\(' : byte === 0x29 ? '\\)' : byte === 0x0d ? '\\r' : byte === 0x0a ? '\\n' : String.fromCharCode(byte),
);

/** A PDF text string's value: UTF-16BE if it starts with a byte-order mark, else PDFDocEncoding (read as latin1). */
export function decodeTextString(bytes: number[]): string {
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    let out = '';
    for (let k = 2; k + 1 < bytes.length; k += 2) out += String.fromCharCode((bytes[k]! << 8) | bytes[k + 1]!);
    return out;
  }
  return String.fromCharCode(...bytes);
}
