// Characters a data field must not carry as they are: control characters (NUL, ESC and the other C0 and C1 codes
// except tab and line breaks), which print as boxes and drive terminals, and bidirectional controls left open,
// which reverse whatever is printed after the field (an unterminated U+202E in `location` turns the country name
// after it around). Pure.

/**
 * Any character worth a closer look: one search of a whole chunk of text for it is cheap (the CSV reader makes
 * it once per chunk), where testing each field of each row would double the time of a validation.
 */
export const SUSPECT = /[\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x9F\u202A-\u202E\u2066-\u2069]/;

const CONTROL = /[\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x9F]/;

const NAMES: Record<number, string> = { 0: 'NUL', 0x1b: 'ESC', 0x7f: 'DEL', 0x08: 'BS', 0x07: 'BEL', 0x0c: 'FF', 0x0b: 'VT', 0x9b: 'CSI' };

/** "U+001B (ESC)": how a message names a character a reader cannot see. */
export function charName(code: number): string {
  const hex = `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
  return NAMES[code] ? `${hex} (${NAMES[code]})` : hex;
}

/** The first control character of a text (tab, LF and CR are text), as its index and code, or undefined. */
export function controlCharacter(text: string): { index: number; code: number } | undefined {
  const m = CONTROL.exec(text);
  return m ? { index: m.index, code: m[0].charCodeAt(0) } : undefined;
}

const OPENERS_EMBEDDING = new Set([0x202a, 0x202b, 0x202d, 0x202e]); // LRE RLE LRO RLO, closed by PDF
const OPENERS_ISOLATE = new Set([0x2066, 0x2067, 0x2068]); // LRI RLI FSI, closed by PDI
const PDF = 0x202c;
const PDI = 0x2069;

/**
 * The text with its bidirectional controls paired: a closer that closes nothing is dropped, and every opener
 * left open is closed at the end of the text, so the field's direction cannot leak into what follows it.
 */
export function balanceBidi(text: string): { text: string; changed: boolean; unclosed: number[] } {
  const stack: number[] = [];
  let out = '';
  let changed = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (OPENERS_EMBEDDING.has(c) || OPENERS_ISOLATE.has(c)) stack.push(c);
    else if (c === PDF) {
      if (stack.length === 0 || !OPENERS_EMBEDDING.has(stack[stack.length - 1]!)) {
        changed = true;
        continue;
      }
      stack.pop();
    } else if (c === PDI) {
      const at = stack.findLastIndex((o) => OPENERS_ISOLATE.has(o));
      if (at === -1) {
        changed = true;
        continue;
      }
      // A PDI closes its isolate and every embedding opened inside it (UAX #9).
      stack.length = at;
    }
    out += text[i];
  }
  const unclosed = [...stack];
  for (const o of stack.reverse()) out += String.fromCharCode(OPENERS_ISOLATE.has(o) ? PDI : PDF);
  return { text: out, changed: changed || unclosed.length > 0, unclosed };
}

/** Text as a terminal should show it: control characters other than tab and line feed written as \u001b. */
export function terminalSafe(text: string): string {
  return text.replace(/[\x00-\x08\x0B-\x1F\x7F-\x9F]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/**
 * A cell as a spreadsheet should open it: text starting with =, +, -, @, a tab or a carriage return is a formula
 * to Excel and LibreOffice (=HYPERLINK(…) runs on a click), so it is written after an apostrophe, which they show
 * as text. Numbers (-5, +3.2, -12%) stay numbers. A cell that already starts with apostrophes before such a
 * character gets one more, so that `spreadsheetText` gives back exactly what was written.
 */
export function spreadsheetSafe(value: string): string {
  if (!/^'*[=+\-@\t\r]/.test(value) || /^[+-]?\d+(?:\.\d+)?%?$/.test(value)) return value;
  return `'${value}`;
}

/** The value `spreadsheetSafe` was given (for the files oic-report reads back, such as incident-index.csv). */
export function spreadsheetText(cell: string): string {
  return /^'+[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell;
}
