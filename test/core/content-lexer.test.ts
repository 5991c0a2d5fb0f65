// The content-stream lexer that the structure passes and the text layer share: what it reads must be what the
// readers it replaced read, to the last bit of every number.
import { describe, expect, it } from 'vitest';
import { ARRAY, ContentLexer, DICT, HEX, LITERAL, NAME, NUMBER, OTHER } from '../../src/core/content-lexer.js';

const bytes = (text: string) => Buffer.from(text, 'latin1');
const read = (text: string, strict = true) => {
  const lex = new ContentLexer(bytes(text), strict);
  const ops: { op: string; kinds: number[]; start: number; end: number }[] = [];
  while (lex.next()) ops.push({ op: lex.op, kinds: lex.kinds.slice(0, lex.count), start: lex.start, end: lex.end });
  return ops;
};

describe('the content lexer', () => {
  it('reads numbers exactly as Number() does', () => {
    const samples = ['4.0387573', '-.23999999', '.3333', '841.91998', '0', '-0', '+3', '5.', '1.56648254', '115039', '123456789012345678', '-0.000000001'];
    // And many decimals of the kinds Chromium writes, with up to 9 digits after the point.
    let seed = 7;
    for (let k = 0; k < 5000; k++) {
      seed = (seed * 48271) % 2147483647;
      samples.push(`${seed % 2 ? '-' : ''}${(seed % 100000) / 10 ** (seed % 10)}`);
    }
    const lex = new ContentLexer(bytes(`${samples.join(' ')} Td`), true);
    expect(lex.next()).toBe(true);
    expect(lex.count).toBe(samples.length);
    samples.forEach((text, k) => expect(lex.number(k), text).toBe(Number(text) || 0));
  });

  it('reads operands by kind, with where each starts and ends', () => {
    const content = '/P <</MCID 3 /ActualText (a\\)b)>> BDC [<0003> -20 (x)] TJ true null Tj';
    expect(read(content)).toEqual([
      { op: 'BDC', kinds: [NAME, DICT], start: 0, end: 37 },
      { op: 'TJ', kinds: [ARRAY], start: 38, end: 57 },
      { op: 'Tj', kinds: [OTHER, OTHER], start: 58, end: content.length },
    ]);
    const lex = new ContentLexer(bytes(content), true);
    lex.next();
    const value = lex.dictValue(1, 'ActualText')!;
    const text: number[] = [];
    lex.stringBytes(value[0], value[1], text);
    expect(Buffer.from(text).toString('latin1')).toBe('a)b');
    expect(lex.isName(0, 'P')).toBe(true);
    expect(lex.kindAt(value[0])).toBe(LITERAL);
    lex.next();
    const strings: number[][] = [];
    lex.items(lex.starts[0]!, lex.ends[0]!, (from, to) => {
      if (lex.kindAt(from) === HEX || lex.kindAt(from) === LITERAL) lex.stringBytes(from, to, (strings[strings.length] = []));
    });
    expect(strings).toEqual([[0, 3], [0x78]]);
  });

  it('decodes escapes, octal codes and line continuations in literal strings, and odd hex strings', () => {
    const lex = new ContentLexer(bytes('(a\\n\\101\\7b\\\ncd\\(\\\\) <41 4> Tj'), true);
    lex.next();
    const literal: number[] = [];
    const hex: number[] = [];
    lex.stringBytes(lex.starts[0]!, lex.ends[0]!, literal);
    lex.stringBytes(lex.starts[1]!, lex.ends[1]!, hex);
    expect(Buffer.from(literal).toString('latin1')).toBe('a\nA\x07bcd(\\');
    expect(hex).toEqual([0x41, 0x40]);
    expect(lex.kinds.slice(0, 2)).toEqual([LITERAL, HEX]);
  });

  it('throws on what the text layer cannot follow, and reads over it leniently', () => {
    expect(() => read('[1 Tj] TJ')).toThrow(/operator inside/);
    expect(() => read('<</K Tj>> BDC')).toThrow(/operator inside/);
    expect(() => read('<<1 2>> BDC')).toThrow(/bad dictionary/);
    expect(() => read(') Tj')).toThrow(/unexpected/);
    expect(() => read('BI /W 1 ID \x00 EI')).toThrow(/inline images/);
    expect(read(') } Tj BI /W 1 ID \x00ET EI', false).map((o) => o.op)).toEqual(['Tj', 'BI', 'ID', 'EI']);
    expect(read('1 2 % a comment Tj\n3 re', false)).toEqual([{ op: 're', kinds: [NUMBER, NUMBER, NUMBER], start: 0, end: 23 }]);
  });
});
