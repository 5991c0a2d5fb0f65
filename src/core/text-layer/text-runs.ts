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
import { decodeTextString, literalTextString, parseContent, type Edit, type Operand } from './content-stream.js';
import { glyphTexts, type FontText } from './to-unicode.js';

const ISOLATES = /[\u2066-\u2069]/g;
const RLM = '\u200F';
const LRM = '\u200E';
const SHOW = new Set(['Tj', 'TJ', "'", '"']);

/** Consecutive glyphs and clusters of one run, with where their operators start and end. */
interface Run {
  reversed: boolean;
  /** Where the run begins on its line, where its last glyph is, and the line's baseline (text space). */
  x: number;
  lastX: number;
  y: number;
  size: number;
  depth: number;
  texts: string[];
  start: number;
  end: number;
  /** The clusters' own ActualText spans, made plain. */
  spans: Edit[];
}

type Open = { kind: 'reversed' } | { kind: 'cluster'; start: number; end: number; text: string } | { kind: 'other' };

export interface RunStats {
  /** Right-to-left runs given an ActualText. */
  reversed: number;
  /** Left-to-right runs given one (right-to-left documents only). */
  leftToRight: number;
}

export function textRunEdits(content: string, fonts: Map<string, FontText>, rightToLeft: boolean, stats: RunStats): Edit[] {
  const edits: Edit[] = [];
  const open: Open[] = [];
  let font: FontText | undefined;
  let inText = false;
  let run: Run | undefined;
  const runs: Run[] = [];
  let [lineX, lineY, size] = [0, 0, 0];
  const reversed = () => open.some((o) => o.kind === 'reversed');
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
    if (!run) {
      if (!reversed() && !rightToLeft) return;
      run = { reversed: reversed(), depth: open.length, texts: [], start, end, spans: [], x: lineX, lastX: lineX, y: lineY, size };
    }
    run.texts.push(text);
    run.end = end;
    run.lastX = lineX;
  };
  for (const { op, operands, start, end } of parseContent(content)) {
    if (op === 'BT') inText = true;
    else if (op === 'ET') (close(), (inText = false));
    else if (op === 'Tf' && operands[0]?.kind === 'name') {
      font = fonts.get(operands[0].value);
      size = number(content, operands[1]);
    } else if (op === 'Tm') [lineX, lineY] = [number(content, operands[4]), number(content, operands[5])];
    else if (op === 'Td') [lineX, lineY] = [lineX + number(content, operands[0]), lineY + number(content, operands[1])];
    else if (op === 'BDC' || op === 'BMC') {
      const actual = actualText(operands[1]);
      const cluster = inText && actual !== undefined && !open.some((o) => o.kind === 'cluster');
      if (!cluster && run?.depth === open.length) close();
      if (op === 'BMC' && operands[0]?.kind === 'name' && operands[0].value === 'ReversedChars') open.push({ kind: 'reversed' });
      else if (cluster) open.push({ kind: 'cluster', start, end, text: actual });
      else open.push({ kind: 'other' });
    } else if (op === 'EMC') {
      const closed = open.pop();
      if (closed?.kind === 'cluster' && !rightToLeft && !reversed()) {
        // A left-to-right document keeps its runs as they are; only the isolates go.
        const text = closed.text.replace(ISOLATES, '');
        if (text !== closed.text) edits.push({ start: closed.start, end: closed.end, text: `/Span<</ActualText ${literalTextString(text)}>> BDC` });
      } else if (closed?.kind === 'cluster') {
        add(closed.text, closed.start, end);
        run?.spans.push({ start: closed.start, end: closed.end, text: '/Span BMC' });
      } else if (run && run.depth > open.length) close();
    } else if (SHOW.has(op) && inText && !open.some((o) => o.kind === 'cluster')) {
      // One text a glyph: a reversed run shows some glyphs two to a string (a letter and the space after it).
      for (const text of shownStrings(operands).flatMap((bytes) => glyphTexts(font, bytes))) add(text, start, end);
    }
  }
  close();
  for (const group of lineGroups(runs)) edits.push(...groupEdits(group, stats));
  return edits;
}

const rightToLeftText = (text: string) => /(?=\p{Script=Arabic})\p{L}/u.test(text) || !/[\p{L}\p{N}]/u.test(text);

const number = (content: string, operand: Operand | undefined) => (operand ? Number(content.slice(operand.start, operand.end)) || 0 : 0);

/**
 * poppler reads the words of a right-to-left line from right to left, so consecutive left-to-right runs (a path
 * split by its slashes, a number and its full stop) would come out in reverse order. Runs that follow each other
 * on one baseline, left to right and touching, make one group, which gives all its text to one of them.
 */
function lineGroups(runs: Run[]): Run[][] {
  const groups: Run[][] = [];
  for (const run of runs) {
    const last = groups.at(-1)?.at(-1);
    const joins = last && !last.reversed && !run.reversed && last.y === run.y && run.x >= last.lastX && run.x - last.lastX <= 2 * Math.max(last.size, run.size);
    if (joins) groups.at(-1)!.push(run);
    else groups.push([run]);
  }
  return groups;
}

function groupEdits(group: Run[], stats: RunStats): Edit[] {
  if (group.length === 1) return runEdits(group[0]!, stats);
  // The rightmost run, which poppler reads first, carries the group's text; the others an empty ActualText.
  const text = group.flatMap((r) => r.texts).join('');
  return group.flatMap((run, i) => runEdits({ ...run, texts: i === group.length - 1 ? [text] : [] }, stats));
}

function runEdits(run: Run, stats: RunStats): Edit[] {
  const text = run.texts.join('').replace(ISOLATES, '');
  // Nothing but isolates, or text another run of the group carries.
  if (text === '') {
    return [
      { start: run.start, end: run.start, text: '/Span<</ActualText ()>> BDC\n' },
      { start: run.end, end: run.end, text: '\nEMC' },
      ...run.spans,
    ];
  }
  let actual: string;
  if (run.reversed) {
    // The texts are in visual order, each cluster's own text in logical order.
    // poppler counts punctuation (even the Arabic comma) and no-break spaces as left-to-right: a mark on either
    // side keeps each with the words around it.
    const logical = [...run.texts].reverse().join('').replace(ISOLATES, '').replace(/[^\p{Script=Arabic}\p{M} ]/gu, `${RLM}$&${RLM}`);
    actual = [...(RLM + logical + RLM)].reverse().join('');
    stats.reversed++;
  } else {
    actual = LRM + text + LRM;
    stats.leftToRight++;
  }
  return [
    { start: run.start, end: run.start, text: `/Span<</ActualText ${literalTextString(actual)}>> BDC\n` },
    { start: run.end, end: run.end, text: '\nEMC' },
    ...run.spans,
  ];
}

function actualText(props: Operand | undefined): string | undefined {
  const value = props?.kind === 'dict' ? props.entries.get('ActualText') : undefined;
  return value?.kind === 'string' ? decodeTextString(value.bytes) : undefined;
}

function shownStrings(operands: Operand[]): number[][] {
  const last = operands.at(-1);
  if (last?.kind === 'string') return [last.bytes];
  return (last?.kind === 'other' ? (last.items ?? []) : []).flatMap((item) => (item.kind === 'string' ? [item.bytes] : []));
}
