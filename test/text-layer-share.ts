// How much of an edition's text a reader's tools get back verbatim from its PDF: the headings and sentences of
// the HTML it was printed from, looked for in what pdftotext (poppler) and pdf.js extract.
//
// Normalisation, the same on both sides and nothing else: every run of white space (\s, which includes the
// no-break and narrow no-break spaces) becomes one space, and the embedding controls U+202A–U+202E that pdftotext
// wraps right-to-left lines in are removed (they are never in the source). Letters, marks, digits, punctuation,
// tatweel and isolates (U+2066–U+2069) are compared as they are.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

export const normalise = (s: string) => s.replace(/[\u200e\u200f\u202a-\u202e]/g, '').replace(/\s+/g, ' ').trim();

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };
const decode = (s: string) =>
  s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e: string) =>
    e[0] === '#' ? String.fromCodePoint(parseInt(e.slice(e[1] === 'x' ? 2 : 1), e[1] === 'x' ? 16 : 10)) : (ENTITIES[e] ?? m),
  );
// Inline elements (a cross-reference's link, an isolated name) are part of the words around them.
const INLINE = /<\/?(?:a|span|bdi|em|strong|i|b|abbr|sup|sub)\b[^>]*>/g;
const textOf = (html: string) => normalise(decode(html.replace(INLINE, '').replace(/<[^>]+>/g, ' ')));

export interface SourceText {
  /** Headings (h1–h6) and the running headers (the margin boxes' text). */
  headings: string[];
  /** The sentences of paragraphs, list items, captions and table cells, but the incident annex's. */
  sentences: string[];
  /** The annex's entries: data (dates, places, titles from the incidents file), not the catalog's sentences. */
  annex: string[];
}

const ANNEX = '<section class="chapter chapter-annex-incidents">';

export function sourceText(html: string): SourceText {
  // Chromium draws the isolates around the header's document symbol; they are formatting, not text.
  const headers = [...html.matchAll(/@(?:top|bottom)-[a-z-]+\s*\{\s*content:\s*"([^"]+)"/g)].map((m) => normalise(m[1]!.replace(/[\u2066-\u2069]/g, '')));
  // A data table's header group (its title "(continued)" and a copy of its heads) is a mark of the pagination,
  // painted only on the pages a table runs on to (test/pagination.test.ts reads those): not the report's text.
  const body = html
    .replace(/<head>[\s\S]*?<\/head>/, '')
    .replace(/<nav[\s\S]*?<\/nav>/g, '')
    .replace(/<thead aria-hidden="true">[\s\S]*?<\/thead>/g, '');
  const annexAt = body.indexOf(ANNEX);
  const annexEnd = annexAt < 0 ? -1 : body.indexOf('<section class="chapter ', annexAt + ANNEX.length);
  const annex = annexAt < 0 ? '' : body.slice(annexAt, annexEnd < 0 ? undefined : annexEnd);
  const rest = annexAt < 0 ? body : body.slice(0, annexAt) + (annexEnd < 0 ? '' : body.slice(annexEnd));
  const blocks = (html: string, tags: string) =>
    [...html.matchAll(new RegExp(`<(${tags})\\b[^>]*>([\\s\\S]*?)</\\1>`, 'g'))].map((m) => textOf(m[2]!));
  const sentencesOf = (html: string) =>
    blocks(html, 'p|li|figcaption|caption|td|th')
      .flatMap((block) => block.split(/(?<=[.!?؟])\s+(?!\p{Nd})/u)) // not inside "p. 9"
      .filter((s) => /\p{L}/u.test(s));
  const headings = [...new Set([...blocks(body, 'h[1-6]'), ...headers])].filter(Boolean);
  return { headings, sentences: sentencesOf(rest), annex: blocks(annex, 'li') };
}

export function popplerText(pdf: string): string {
  return normalise(execFileSync('pdftotext', ['-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8', maxBuffer: 1 << 28 }));
}

/** The text pdf.js gives a viewer's text layer and search: its items in order, a space at each line end. */
export async function pdfjsText(pdf: string): Promise<string> {
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const doc = await getDocument({ data: new Uint8Array(readFileSync(pdf)), disableFontFace: true, verbosity: 0 }).promise;
  const pages: string[] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const content = await (await doc.getPage(n)).getTextContent();
    pages.push(content.items.map((item) => ('str' in item ? item.str + (item.hasEOL ? ' ' : '') : '')).join(''));
  }
  await doc.destroy();
  return normalise(pages.join(' '));
}

export interface Share {
  found: number;
  total: number;
  share: number;
  missing: string[];
}

export function share(wanted: string[], text: string): Share {
  const missing = wanted.filter((s) => !text.includes(s));
  const total = wanted.length;
  return { found: total - missing.length, total, share: total ? (total - missing.length) / total : 1, missing };
}
