// Bytes → text for data files, as they arrive from spreadsheets: UTF-8 with or without a BOM, UTF-16 (with its
// BOM, as Excel's "Unicode text" writes it), and Arabic Windows-1256 (Excel's "CSV" on an Arabic Windows) when
// asked for. Decoding is strict: bytes that are not valid in the encoding stop the reading with a message that
// says what the file probably is and how to convert it, so no mojibake ever reaches a report.
import { TextDecoder } from 'node:util';
import { EXIT, UserError } from '../errors.js';

export const ENCODINGS = ['utf-8', 'utf-16le', 'utf-16be', 'windows-1256'] as const;
export type Encoding = (typeof ENCODINGS)[number];

/** Normalises what a user may type (UTF8, cp1256, windows1256…) to an encoding name, or undefined. */
export function parseEncoding(input: string): Encoding | undefined {
  const s = input.trim().toLowerCase().replace(/[_ ]/g, '-');
  if (s === 'utf8' || s === 'utf-8') return 'utf-8';
  if (s === 'utf-16' || s === 'utf16' || s === 'utf-16le' || s === 'utf16le') return 'utf-16le';
  if (s === 'utf-16be' || s === 'utf16be') return 'utf-16be';
  if (s === 'windows-1256' || s === 'windows1256' || s === 'cp1256' || s === 'cp-1256') return 'windows-1256';
  return undefined;
}

/** Bytes decoded at a time: their text stays below V8's large-object size (128 KB), even as UTF-16. */
const PIECE = 64 * 1024;

export interface DecodeState {
  /** The encoding used, from the BOM or the caller; known after the first chunk. */
  encoding?: Encoding;
  bom: boolean;
}

/**
 * Decodes a stream of bytes to text chunks. With no `encoding` given, a BOM decides (UTF-8 or UTF-16), else
 * UTF-8; invalid bytes throw a UserError (exit 2) naming the line and, when the bytes look like Windows-1256
 * Arabic, the exact command that converts the file.
 */
export async function* decodeText(
  bytes: AsyncIterable<Buffer>,
  file: string,
  encoding?: Encoding,
  state: DecodeState = { bom: false },
  firstLine = 1,
): AsyncGenerator<string> {
  let decoder: TextDecoder | undefined;
  let used: Encoding | undefined = encoding;
  let head: Buffer | undefined;
  let line = firstLine;
  let offset = 0;
  for await (let chunk of bytes) {
    if (!decoder) {
      head = head ? Buffer.concat([head, chunk]) : chunk;
      if (head.length < 3) continue; // enough bytes to see a BOM
      chunk = head;
      const bom = sniffBom(chunk);
      if (bom) {
        state.bom = true;
        if (encoding && encoding !== bom.encoding && !(encoding === 'utf-16le' && bom.encoding === 'utf-16be')) {
          throw new UserError(
            `${file} starts with a ${bom.encoding.toUpperCase()} byte order mark, but --encoding ${encoding} was given`,
            EXIT.usage,
            `Leave out --encoding: the byte order mark says the file is ${bom.encoding.toUpperCase()}.`,
          );
        }
        used = bom.encoding;
        chunk = chunk.subarray(bom.length);
        offset = bom.length;
      }
      used ??= 'utf-8';
      state.encoding = used;
      decoder = new TextDecoder(used, { fatal: true, ignoreBOM: true });
    }
    if (chunk.length <= PIECE) yield decodeChunk(decoder, chunk, true, file, used!, line, offset);
    else {
      // Decoded in pieces: a string of more than 128 KB is a "large object" to V8, several times slower to make
      // than the same text in smaller strings (100k rows in 256 KB chunks: 0.9 s, in 64 KB pieces: 0.1 s, with
      // TextDecoder as with Buffer's toString after buffer.isUtf8, which is why TextDecoder stays). A piece that
      // cannot be decoded is reported as if the chunk had been decoded whole, as it always was.
      const texts: string[] = [];
      try {
        for (let at = 0; at < chunk.length; at += PIECE) {
          texts.push(decodeChunk(decoder, chunk.subarray(at, at + PIECE), true, file, used!, line, offset));
        }
      } catch (error) {
        if (error instanceof UserError) throw undecodable(file, used!, chunk, line, offset);
        throw error;
      }
      yield* texts;
    }
    line += countLf(chunk, used!);
    offset += chunk.length;
  }
  if (!decoder && head && head.length > 0) {
    const bom = sniffBom(head);
    if (bom) state.bom = true;
    used = bom?.encoding ?? used ?? 'utf-8';
    state.encoding = used;
    decoder = new TextDecoder(used, { fatal: true, ignoreBOM: true });
    const rest = bom ? head.subarray(bom.length) : head;
    yield decodeChunk(decoder, rest, true, file, used, line, offset);
  }
  if (decoder) {
    const last = decodeChunk(decoder, new Uint8Array(0), false, file, used!, line, offset);
    if (last) yield last;
  }
}

