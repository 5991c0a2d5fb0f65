// What each glyph code of a font stands for, read from the font's ToUnicode CMap (Chromium writes bfchar and
// bfrange entries for two-byte Identity-H codes).

export interface FontText {
  /** Bytes per glyph code: 2 for Chromium's CID fonts, 1 for simple fonts. */
  codeBytes: number;
  toUnicode: Map<number, string>;
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

/** The text of a shown string's glyph codes. */
export function glyphTexts(font: FontText | undefined, bytes: number[]): string[] {
  const size = font?.codeBytes ?? 1;
  const out: string[] = [];
  for (let k = 0; k + size - 1 < bytes.length; k += size) {
    const code = size === 2 ? (bytes[k]! << 8) | bytes[k + 1]! : bytes[k]!;
    out.push(font?.toUnicode.get(code) ?? '');
  }
  return out;
}
