// An incremental RFC 4180 CSV reader: text in (in chunks of any size), records out, each with the physical
// line it starts on. Quoted fields may hold commas, quotes ("") and line breaks; LF, CRLF and CR all end a
// record. It never throws on bad input: a record that is not well-formed CSV comes out with `problem` set, so
// the validator can reject that one row and go on. `npm run bench` measures it beside csv-parse on the same
// file (100k sample-like rows, 82 MB, decoding included: 0.65 s CPU against csv-parse's 2.3 s, at the time of
// writing).

import { MAX_RECORD, RecordSkipper } from './csv-oversize.js';
import { SUSPECT } from './text-safety.js';

export interface CsvRecord {
  /** Physical line (1-based) on which the record starts. */
  line: number;
  fields: string[];
  /** Set when the record is not well-formed CSV (a stray or unclosed quote). */
  problem?: string;
  /**
   * Set when the text the record was read from holds a control or bidirectional character (text-safety.ts):
   * only such records have their fields looked at one by one.
   */
  suspect?: true;
}

/** The problem of a record whose quoted field runs to the end of the text: the rest of the file is in it. */
export const UNCLOSED_QUOTE = 'has a quoted field that is never closed: a double quote opens it and none closes it';

/** Whether a record's problem is a quote never closed (which the oversize reader says in its own words too). */
export const isUnclosed = (problem: string | undefined): boolean => problem?.startsWith(UNCLOSED_QUOTE.split(':')[0]!) ?? false;

export class CsvReader {
  private buffer = '';
  private done = false;
  /** The text not yet read into records may hold a suspect character (each chunk is searched once, as it comes). */
  private suspect = false;
  /** Passing over a record too long to be real, when there is one. */
  private skipper: RecordSkipper | undefined;

  /** `line`: the line of the text's first character, when the text is a part of a file that starts further on. */
  constructor(private line = 1) {}

  /** Records completed by this chunk; a record cut by the chunk's end waits for the next. */
  push(chunk: string): CsvRecord[] {
    let passed: CsvRecord[] = [];
    if (this.skipper) {
      const end = this.skipper.through(chunk);
      if (end === -1) return [];
      passed = [this.endSkipping(true)];
      chunk = chunk.slice(end);
    }
    const records = this.read(chunk);
    // A record cut by the chunk's end that is already too long to be real is passed over, not gathered.
    if (this.buffer.length > MAX_RECORD) {
      this.skipper = new RecordSkipper(this.buffer, this.line);
      this.buffer = '';
    }
    return passed.length > 0 ? passed.concat(records) : records;
  }

  private endSkipping(ended: boolean): CsvRecord {
    const { record, lines } = this.skipper!.record(ended);
    this.skipper = undefined;
    this.line += lines;
    return record;
  }

  private read(chunk: string): CsvRecord[] {
    // What is left of earlier chunks keeps its mark until it is read; each chunk is searched once.
    this.suspect = (this.buffer.length > 0 && this.suspect) || SUSPECT.test(chunk);
    if (this.buffer.length === 0) {
      this.buffer = chunk;
      return this.drain(false);
    }
    // The record cut by the previous chunk's end is completed with as little of this chunk as it needs, line by
    // line, and the rest of the chunk is read where it is: joining the whole chunk to the cut record would copy
    // it into a new string (a large one, slow to allocate), and searching the unjoined rope is slower still.
    let records: CsvRecord[] | undefined;
    let from = 0;
    for (let tries = 0; tries < 8 && this.buffer.length < 65536; tries++) {
      const lf = chunk.indexOf('\n', from);
      if (lf === -1) break;
      this.buffer = flat(this.buffer + chunk.slice(from, lf + 1));
      from = lf + 1;
      const done = this.drain(false);
      if (done.length > 0) records = records ? records.concat(done) : done;
      if (this.buffer.length === 0) {
        this.buffer = chunk.slice(from);
        if (this.buffer.length === 0) return records ?? [];
        const rest = this.drain(false);
        return records ? records.concat(rest) : rest;
      }
    }
    this.buffer = flat(this.buffer + chunk.slice(from));
    const rest = this.drain(false);
    return records ? records.concat(rest) : rest;
  }

  /** The last record, if the text does not end with a line break. */
  end(): CsvRecord[] {
    if (this.done) return [];
    this.done = true;
    if (this.skipper) return [this.endSkipping(false)];
    return this.drain(true);
  }

  private drain(final: boolean): CsvRecord[] {
    const records: CsvRecord[] = [];
    const s = this.buffer;
    const n = s.length;
    const scan = new Scanner(s);
    const suspect = this.suspect;
    let pos = 0;
    for (;;) {
      // Blank lines between records are skipped (they carry no data), but they count as lines.
      let waiting = false;
      while (pos < n && (s.charCodeAt(pos) === 10 || s.charCodeAt(pos) === 13)) {
        if (s.charCodeAt(pos) === 13) {
          if (pos + 1 >= n && !final) {
            waiting = true; // a CR at the end of the chunk may be half of a CRLF
            break;
          }
          if (s.charCodeAt(pos + 1) === 10) pos++;
        }
        pos++;
        this.line++;
      }
      if (waiting || pos >= n) break;
      const parsed = parseRecord(s, scan, pos, final, this.line);
      if (!parsed) break; // incomplete: wait for more text
      if (suspect) parsed.record.suspect = true;
      records.push(parsed.record);
      this.line += parsed.lines;
      pos = parsed.next;
    }
    this.buffer = pos >= n ? '' : s.slice(pos);
    return records;
  }
}