function decodeChunk(
  decoder: TextDecoder,
  chunk: Uint8Array,
  stream: boolean,
  file: string,
  encoding: Encoding,
  line: number,
  offset: number,
): string {
  try {
    return decoder.decode(chunk, { stream });
  } catch {
    throw undecodable(file, encoding, chunk, line, offset);
  }
}

function sniffBom(b: Uint8Array): { encoding: Encoding; length: number } | undefined {
  if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) return { encoding: 'utf-8', length: 3 };
  if (b[0] === 0xff && b[1] === 0xfe) return { encoding: 'utf-16le', length: 2 };
  if (b[0] === 0xfe && b[1] === 0xff) return { encoding: 'utf-16be', length: 2 };
  return undefined;
}

function countLf(chunk: Uint8Array, encoding: Encoding): number {
  let n = 0;
  if (encoding === 'utf-16le') {
    for (let i = 0; i + 1 < chunk.length; i += 2) if (chunk[i] === 10 && chunk[i + 1] === 0) n++;
  } else if (encoding === 'utf-16be') {
    for (let i = 0; i + 1 < chunk.length; i += 2) if (chunk[i] === 0 && chunk[i + 1] === 10) n++;
  } else {
    for (let i = chunk.indexOf(10); i !== -1; i = chunk.indexOf(10, i + 1)) n++;
  }
  return n;
}

/** Where the first invalid byte is, and what the file most likely is. */
function undecodable(file: string, encoding: Encoding, chunk: Uint8Array, line: number, offset: number): UserError {
  const bad = encoding === 'utf-8' ? firstInvalidUtf8(chunk) : encoding === 'windows-1256' ? 0 : firstLoneSurrogate(chunk, encoding === 'utf-16le');
  const at = line + countLf(chunk.subarray(0, bad), encoding);
  if (encoding === 'utf-8' && looksLikeWindows1256(chunk)) {
    return new UserError(
      `${file}:${at}: the file is not UTF-8; it looks like Arabic text saved as Windows-1256 (Excel's "CSV" on an Arabic Windows), byte ${offset + bad + 1} is 0x${(chunk[bad] ?? 0).toString(16).padStart(2, '0')}`,
      EXIT.usage,
      `Either read it as it is with --encoding windows-1256, or convert it once to UTF-8:\n` +
        `  iconv -f WINDOWS-1256 -t UTF-8 '${file}' > incidents-utf8.csv\n` +
        `(in Excel: File > Save As > "CSV UTF-8 (Comma delimited)").`,
    );
  }
  return new UserError(
    `${file}:${at}: the file is not valid ${encoding.toUpperCase()} (byte ${offset + bad + 1} cannot be decoded)`,
    EXIT.usage,
    encoding === 'utf-8'
      ? `Save it as "CSV UTF-8" (Excel: File > Save As > "CSV UTF-8 (Comma delimited)"), or name its encoding with --encoding (${ENCODINGS.join(', ')}).`
      : `Check the --encoding given (${ENCODINGS.join(', ')}), or save the file as "CSV UTF-8".`,
  );
}

