// The values of content-stream operands, read from their bytes (see content-lexer.ts).

const POW10 = Array.from({ length: 23 }, (_, k) => 10 ** k);

/**
 * A plain decimal ("-4.0387573", ".24") read from its bytes; undefined for anything else. Its digits as an integer
 * divided by a power of ten: both exact, so the quotient is rounded once, to the very number Number() reads.
 */
export function decimal(b: Buffer, from: number, to: number): number | undefined {
  let j = from;
  const negative = b[j] === 0x2d;
  if (negative || b[j] === 0x2b) j++;
  let digits = 0;
  let value = 0;
  let scale = -1;
  for (; j < to; j++) {
    const c = b[j]!;
    if (c === 0x2e && scale < 0) scale = 0;
    else if (c >= 0x30 && c <= 0x39) {
      value = value * 10 + (c - 0x30);
      digits++;
      if (scale >= 0) scale++;
    } else return undefined;
  }
  if (digits === 0 || digits > 15) return undefined;
  const result = scale > 0 ? value / POW10[scale]! : value;
  return negative ? -result : result;
}

const ESCAPES: Record<number, number> = { 0x6e: 10, 0x72: 13, 0x74: 9, 0x62: 8, 0x66: 12 };

/** A literal string's bytes: escapes, octal codes and line continuations read. */
export function literalBytes(b: Buffer, from: number, to: number, out: number[]): void {
  let depth = 0;
  for (let j = from + 1; j < to; j++) {
    const c = b[j]!;
    if (c === 0x5c) {
      const next = b[++j]!;
      if (ESCAPES[next] !== undefined) out.push(ESCAPES[next]!);
      else if (next >= 0x30 && next <= 0x37) {
        let code = next - 0x30;
        for (let d = 1; d < 3 && b[j + 1]! >= 0x30 && b[j + 1]! <= 0x37; d++) code = code * 8 + (b[++j]! - 0x30);
        out.push(code & 0xff);
      } else if (next === 0x0d || next === 0x0a) {
        if (next === 0x0d && b[j + 1] === 0x0a) j++;
      } else out.push(next);
    } else if (c === 0x28) (depth++, out.push(c));
    else if (c === 0x29) {
      if (depth-- === 0) break;
      out.push(c);
    } else out.push(c);
  }
}