interface Parsed {
  record: CsvRecord;
  /** Line breaks consumed, including the one that ends the record. */
  lines: number;
  next: number;
}

/** One record starting at `start`, or undefined when the text ends before the record does (and not final). */
function parseRecord(s: string, scan: Scanner, start: number, final: boolean, line: number): Parsed | undefined {
  const n = s.length;
  const fields: string[] = [];
  let pos = start;
  let lines = 0;
  let problem: string | undefined;
  for (;;) {
    if (s.charCodeAt(pos) === 34 /* " */) {
      // Quoted field: up to the quote not followed by another quote.
      let value = '';
      let from = pos + 1;
      for (;;) {
        const q = s.indexOf('"', from);
        if (q === -1) {
          if (!final) return undefined;
          value += s.slice(from);
          lines += countBreaks(s, from, n);
          problem ??= UNCLOSED_QUOTE;
          fields.push(value);
          return { record: { line, fields, problem }, lines, next: n };
        }
        if (q + 1 >= n && !final) return undefined;
        lines += countBreaks(s, from, q);
        if (s.charCodeAt(q + 1) === 34) {
          value += s.slice(from, q + 1);
          from = q + 2;
          continue;
        }
        value += s.slice(from, q);
        pos = q + 1;
        break;
      }
      // After the closing quote: a delimiter, a line break or the end; anything else is kept but flagged.
      const after = scan.delimiter(pos);
      if (after > pos) {
        problem ??= 'has text after the closing quote of a field; a field with a quote must be quoted whole, with "" for each quote';
        value += s.slice(pos, after);
        pos = after;
      }
      fields.push(value);
    } else {
      const end = scan.delimiter(pos);
      if (end >= n && !final) return undefined;
      const value = s.slice(pos, end);
      if (scan.quote(pos) < end) {
        problem ??= 'has a double quote inside a field that is not quoted; quote the field and write the quote as ""';
      }
      fields.push(value);
      pos = end;
    }
    // pos is at a comma, a line break or the end of the text.
    if (pos >= n) {
      if (!final) return undefined;
      return { record: rec(line, fields, problem), lines, next: n };
    }
    const c = s.charCodeAt(pos);
    if (c === 44 /* , */) {
      pos++;
      if (pos >= n && !final) return undefined;
      if (pos >= n) {
        fields.push('');
        return { record: rec(line, fields, problem), lines, next: n };
      }
      continue;
    }
    // a line break ends the record
    if (c === 13) {
      if (pos + 1 >= n && !final) return undefined;
      if (s.charCodeAt(pos + 1) === 10) pos++;
    }
    return { record: rec(line, fields, problem), lines: lines + 1, next: pos + 1 };
  }
}

/**
 * The same text as one flat string. `a + b` is a rope (V8's ConsString), and indexOf on a rope does not flatten
 * it for good: every search copies the rope again (10 to 20 times slower than on a flat string). Slicing a
 * rope makes a flat copy.
 */
function flat(s: string): string {
  return ` ${s}`.slice(1);
}

function rec(line: number, fields: string[], problem: string | undefined): CsvRecord {
  return problem === undefined ? { line, fields } : { line, fields, problem };
}

/**
 * Finds the next comma, CR, LF or double quote with indexOf, remembering where each one is: a text is scanned
 * for each character once, by the engine's own search, instead of character by character in JavaScript. Most
 * files have no CR at all, and that is learnt with a single search.
 */
class Scanner {
  private comma = -1;
  private lf = -1;
  private cr = -1;
  private dquote = -1;
  private readonly n: number;

  constructor(private readonly s: string) {
    this.n = s.length;
  }

  /** Index of the next comma, CR or LF at or after `from`, or the text's length. */
  delimiter(from: number): number {
    if (this.comma < from) this.comma = this.find(',', from);
    if (this.lf < from) this.lf = this.find('\n', from);
    if (this.cr < from) this.cr = this.find('\r', from);
    return Math.min(this.comma, this.lf, this.cr);
  }

  /** Index of the next double quote at or after `from`, or the text's length. */
  quote(from: number): number {
    if (this.dquote < from) this.dquote = this.find('"', from);
    return this.dquote;
  }

  private find(c: string, from: number): number {
    const i = this.s.indexOf(c, from);
    return i === -1 ? this.n : i;
  }
}

/** Line breaks in s[from, to): LF, CRLF and a lone CR each count once. */
function countBreaks(s: string, from: number, to: number): number {
  let count = 0;
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i);
    if (c === 10) count++;
    else if (c === 13 && s.charCodeAt(i + 1) !== 10) count++;
  }
  return count;
}