/**
 * Where the first byte that is not UTF-8 is, by the rules TextDecoder applies (RFC 3629): no overlong forms, no
 * encoded surrogates (ED A0..BF: a lone surrogate written as UTF-8), nothing above U+10FFFF.
 */
function firstInvalidUtf8(b: Uint8Array): number {
  let i = 0;
  while (i < b.length) {
    const c = b[i]!;
    const len = c < 0x80 ? 1 : c >= 0xc2 && c <= 0xdf ? 2 : c >= 0xe0 && c <= 0xef ? 3 : c >= 0xf0 && c <= 0xf4 ? 4 : 0;
    if (len === 0) return i;
    // The second byte's range depends on the first (Unicode's table 3-7).
    const low = c === 0xe0 ? 0xa0 : c === 0xf0 ? 0x90 : 0x80;
    const high = c === 0xed ? 0x9f : c === 0xf4 ? 0x8f : 0xbf;
    for (let k = 1; k < len; k++) {
      if (i + k >= b.length) return i; // cut by the chunk's end: not an error of this chunk
      const next = b[i + k]!;
      if (k === 1 ? next < low || next > high : (next & 0xc0) !== 0x80) return i;
    }
    i += len;
  }
  return i;
}

/** The byte offset of the first surrogate without its pair in UTF-16 bytes. */
function firstLoneSurrogate(b: Uint8Array, littleEndian: boolean): number {
  const unit = (i: number) => (littleEndian ? b[i]! | (b[i + 1]! << 8) : (b[i]! << 8) | b[i + 1]!);
  for (let i = 0; i + 1 < b.length; i += 2) {
    const u = unit(i);
    if (u >= 0xdc00 && u <= 0xdfff) return i;
    if (u >= 0xd800 && u <= 0xdbff) {
      if (i + 3 >= b.length) return i + 2 >= b.length ? b.length : i;
      const next = unit(i + 2);
      if (next < 0xdc00 || next > 0xdfff) return i;
      i += 2;
    }
  }
  return b.length;
}

/**
 * Windows-1256 puts Arabic letters at 0xC1–0xFE; in Arabic text they come in runs, which in UTF-8 are invalid
 * (a lead byte followed by another lead byte). Heuristic: most high bytes decode to Arabic letters.
 */
export function looksLikeWindows1256(b: Uint8Array): boolean {
  const text = new TextDecoder('windows-1256').decode(b.subarray(0, 64 * 1024));
  let arabic = 0;
  let high = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if (code < 0x80) continue;
    high++;
    if (code >= 0x0600 && code <= 0x06ff) arabic++;
  }
  return high > 0 && arabic / high >= 0.6;
}

/** Windows-1256 byte of each character it has, from the decoder's own table. */
let cp1256: Map<string, number> | undefined;

/**
 * Text → bytes in an encoding, without a byte order mark (text appended to a file that has one already). A
 * character the encoding has no byte for (Windows-1256 has no Chinese, no emoji) is reported with its index.
 */
export function encodeText(text: string, encoding: Encoding): { bytes: Buffer } | { unencodable: { char: string; index: number } } {
  if (encoding === 'utf-8') return { bytes: Buffer.from(text, 'utf8') };
  if (encoding === 'utf-16le') return { bytes: Buffer.from(text, 'utf16le') };
  if (encoding === 'utf-16be') return { bytes: Buffer.from(text, 'utf16le').swap16() };
  if (!cp1256) {
    cp1256 = new Map();
    const decoder = new TextDecoder('windows-1256');
    for (let b = 0; b < 256; b++) cp1256.set(decoder.decode(Uint8Array.of(b)), b);
  }
  const bytes = Buffer.alloc(text.length);
  let n = 0;
  let index = 0;
  for (const char of text) {
    const b = cp1256.get(char);
    if (b === undefined) return { unencodable: { char, index } };
    bytes[n++] = b;
    index += char.length;
  }
  return { bytes: bytes.subarray(0, n) };
}
