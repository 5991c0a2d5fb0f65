// A record too long to be real (a cell of 50 MB pasted by mistake, or a quote never closed that would make the
// rest of the file one cell) is not gathered into memory: once the CSV reader holds more than MAX_RECORD
// characters of one record, the rest of it is passed over, keeping only its CSV state (inside quotes or not)
// and its line breaks, until the line break that ends it. It comes out as one record with a problem, so the
// row is rejected and counted like any other, in time linear in its length.
import type { CsvRecord } from './csv.js';

/** Characters of one record, all its fields together: far above what the columns' limits allow (FIELD_LIMITS). */
export const MAX_RECORD = 1_000_000;
/** How much of the record's text is kept for the messages and rejected.csv. */
const KEPT = 200;

type State = 'fieldStart' | 'unquoted' | 'quoted' | 'quoteInQuoted';

export class RecordSkipper {
  private state: State = 'fieldStart';
  private lines = 0;
  private length = 0;
  private readonly kept: string;

  /** `text`: the record so far, from its first character; `line`: the line it starts on. */
  constructor(
    text: string,
    readonly line: number,
  ) {
    this.kept = text.slice(0, KEPT);
    // The text so far holds no line break that ends the record (else the reader would have ended it there).
    this.through(text);
  }

  /**
   * Reads on through a chunk. Returns where the record ends in it (just after its line break) or -1 when it
   * goes on past the chunk.
   */
  through(chunk: string): number {
    let state = this.state;
    for (let i = 0; i < chunk.length; i++) {
      const c = chunk.charCodeAt(i);
      const isBreak = c === 10 || c === 13;
      if (state === 'quoted') {
        if (c === 34) state = 'quoteInQuoted';
        else if (c === 10 || (c === 13 && chunk.charCodeAt(i + 1) !== 10)) this.lines++;
        continue;
      }
      if (isBreak) {
        this.length += i;
        return c === 13 && chunk.charCodeAt(i + 1) === 10 ? i + 2 : i + 1;
      }
      if (c === 44) state = 'fieldStart';
      else if (state === 'fieldStart') state = c === 34 ? 'quoted' : 'unquoted';
      else if (state === 'quoteInQuoted') state = c === 34 ? 'quoted' : 'unquoted';
    }
    this.state = state;
    this.length += chunk.length;
    return -1;
  }

  /** The record passed over, and the line breaks it held (with the one that ends it, when it ended). */
  record(ended: boolean): { record: CsvRecord; lines: number } {
    const problem =
      this.state === 'quoted' && !ended
        ? `has a quoted field that is never closed, and is longer than ${MAX_RECORD.toLocaleString('en')} characters: the rest of the file is in it`
        : `is ${this.length.toLocaleString('en')} characters long, more than the ${MAX_RECORD.toLocaleString('en')} a row may have: it was not read`;
    return { record: { line: this.line, fields: [`${this.kept}…`], problem }, lines: this.lines + (ended ? 1 : 0) };
  }
}
