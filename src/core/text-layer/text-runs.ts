// Chromium writes a right-to-left run as its glyphs in visual order inside `/ReversedChars BMC … EMC`, any other
// run as its glyphs in order, and a cluster whose glyphs do not spell its characters (a ligature, a mirrored
// bracket, a letter with its marks, a bidi isolate drawn as a space) as `/Span <</ActualText …>> BDC … EMC`.
// poppler places each glyph by position and then rebuilds the logical order line by line with a simple rule: an
// Arabic stretch takes the neutrals (spaces, commas, brackets) beside it, a number or Latin stretch those on
// its left. So it splits words before a wide glyph, detaches marks and commas, and moves the space after a
// number, or a closing bracket, to the wrong side.
//
// This pass gives every run one ActualText of its characters, bounded by a direction mark of its own direction
// (RLM for a reversed run, LRM for a left-to-right one in a right-to-left document), so that poppler's rule
// keeps each neutral with the run it belongs to. A reversed run's ActualText stays in reverse order, as the
// ReversedChars sequence around it declares (and as poppler reads it). Clusters inside become plain spans
// (poppler lets an inner ActualText replace the outer one); bidi isolates (U+2066–U+2069) are dropped: they are
// not text.
import { ARRAY, ContentLexer, HEX, LITERAL, NAME, latin1 } from '../content-lexer.js';
import { decodeTextString, literalTextString, type Edit } from './content-stream.js';
import { ISOLATES, popplerEdits } from './poppler-spans.js';
import { advance, glyphText, type FontText } from './to-unicode.js';

const SHOW = new Set(['Tj', 'TJ', "'", '"']);

/** Consecutive glyphs and clusters of one run, with where their operators start and end. */
export interface Run {
  reversed: boolean;
  /** Where the run begins on its line, where its last glyph is, and the line's baseline (text space). */
  x: number;
  lastX: number;
  y: number;
  size: number;
  /** The text matrix at its first glyph, and the right edge of its last one (text space). */
  matrix: number[];
  right: number;
  /** The font resource its glyphs are shown with. */
  font: string;
  /** The text object (BT) it is in: where it begins, and the font and rendering mode in effect there. */
  textObject: TextObject;
  depth: number;
  texts: string[];
  start: number;
  end: number;
  /** The clusters' own ActualText spans, made plain. */
  spans: Edit[];
}

export interface TextObject {
  start: number;
  /** The Tf in effect there, if any. */
  font?: FontOp;
  mode: string;
}

/** A Tf operator: where its font name operand is, where the operator ends, and the runs shown with it. */
export interface FontOp {
  start: number;
  end: number;
  opEnd: number;
  name: string;
  size: string;
  runs: Run[];
}

type Open = { kind: 'reversed' } | { kind: 'cluster'; start: number; end: number; text: string } | { kind: 'other' };

export interface RunStats {
  /** Right-to-left runs given an ActualText. */
  reversed: number;
  /** Left-to-right runs given one (right-to-left documents only). */
  leftToRight: number;
}

export interface ScannedRuns {
  runs: Run[];
  /** Edits that do not belong to a run (the isolate spans of a left-to-right document, spans of empty runs). */
  edits: Edit[];
  fontOps: FontOp[];
}

export function textRunEdits(content: string, fonts: Map<string, FontText>, rightToLeft: boolean, stats: RunStats): Edit[] {
  const { runs, edits } = scanRuns(content, fonts, rightToLeft);
  return [...edits, ...popplerEdits(runs, stats)];
}

/** The text state a content stream is read with: font, matrix, rendering mode, the current text object. */
class TextState {
  fontName?: string;
  fontOp?: FontOp;
  font?: FontText;
  size = 0;
  mode = '0';
  readonly matrix = [1, 0, 0, 1, 0, 0];
  textObject: TextObject = { start: 0, mode: '0' };
  /** The right edge of the last string shown. */
  shownEnd = 0;
  inText = false;

  read(lex: ContentLexer, fontOps: FontOp[], fonts: Map<string, FontText>) {
    const { op } = lex;
    const m = this.matrix;
    // Td first: it comes with nearly every glyph.
    if (op === 'Td') {
      const [tx, ty] = [lex.number(0), lex.number(1)];
      // In place: a run keeps a copy of the matrix it starts at.
      m[4] = m[4]! + tx * m[0]! + ty * m[2]!;
      m[5] = m[5]! + tx * m[1]! + ty * m[3]!;
    } else if (op === 'Tm') for (let k = 0; k < 6; k++) m[k] = lex.number(k);
    else if (op === 'BT') {
      this.inText = true;
      this.textObject = { start: lex.start, font: this.fontOp, mode: this.mode };
    } else if (op === 'ET') this.inText = false;
    else if (op === 'Tf' && lex.count > 0 && lex.kinds[0] === NAME) {
      const [start, end] = [lex.starts[0]!, lex.ends[0]!];
      this.fontName = latin1(lex.bytes, start + 1, end);
      this.font = fonts.get(this.fontName);
      this.size = lex.number(1);
      const size = lex.count > 1 ? lex.text(1) : '0';
      this.fontOp = { start, end, opEnd: lex.end, name: this.fontName, size, runs: [] };
      fontOps.push(this.fontOp);
    } else if (op === 'Tr' && lex.count > 0) this.mode = lex.text(0);
  }

  /** The shown strings' bytes, `bounds` where each ends: the right edge of the last glyph moves on. */
  shown(bytes: number[], bounds: number[]) {
    let width = 0;
    for (let s = 0, from = 0; s < bounds.length; from = bounds[s++]!) width += advance(this.font, bytes, from, bounds[s]!);
    this.shownEnd = this.matrix[4]! + (width * this.size * this.matrix[0]!) / 1000;
  }
}

