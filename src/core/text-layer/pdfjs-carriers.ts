// pdf.js (Firefox's viewer and every tool built on pdfjs-dist) ignores ActualText. It reads each glyph's
// ToUnicode text in stream order, joins glyphs into items by their positions (a gap makes a space, a step back
// or a marked-content operator ends the item), and reorders each item on its own with a simplified bidi
// algorithm. Chromium's runs come in visual order, each run its own item (its ActualText span ends it): the
// words of a line come out right to left, the spaces between runs are lost, marks land before their letters.
//
// So pdf.js gets a text of its own. The glyphs Chromium drew are shown with a silent copy of their font (the
// same font program, a ToUnicode of U+2060, a format character pdf.js skips), and each line gets invisible
// glyphs (rendering mode 3) in a font of their own that carry its text: one item a stretch of one direction, in
// logical order, each at the place and width of the runs it stands for, its text given so that pdf.js's bidi
// turns it into the source's. poppler reads none of it: the carriers sit in an empty ActualText span.
import type { Edit } from './content-stream.js';
import { ISOLATES } from './poppler-spans.js';
import type { FontOp, Run } from './text-runs.js';

const RLM = '\u200F';
const LRM = '\u200E';
/** Characters pdf.js's bidi counts as right to left (R, AL, AN), as its tables have them. */
const STRONG_RTL =
  /[\u0590-\u05FF\u0600-\u0605\u0608\u060B\u060D\u061B\u061C\u061E-\u064A\u0660-\u0669\u066B-\u066F\u0671-\u06D5\u06DD\u06E5\u06E6\u06EE\u06EF\u06FA-\u06FF\u0700-\u08AC\uFB50-\uFDFF\uFE70-\uFEFF]/u;
/** STRONG_RTL as a table of UTF-16 units (asked for every character of every line). */
const STRONG_TABLE = new Uint8Array(0x10000);
for (let unit = 0x590; unit < 0x10000; unit++) if (STRONG_RTL.test(String.fromCharCode(unit))) STRONG_TABLE[unit] = 1;
const strongCount = (text: string) => {
  let count = 0;
  for (let k = 0; k < text.length; k++) count += STRONG_TABLE[text.charCodeAt(k)]!;
  return count;
};
/** Marks (Mn) as a table of UTF-16 units: pieces() looks at every character of every line. */
const MARK_TABLE = new Uint8Array(0x10000);
for (let unit = 0x300; unit < 0x10000; unit++) if (/\p{Mn}/u.test(String.fromCharCode(unit))) MARK_TABLE[unit] = 1;
const hasMark = (text: string) => {
  for (let k = 0; k < text.length; k++) if (MARK_TABLE[text.charCodeAt(k)]) return true;
  return false;
};
/** poppler reads a ToUnicode string of up to 252 hex digits (and warns of longer ones): 63 UTF-16 units. */
const MAX_PIECE = 60;

export interface CarrierFonts {
  /** The resource name of the carriers' font on this page. */
  carrier: string;
  /** The code of a carrier glyph that stands for `text` and advances `width` thousandths of the size. */
  code(text: string, width: number): number | undefined;
  /** The resource name of the silent copy of font `name` on this page, if it can have one. */
  silent(name: string): string | undefined;
}

export interface CarrierStats {
  /** Lines given their text for pdf.js, and lines left as printed (a string pdf.js cannot be given). */
  lines: number;
  uncarried: number;
}

type Kind = 'rtl' | 'an' | 'ltr';
interface Segment {
  kind: Kind;
  text: string;
  runs: Run[];
}

