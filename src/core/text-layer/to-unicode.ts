// What each glyph code of a font stands for, read from the font's ToUnicode CMap (Chromium writes bfchar and
// bfrange entries for two-byte Identity-H codes).

export interface FontText {
  /** Bytes per glyph code: 2 for Chromium's CID fonts, 1 for simple fonts. */
  codeBytes: number;
  toUnicode: Map<number, string>;
  /** Advance widths by code, in thousandths of the font size (a CID font's W array), and the default. */
  widths?: Map<number, number>;
  defaultWidth?: number;
}

const utf16 = (hex: string) => {
  let out = '';
  for (let k = 0; k + 3 < hex.length; k += 4) out += String.fromCharCode(parseInt(hex.slice(k, k + 4), 16));
  return out;
};

export function parseToUnicode(cmap: string): Map<number, string> {
  const map = new Map<number, string>();
  for (const block of cmap.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) {
    for (const [, code, dst] of block[1]!.matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]*)>/g)) map.set(parseInt(code!, 16), utf16(dst!));
  }
  for (const block of cmap.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
    for (const [, lo, hi, dst] of block[1]!.matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>\s*(<[0-9a-fA-F]*>|\[[^\]]*\])/g)) {
      const first = parseInt(lo!, 16);
      const last = parseInt(hi!, 16);
      if (dst!.startsWith('[')) {
        [...dst!.matchAll(/<([0-9a-fA-F]*)>/g)].forEach((m, k) => map.set(first + k, utf16(m[1]!)));
      } else {
        const base = utf16(dst!.slice(1, -1));
        const lastUnit = base.charCodeAt(base.length - 1);
        for (let code = first; code <= last; code++) map.set(code, base.slice(0, -1) + String.fromCharCode(lastUnit + code - first));
      }
    }
  }
  return map;
}

/** The text of the glyph whose code starts at `bytes[k]`. */
export function glyphText(font: FontText | undefined, bytes: number[], k: number): string {
  return font?.toUnicode.get(font.codeBytes === 2 ? (bytes[k]! << 8) | bytes[k + 1]! : bytes[k]!) ?? '';
}

/** How far a shown string (its bytes from `from` to `to`) advances, in thousandths of the font size. */
export function advance(font: FontText | undefined, bytes: number[], from: number, to: number): number {
  const size = font?.codeBytes ?? 1;
  let sum = 0;
  for (let k = from; k + size - 1 < to; k += size) {
    sum += font?.widths?.get(size === 2 ? (bytes[k]! << 8) | bytes[k + 1]! : bytes[k]!) ?? font?.defaultWidth ?? 500;
  }
  return sum;
}

/** A CID font's W array ([c [w1 w2 …]] and [first last w] entries) as widths by code. */
export function parseWidths(entries: (number | number[])[]): Map<number, number> {
  const widths = new Map<number, number>();
  for (let k = 0; k < entries.length; ) {
    const first = entries[k] as number;
    const next = entries[k + 1];
    if (Array.isArray(next)) {
      next.forEach((w, i) => widths.set(first + i, w));
      k += 2;
    } else {
      for (let code = first; code <= (next as number); code++) widths.set(code, entries[k + 2] as number);
      k += 3;
    }
  }
  return widths;
}