/** The runs of a page's content (a latin1 string, or its bytes), in stream order. */
export function scanRuns(content: string | Uint8Array, fonts: Map<string, FontText>, rightToLeft: boolean): ScannedRuns {
  const lex = new ContentLexer(typeof content === 'string' ? Buffer.from(content, 'latin1') : content, true);
  const edits: Edit[] = [];
  const fontOps: FontOp[] = [];
  const open: Open[] = [];
  const state = new TextState();
  let run: Run | undefined;
  const runs: Run[] = [];
  // How many reversed sequences and clusters are open (kept as counts: this is asked for every glyph).
  const depth = { reversed: 0, cluster: 0 };
  const reversed = () => depth.reversed > 0;
  const push = (o: Open) => (open.push(o), o.kind !== 'other' && depth[o.kind]++);
  const close = () => {
    // Chromium leaves out the ReversedChars mark when a right-to-left run has a single glyph ("و" before a
    // number, a slash between a number and a word): an Arabic letter, or only neutrals, say the run is one.
    if (run && !run.reversed && rightToLeft && rightToLeftText(run.texts.join(''))) run.reversed = true;
    if (run && run.texts.length > 0) runs.push(run);
    else if (run) edits.push(...run.spans);
    run = undefined;
  };
  // A glyph or a cluster at the run's own depth joins it; anything else at that depth ends it.
  const add = (text: string, start: number, end: number) => {
    if (run && (run.depth !== open.length || run.reversed !== reversed())) close();
    const [x, y] = [state.matrix[4]!, state.matrix[5]!];
    if (!run) {
      if (!reversed() && !rightToLeft) return;
      const { size, textObject } = state;
      run = { reversed: reversed(), depth: open.length, texts: [], start, end, spans: [], x, lastX: x, y, size, matrix: [...state.matrix], right: x, font: state.fontName ?? '', textObject };
    }
    run.texts.push(text);
    run.end = end;
    if (state.fontOp && state.fontOp.runs.at(-1) !== run) state.fontOp.runs.push(run);
    run.lastX = x;
    run.right = state.shownEnd;
  };
  // The bytes of the strings an operator shows, and where each ends: reused from glyph to glyph.
  const bytes: number[] = [];
  const bounds: number[] = [];
  while (lex.next()) {
    const { op, start, end } = lex;
    state.read(lex, fontOps, fonts);
    if (op === 'ET') close();
    else if (op === 'BDC' || op === 'BMC') {
      const actual = actualText(lex);
      const cluster = state.inText && actual !== undefined && depth.cluster === 0;
      if (!cluster && run?.depth === open.length) close();
      if (op === 'BMC' && lex.isName(0, 'ReversedChars')) push({ kind: 'reversed' });
      else if (cluster) push({ kind: 'cluster', start, end, text: actual });
      else push({ kind: 'other' });
    } else if (op === 'EMC') {
      const closed = open.pop();
      if (closed && closed.kind !== 'other') depth[closed.kind]--;
      if (closed?.kind === 'cluster' && !rightToLeft && !reversed()) {
        // A left-to-right document keeps its runs as they are; only the isolates go.
        const text = closed.text.replace(ISOLATES, '');
        if (text !== closed.text) edits.push({ start: closed.start, end: closed.end, text: `/Span<</ActualText ${literalTextString(text)}>> BDC` });
      } else if (closed?.kind === 'cluster') {
        add(closed.text, closed.start, end);
        run?.spans.push({ start: closed.start, end: closed.end, text: '/Span BMC' });
      } else if (run && run.depth > open.length) close();
    } else if (SHOW.has(op) && state.inText) {
      shownStrings(lex, bytes, bounds);
      state.shown(bytes, bounds);
      // One text a glyph: a reversed run shows some glyphs two to a string (a letter and the space after it).
      if (depth.cluster === 0) {
        const size = state.font?.codeBytes ?? 1;
        for (let s = 0, from = 0; s < bounds.length; from = bounds[s++]!) {
          for (let k = from; k + size - 1 < bounds[s]!; k += size) add(glyphText(state.font, bytes, k), start, end);
        }
      }
    }
  }
  close();
  return { runs, edits, fontOps };
}

const rightToLeftText = (text: string) => /(?=\p{Script=Arabic})\p{L}/u.test(text) || !/[\p{L}\p{N}]/u.test(text);

/** The ActualText of a BDC's properties, if they are a dictionary that has a string one. */
function actualText(lex: ContentLexer): string | undefined {
  const value = lex.dictValue(1, 'ActualText');
  const kind = value && lex.kindAt(value[0]);
  if (!value || (kind !== LITERAL && kind !== HEX)) return undefined;
  const bytes: number[] = [];
  lex.stringBytes(value[0], value[1], bytes);
  return decodeTextString(bytes);
}

/** The bytes of the strings a show operator's last operand holds (a string, or an array's strings). */
function shownStrings(lex: ContentLexer, bytes: number[], bounds: number[]): void {
  bytes.length = 0;
  bounds.length = 0;
  const last = lex.count - 1;
  const kind = lex.kinds[last];
  if (kind === LITERAL || kind === HEX) {
    lex.stringBytes(lex.starts[last]!, lex.ends[last]!, bytes);
    bounds.push(bytes.length);
  } else if (kind === ARRAY) {
    lex.items(lex.starts[last]!, lex.ends[last]!, (from, to) => {
      const item = lex.kindAt(from);
      if (item === LITERAL || item === HEX) (lex.stringBytes(from, to, bytes), bounds.push(bytes.length));
    });
  }
}