export function carrierEdits(runs: Run[], fontOps: FontOp[], fonts: CarrierFonts, stats: CarrierStats): Edit[] {
  const carried = new Set<Run>();
  const blocks: { line: Run[]; shows: string[] }[] = [];
  let previous: Run | undefined;
  for (const line of pdfjsLines(runs)) {
    const sameLine = previous !== undefined && Math.abs(previous.y - line[0]!.y) <= 0.3 * line[0]!.size;
    const shows = line.every((run) => fonts.silent(run.font)) ? carrierShows(line, sameLine, fonts) : undefined;
    if (shows) (blocks.push({ line, shows }), line.forEach((run) => carried.add(run)), stats.lines++);
    else stats.uncarried++;
    previous = line.at(-1);
  }
  const { edits, renamed } = silence(fontOps, carried, fonts);
  for (const { line, shows } of blocks) {
    // Before the line's first text object, in an empty ActualText; then the rendering mode and font put back.
    const { start, font, mode } = line[0]!.textObject;
    const name = font && (renamed.has(font) ? fonts.silent(font.name) : font.name);
    const restore = `${mode} Tr${font ? ` /${name} ${font.size} Tf` : ''}`;
    edits.push({ start, end: start, text: `/Span<</ActualText ()>> BDC BT 3 Tr\n${shows.join('\n')}\nET EMC ${restore}\n` });
  }
  return edits;
}

/** Runs that follow each other left to right on one baseline, as Chromium paints a line. */
function pdfjsLines(runs: Run[]): Run[][] {
  const lines: Run[][] = [];
  for (const run of runs) {
    const last = lines.at(-1)?.at(-1);
    const size = Math.max(run.size, last?.size ?? 0);
    const joins = last && Math.abs(run.y - last.y) <= 0.3 * size && run.x >= last.lastX && run.x - last.right <= 4 * size;
    if (joins) lines.at(-1)!.push(run);
    else lines.push([run]);
  }
  return lines;
}

/** The carrier glyphs of a line, a Tj each stretch, or undefined if pdf.js cannot be given its text. */
function carrierShows(line: Run[], sameLine: boolean, fonts: CarrierFonts): string[] | undefined {
  if (line.some((run) => run.matrix[0] !== 1 || run.matrix[1] !== 0)) return undefined;
  const shows: string[] = [];
  for (const segment of spaced(segments(line), sameLine)) {
    const pre = preImage(segment);
    const parts = pre === undefined ? undefined : pieces(pre);
    if (!parts) return undefined;
    const left = segment.runs.reduce((a, b) => (b.x < a.x ? b : a));
    const right = Math.max(...segment.runs.map((r) => r.right));
    const codes = parts.map((text, i) => fonts.code(text, i === 0 ? Math.round(((right - left.x) / left.size) * 1000) : 0));
    if (codes.some((c) => c === undefined)) return undefined;
    const hex = codes.map((c) => c!.toString(16).padStart(4, '0')).join('');
    shows.push(`/${fonts.carrier} ${fmt(left.size)} Tf ${left.matrix.map(fmt).join(' ')} Tm /Span BMC <${hex}> Tj EMC`);
  }
  return shows;
}

/** The line's runs in logical order, joined into stretches of one kind. */
function segments(line: Run[]): Segment[] {
  // The line reads right to left; left-to-right runs side by side (a number and its full stop) keep their order.
  const units: Run[][] = [];
  for (const run of line) {
    const last = units.at(-1);
    if (last && !run.reversed && !last[0]!.reversed) last.push(run);
    else units.push([run]);
  }
  const out: Segment[] = [];
  for (const run of units.reverse().flat()) {
    const text = (run.reversed ? [...run.texts].reverse() : run.texts).join('').replace(ISOLATES, '');
    const kind: Kind = run.reversed ? 'rtl' : /[\u0660-\u0669]/u.test(text) ? 'an' : 'ltr';
    const last = out.at(-1);
    if (last?.kind === kind) (last.text += text), last.runs.push(run);
    else out.push({ kind, text, runs: [run] });
  }
  return out;
}

/** Spaces at the end of a stretch go to the start of the next (the only side pdf.js can be given them on). */
function spaced(segments: Segment[], leading: boolean): Segment[] {
  segments.forEach((segment, k) => {
    const trailing = /\s+$/u.exec(segment.text);
    if (!trailing) return;
    segment.text = segment.text.slice(0, trailing.index);
    const next = segments[k + 1];
    if (next) next.text = trailing[0] + next.text;
  });
  // A line that goes on along the baseline of the one before (a table row) starts with a space.
  if (segments[0]) segments[0].text = segments[0].text.replace(/^\s*/u, leading ? ' ' : '');
  return segments.filter((s) => s.text !== '');
}

