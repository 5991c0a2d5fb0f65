// The content-stream pass on its own, on streams written the way Chromium writes them.
import { describe, expect, it } from 'vitest';
import { applyEdits, decodeTextString, hexTextString, parseContent } from '../src/core/text-layer/content-stream.js';
import { carrierEdits, pieces, type CarrierFonts } from '../src/core/text-layer/pdfjs-carriers.js';
import { scanRuns, textRunEdits } from '../src/core/text-layer/text-runs.js';
import { parseToUnicode } from '../src/core/text-layer/to-unicode.js';

const CMAP = `2 beginbfchar\n<0003> <0020>\n<0010> <0627>\nendbfchar\n2 beginbfrange\n<0020> <0022> <0628>\n<0041> <0042> <0041>\nendbfrange`;
const fonts = new Map([['F4', { codeBytes: 2, toUnicode: parseToUnicode(CMAP) }]]);
const run = (content: string, rightToLeft = true) => {
  const stats = { reversed: 0, leftToRight: 0 };
  return { out: applyEdits(content, textRunEdits(content, fonts, rightToLeft, stats)), stats };
};
/** The ActualText values of the spans the pass wrote, in stream order. */
const actualTexts = (content: string) =>
  [...parseContent(content)].flatMap((o) => {
    const value = o.operands[1]?.kind === 'dict' ? o.operands[1].entries.get('ActualText') : undefined;
    return value?.kind === 'string' ? [decodeTextString(value.bytes)] : [];
  });

describe('the content stream', () => {
  it('reads operators with their operands and leaves untouched bytes as they were', () => {
    const content = '/P <</MCID 3 /ActualText (a\\)b)>> BDC BT /F4 12 Tf [<0003> -20 <0010>] TJ ET EMC';
    const ops = [...parseContent(content)].map((o) => o.op);
    expect(ops).toEqual(['BDC', 'BT', 'Tf', 'TJ', 'ET', 'EMC']);
    expect(actualTexts(content)).toEqual(['a)b']);
    expect(applyEdits(content, [])).toBe(content);
    expect(decodeTextString([...Buffer.from(hexTextString('لك٢').slice(1, -1), 'hex')])).toBe('لك٢');
  });

  it('reads bfchar and bfrange entries of a ToUnicode CMap', () => {
    expect([...parseToUnicode(CMAP)]).toEqual([[3, ' '], [0x10, 'ا'], [0x20, 'ب'], [0x21, 'ة'], [0x22, 'ت'], [0x41, 'A'], [0x42, 'B']]);
  });
});

describe('the text runs', () => {
  it('gives a reversed run its text in reverse order, a cluster kept whole, inside direction marks', () => {
    // Visual order: ت, a cluster "بً" drawn as one glyph, ا: logical "ابًت".
    const content = 'BT /ReversedChars BMC /F4 12 Tf 1 0 0 -1 10 20 Tm <0022> Tj 5 0 Td /Span<</ActualText <FEFF0628064B>>> BDC <0020> Tj EMC 5 0 Td <0010> Tj EMC ET';
    const { out, stats } = run(content);
    expect(stats).toEqual({ reversed: 1, leftToRight: 0 });
    const [actual] = actualTexts(out);
    expect([...actual!].reverse().join('')).toBe('\u200Fابًت\u200F');
    // The cluster's own span is plain now, and every operator is balanced.
    expect(out).toContain('/Span BMC');
    const ops = [...parseContent(out)].map((o) => o.op);
    expect(ops.filter((o) => o === 'BDC' || o === 'BMC').length).toBe(ops.filter((o) => o === 'EMC').length);
  });

  it('bounds a left-to-right run by LRMs in a right-to-left document, and joins runs that touch on a line', () => {
    const content = 'BT /F4 12 Tf 1 0 0 -1 10 20 Tm <0041> Tj ET BT /F4 12 Tf 1 0 0 -1 14 20 Tm <0042> Tj ET';
    expect(actualTexts(run(content).out)).toEqual(['', '\u200EAB\u200E']);
    // A run of spaces only sits at the paragraph's level: right to left.
    expect(actualTexts(run('BT /F4 12 Tf 1 0 0 -1 10 20 Tm <0003> Tj ET').out)).toEqual(['\u200F \u200F']);
  });

  it('empties the spans that stand for bidi isolates, and leaves other text of a left-to-right document alone', () => {
    const content = 'BT /Span<</ActualText <FEFF2069>>> BDC /F4 12 Tf 1 0 0 -1 10 20 Tm <0003> Tj EMC ET BT <0010> Tj ET';
    const { out, stats } = run(content, false);
    expect(actualTexts(out)).toEqual(['']);
    expect(stats).toEqual({ reversed: 0, leftToRight: 0 });
  });
});

describe('the pdf.js carriers', () => {
  const cmap = `6 beginbfchar\n<0003> <0020>\n<0010> <0627>\n<0020> <062A>\n<0050> <0661>\n<0051> <0662>\n<0060> <0651>\nendbfchar`;
  const arabic = new Map([['F4', { codeBytes: 2, toUnicode: parseToUnicode(cmap) }]]);
  const carry = (content: string) => {
    const texts: string[] = [];
    const fonts: CarrierFonts = { carrier: 'C', code: (text) => texts.push(text), silent: (name) => `S${name}` };
    const stats = { lines: 0, uncarried: 0 };
    const { runs, fontOps } = scanRuns(content, arabic, true);
    return { out: applyEdits(content, carrierEdits(runs, fontOps, fonts, stats)), texts, stats };
  };

  it('gives each line its stretches in logical order, written so that pdf.js reverses a right-to-left one back', () => {
    // Visual order: ت ا and a space, then the number ١٢ on its right: the line reads "١٢ ات".
    const content = 'BT /ReversedChars BMC /F4 12 Tf 1 0 0 -1 10 20 Tm <0020> Tj 5 0 Td <0010> Tj 5 0 Td <0003> Tj EMC ET BT /F4 12 Tf 1 0 0 -1 30 20 Tm <0050> Tj 5 0 Td <0051> Tj ET';
    const { out, texts, stats } = carry(content);
    expect(stats).toEqual({ lines: 1, uncarried: 0 });
    // The number as it is; the words reversed, the space that precedes them last.
    expect(texts).toEqual(['١٢', 'تا ']);
    // Chromium's glyphs are shown with the silent copy of their font; the carriers invisibly, before them.
    expect(out.match(/\/SF4 12 Tf/g)?.length).toBe(2);
    expect(out.indexOf('3 Tr')).toBeLessThan(out.indexOf('/SF4'));
    const ops = [...parseContent(out)].map((o) => o.op);
    expect(ops.filter((o) => o === 'BDC' || o === 'BMC').length).toBe(ops.filter((o) => o === 'EMC').length);
    expect(ops.filter((o) => o === 'BT').length).toBe(ops.filter((o) => o === 'ET').length);
  });

  it('gives marks glyphs of their own, never first, and keeps pieces short enough for poppler', () => {
    // pdf.js takes a glyph whose text holds a mark for a zero-width diacritic, one that begins with a space for a space.
    expect(pieces('اّ ب')).toEqual(['ا', 'ّ ', 'ب']);
    expect(pieces('ّب')).toEqual(['\u200F ', 'ّ', 'ب']);
    expect(pieces('ب'.repeat(130))!.map((p) => p.length)).toEqual([60, 60, 10]);
    expect(pieces(' ب')).toBeUndefined();
  });
});
