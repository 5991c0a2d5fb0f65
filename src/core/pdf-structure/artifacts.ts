// Content that Chromium leaves outside the structure tree, marked as artifacts. Chromium tags what the document's
// accessibility tree holds; the @page margin boxes (running header, page number, footer notice), borders, rules
// and backgrounds it draws with no marked content at all. A screen reader must skip them, and an accessibility
// check wants every piece of content either tagged or an artifact: each run of such content is wrapped in
// /Artifact … EMC, text in the top or bottom margin as /Pagination /Header or /Footer.
import { ContentLexer } from '../content-lexer.js';
import { insertAt } from './content-stream.js';

export interface ArtifactOptions {
  /** Page height, in points: the content's y is measured from the bottom. */
  pageHeight: number;
  /** Text starting above pageHeight − top is a running header, below bottom a footer (points). */
  marginTop: number;
  marginBottom: number;
}

/** Operators that draw something or start a path: content that is either tagged or an artifact. */
const PAINTS = new Set(['Tj', 'TJ', "'", '"', 'm', 'l', 'c', 'v', 'y', 'h', 're', 'S', 's', 'f', 'F', 'f*', 'B', 'B*', 'b', 'b*', 'sh', 'Do', 'BI']);

export type Matrix = [number, number, number, number, number, number];
export const IDENTITY: Matrix = [1, 0, 0, 1, 0, 0];

/** The content stream with its untagged content inside artifacts; the same bytes if it has none. */
export function markArtifacts(bytes: Uint8Array, options: ArtifactOptions): { bytes: Uint8Array; artifacts: number } {
  const lex = new ContentLexer(bytes, false);
  const insertions: { at: number; text: string }[] = [];
  // The marked content open at each point: true where it is tagged (has an MCID) or already an artifact.
  const stack: boolean[] = [];
  let tagged = 0;
  let inText = false;
  let ctm: Matrix = IDENTITY;
  const saved: Matrix[] = [];
  let textY: number | undefined;
  let open: { at: number; inText: boolean; depth: number; q: number; y?: number } | undefined;
  // Where the current text object began, and at what marked-content depth.
  let bt = { at: 0, depth: 0 };
  let count = 0;

  const start = (at: number) => {
    open = { at, inText, depth: stack.length, q: saved.length, ...(inText && textY !== undefined ? { y: textY } : {}) };
  };
  const close = (at: number) => {
    insertions.push({ at: open!.at, text: `${artifactTag(open!.y, options)}\n` }, { at, text: '\nEMC\n' });
    open = undefined;
    count++;
  };

  while (lex.next()) {
    const at = lex.start;
    switch (lex.op) {
      case 'BDC':
      case 'BMC': {
        const operands = lex.operandsText();
        const isTagged = /\/MCID\b/.test(operands) || /^\s*\/Artifact\b/.test(operands);
        if (isTagged && open && stack.length === open.depth) close(at);
        if (!isTagged && tagged === 0 && !open) start(at);
        stack.push(isTagged);
        if (isTagged) tagged++;
        continue;
      }
      case 'EMC':
        // Closing what was open before the artifact began: the artifact ends first.
        if (open && stack.length === open.depth) close(at);
        if (stack.pop()) tagged--;
        continue;
      case 'BT': {
        // Content outside tags is rare: only there is the text object read ahead.
        const holdsTags = tagged === 0 && holdsTaggedContent(bytes, lex.end);
        if (tagged === 0 && open && holdsTags && stack.length === open.depth) close(at);
        if (tagged === 0 && !open && !holdsTags) start(at);
        inText = true;
        textY = undefined;
        bt = { at, depth: stack.length };
        continue;
      }
      case 'ET':
        if (open?.inText && stack.length === open.depth) close(at);
        inText = false;
        continue;
      case 'q':
        saved.push(ctm);
        continue;
      case 'Q':
        // The graphics state the artifact began in ends: so does the artifact.
        if (open && !open.inText && saved.length <= open.q && stack.length === open.depth) close(at);
        ctm = saved.pop() ?? IDENTITY;
        continue;
      case 'cm':
        ctm = multiply(numbers(lex.operandsText()), ctm);
        continue;
      case 'Tm': {
        const [, , , , e, f] = numbers(lex.operandsText());
        textY = ctm[1] * e + ctm[3] * f + ctm[5];
        if (open && open.y === undefined) open.y = textY;
        // The margin boxes follow each other untagged: a footer after a header is an artifact of its own.
        else if (open && !open.inText && bt.at >= open.at && bt.depth === open.depth && kind(textY, options) !== kind(open.y, options)) {
          const depth = open.depth;
          close(bt.at);
          open = { at: bt.at, inText: false, depth, q: saved.length, y: textY };
        }
        continue;
      }
      default:
        if (PAINTS.has(lex.op) && tagged === 0 && !open) start(at);
    }
  }
  if (open) close(bytes.length);
  return { bytes: count === 0 ? bytes : insertAt(bytes, insertions), artifacts: count };
}

function kind(y: number | undefined, options: ArtifactOptions): 'Header' | 'Footer' | undefined {
  if (y !== undefined && y > options.pageHeight - options.marginTop) return 'Header';
  if (y !== undefined && y < options.marginBottom) return 'Footer';
  return undefined;
}

function artifactTag(y: number | undefined, options: ArtifactOptions): string {
  const type = kind(y, options);
  return type ? `/Artifact <</Type /Pagination /Subtype /${type}>> BDC` : '/Artifact BMC';
}

/** Whether the text object that begins at `from` (just after its BT) holds tagged marked content: an artifact must not span it. */
function holdsTaggedContent(bytes: Uint8Array, from: number): boolean {
  const lex = new ContentLexer(bytes, false, from);
  while (lex.next()) {
    const { op } = lex;
    if (op === 'ET' || op === 'BT') return false;
    if ((op === 'BDC' || op === 'BMC') && /\/MCID\b/.test(lex.operandsText())) return true;
  }
  return false;
}

/** The six numbers of a cm or Tm operator, the identity if they are not six numbers (read without a regular
 * expression: there is one per line of text). */
export function numbers(operands: string | undefined): Matrix {
  const text = operands ?? '';
  const values: number[] = [];
  for (let i = 0; i < text.length && values.length <= 6; ) {
    while (i < text.length && text.charCodeAt(i) <= 32) i++;
    const from = i;
    while (i < text.length && text.charCodeAt(i) > 32) i++;
    if (i > from) values.push(Number(text.slice(from, i)));
  }
  return values.length === 6 && values.every(Number.isFinite) ? (values as Matrix) : IDENTITY;
}

/** m × n: m applied first (the PDF row-vector convention). */
export function multiply(m: Matrix, n: Matrix): Matrix {
  return [
    m[0] * n[0] + m[1] * n[2],
    m[0] * n[1] + m[1] * n[3],
    m[2] * n[0] + m[3] * n[2],
    m[2] * n[1] + m[3] * n[3],
    m[4] * n[0] + m[5] * n[2] + n[4],
    m[4] * n[1] + m[5] * n[3] + n[5],
  ];
}
