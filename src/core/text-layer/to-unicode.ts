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

/** The glyph codes of a shown string. */
export function glyphCodes(font: FontText | undefined, bytes: number[]): number[] {
  const size = font?.codeBytes ?? 1;
  const out: number[] = [];
  for (let k = 0; k + size - 1 < bytes.length; k += size) out.push(size === 2 ? (bytes[k]! << 8) | bytes[k + 1]! : bytes[k]!);
  return out;
}

/** The text of a shown string's glyph codes. */
export const glyphTexts = (font: FontText | undefined, bytes: number[]): string[] => glyphCodes(font, bytes).map((code) => font?.toUnicode.get(code) ?? '');

/** How far a shown string advances, in thousandths of the font size. */
export const advance = (font: FontText | undefined, bytes: number[]): number =>
  glyphCodes(font, bytes).reduce((sum, code) => sum + (font?.widths?.get(code) ?? font?.defaultWidth ?? 500), 0);

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