/** The string that pdf.js's bidi turns into the stretch's text, if there is one this pass can write. */
function preImage({ kind, text }: Segment): string | undefined {
  const strong = strongCount(text);
  // pdf.js drops < and > from any item its bidi reorders.
  if (strong > 0 && /[<>]/u.test(text)) return undefined;
  if (kind === 'rtl' && strong > 0) {
    // An item it reads as right to left is reversed whole, when nothing in it reads left to right.
    const pre = [...text].reverse().join('');
    return strong / pre.length < 0.3 && pre.length > 4 ? undefined : pre;
  }
  if (kind === 'an') {
    // A number keeps its order and moves the spaces before it to the other side.
    const number = /^(\s*)([\u0660-\u0669\u066B\u066C]+)$/u.exec(text);
    return number ? number[2]! + number[1]! : undefined;
  }
  if (strong > 0) return undefined;
  // No right-to-left character: the item is read as it is, but must not begin with a space.
  return /^\s/u.test(text) ? LRM + text : text;
}

/**
 * The carrier glyphs' texts. pdf.js takes a glyph whose text holds a mark (Mn) for a zero-width diacritic (it
 * joins the item without being placed), one that begins with a space for white space and one that ends with a
 * format character (Cf) for nothing: marks get glyphs of their own, spaces and format characters after them
 * join them, and the first glyph, which is placed, holds no mark.
 */
export function pieces(pre: string): string[] | undefined {
  const out = hasMark(pre) ? markPieces(pre) : [pre];
  if (out[0] !== undefined && hasMark(out[0])) out.unshift(`${RLM} `);
  const short = out.flatMap(split);
  const valid = short.every((p) => p.length <= MAX_PIECE && !/^\s/u.test(p) && (hasMark(p) || !/\p{Cf}$/u.test(p)));
  return valid && short.length > 0 ? short : undefined;
}

function markPieces(pre: string): string[] {
  const out: string[] = [];
  let current = '';
  let marks = false;
  for (const ch of pre) {
    if (hasMark(ch)) {
      if (!marks) {
        const format = /\p{Cf}+$/u.exec(current);
        const kept = format ? current.slice(0, format.index) : current;
        if (kept) out.push(kept);
        current = format?.[0] ?? '';
      }
      marks = true;
      current += ch;
    } else if (marks && /[\s\p{Cf}]/u.test(ch)) current += ch;
    else {
      if (marks) (out.push(current), (current = ''), (marks = false));
      current += ch;
    }
  }
  if (current) out.push(current);
  return out;
}

/** A long piece in pieces that pdf.js joins again: each begins with neither a space nor half a surrogate pair. */
function split(piece: string): string[] {
  const out: string[] = [];
  let rest = piece;
  while (rest.length > MAX_PIECE) {
    let at = MAX_PIECE;
    while (at > 1 && (/[\s\udc00-\udfff]/u.test(rest[at]!) || /\p{Cf}/u.test(rest[at - 1]!))) at--;
    out.push(rest.slice(0, at));
    rest = rest.slice(at);
  }
  return [...out, rest];
}

/**
 * The carried runs' glyphs shown with silent fonts: a Tf all of whose runs are carried names the silent copy; a
 * carried run shown with a font that an uncarried one shares gets a Tf of its own and the font put back after.
 */
function silence(fontOps: FontOp[], carried: Set<Run>, fonts: CarrierFonts): { edits: Edit[]; renamed: Set<FontOp> } {
  const edits: Edit[] = [];
  const renamed = new Set<FontOp>();
  for (const op of fontOps) {
    const name = op.runs.length > 0 && op.runs.every((run) => carried.has(run)) ? fonts.silent(op.name) : undefined;
    if (name) (renamed.add(op), edits.push({ start: op.start, end: op.end, text: `/${name}` }));
  }
  for (const op of fontOps) {
    const name = renamed.has(op) ? undefined : fonts.silent(op.name);
    for (const run of name ? op.runs.filter((r) => carried.has(r)) : []) {
      const at = op.start < run.start ? run.start : op.opEnd;
      edits.push({ start: at, end: at, text: ` /${name} ${op.size} Tf\n` }, { start: run.end, end: run.end, text: `\n/${op.name} ${op.size} Tf` });
    }
  }
  return { edits, renamed };
}

const fmt = (n: number) => String(Math.round(n * 10000) / 10000);
