// The @page rules of a report. Running headers and footers live in CSS margin boxes so they use the
// document's own fonts and digits; each chapter is a named page, which is how the header can name the
// chapter (Chromium has no string-set). Their text comes from data, hence the CSS string escaping.
import type { Locale } from './locale.js';

export type Paper = 'A4' | 'Letter';

export interface PageStyleInput {
  locale: Locale;
  paper: Paper;
  /** Arabic-Indic page numbers where the edition writes Arabic-Indic digits. */
  pageNumbers: 'arabic-indic' | 'decimal';
  /** The marker of a numbered list item around its number, from the catalog: "{number}." or "({number})". */
  listMarker?: string;
  /** Document symbol (and notice) at the head of every page. */
  header: string;
  /** Bottom corner: the illustrative-data notice, where there is one. */
  footerStart?: string;
  /** Bottom corner: the draft line (time and data fingerprint), in draft builds. */
  footerEnd?: string;
  chapters: { id: string; title: string }[];
  /** Extra space around the trim for a print shop: bleed, then room for crop marks. In mm. */
  bleedMm?: number;
}

/** Room outside the bleed where the crop marks are drawn, in mm. */
export const CROP_MARK_AREA_MM = 10;

const PAPER_MM: Record<Paper, [number, number]> = { A4: [210, 297], Letter: [215.9, 279.4] };
/** Page margins, in mm: the running header and footer are drawn in them. */
export const MARGIN_MM = { top: 24, bottom: 22, inner: 24, outer: 18 };

export function pageSize(paper: Paper, bleedMm = 0): { widthMm: number; heightMm: number; extraMm: number } {
  const extraMm = bleedMm > 0 ? bleedMm + CROP_MARK_AREA_MM : 0;
  const [w, h] = PAPER_MM[paper];
  return { widthMm: w + 2 * extraMm, heightMm: h + 2 * extraMm, extraMm };
}

export function pageStyle(input: PageStyleInput): string {
  const { widthMm, heightMm, extraMm } = pageSize(input.paper, input.bleedMm);
  // Physical sides: the start of the line is on the right in Arabic.
  const [start, end] = input.locale.dir === 'rtl' ? ['right', 'left'] : ['left', 'right'];
  const mm = (v: number) => `${+(v + extraMm).toFixed(2)}mm`;
  const lines = [
    '@page {',
    `  size: ${+widthMm.toFixed(2)}mm ${+heightMm.toFixed(2)}mm;`,
    `  margin: ${mm(MARGIN_MM.top)} ${mm(MARGIN_MM.outer)} ${mm(MARGIN_MM.bottom)} ${mm(MARGIN_MM.inner)};`,
    `  @top-${start} { content: ${cssString(input.header)}; }`,
    `  @bottom-center { content: counter(page, ${input.pageNumbers}); }`,
    input.footerStart ? `  @bottom-${start} { content: ${cssString(input.footerStart)}; }` : '',
    input.footerEnd ? `  @bottom-${end} { content: ${cssString(input.footerEnd)}; }` : '',
    '}',
    // Binding margins: the inner margin is the wider one, on the spine side of each page.
    // Numbered lists of the narrative count in the edition's digits, like the pages.
    ...listStyle(input.pageNumbers, input.listMarker ?? '{number}.'),
    `@page :left { margin-left: ${mm(MARGIN_MM.outer)}; margin-right: ${mm(MARGIN_MM.inner)}; }`,
    `@page :right { margin-left: ${mm(MARGIN_MM.inner)}; margin-right: ${mm(MARGIN_MM.outer)}; }`,
    // The cover fills its page, so its last lines sit at the foot whatever the paper.
    `.cover { page: cover; height: ${+(PAPER_MM[input.paper][1] - MARGIN_MM.top - MARGIN_MM.bottom - 1).toFixed(1)}mm; }`,
    `@page cover { @top-${start} { content: none; } @bottom-center { content: none; } }`,
    // A blank page left so that a chapter opens on a right-hand page carries no header and no number.
    '.blank-page { page: blank; break-before: page; height: 1px; }',
    `@page blank { @top-${start} { content: none; } @top-${end} { content: none; } @bottom-center { content: none; } }`,
  ];
  for (const chapter of input.chapters) {
    lines.push(
      `.chapter-${chapter.id} { page: chapter-${chapter.id}; }`,
      `@page chapter-${chapter.id} { @top-${end} { content: ${cssString(chapter.title)}; } }`,
    );
  }
  return lines.filter(Boolean).join('\n');
}

/** The narrative's numbered lists: the edition's digits, inside the catalog's marker ("(١)"). */
function listStyle(digits: PageStyleInput['pageNumbers'], marker: string): string[] {
  const [prefix = '', suffix = ''] = marker.split('{number}');
  return [
    `@counter-style oic-list { system: extends ${digits}; prefix: ${cssString(prefix)}; suffix: ${cssString(`${suffix} `)}; }`,
    '.narrative ol { list-style-type: oic-list; }',
  ];
}

/** A CSS string literal that no data can break out of (quotes, backslashes, newlines, "</style>"). */
export function cssString(value: string): string {
  return `"${value.replace(/[\\"<>\n\r\f]/g, (c) => `\\${c.charCodeAt(0).toString(16)} `)}"`;
}
