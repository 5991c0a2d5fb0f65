// The headings of a rendered report, in document order: the order in which Chromium writes them into
// the PDF outline. Used to read each heading's page from a first print (for the table of contents)
// and to give the bookmarks their exact titles.

export interface Heading {
  level: number;
  id?: string;
  text: string;
}

const HEADING = /<h([1-6])\b([^>]*)>([\s\S]*?)<\/h\1>/gi;
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#x27': "'", '#x60': '`', '#x3D': '=', nbsp: ' ' };

export function headingsOf(html: string): Heading[] {
  const headings: Heading[] = [];
  for (const [, level, attributes, inner] of html.matchAll(HEADING)) {
    const id = /\bid="([^"]*)"/.exec(attributes ?? '')?.[1];
    headings.push({ level: Number(level), ...(id ? { id } : {}), text: innerText(inner ?? '') });
  }
  return headings;
}

/** The text of an HTML fragment as it reads: tags dropped (or a space between them), entities decoded, spaces folded. */
export function innerText(html: string): string {
  return html
    .replace(/<[^>]*>/g, '')
    .replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (whole, name: string) => ENTITIES[name] ?? decodeNumeric(name) ?? whole)
    .replace(/\s+/g, ' ')
    .trim();
}

const LINK = /<a\b[^>]*\bhref="[^"]*"[^>]*>([\s\S]*?)<\/a>/gi;

/** The text of every link, in document order: its spans apart ("Introduction 5" for a contents entry). */
export function linkTextsOf(html: string): string[] {
  return [...html.matchAll(LINK)].map(([, inner]) => innerText((inner ?? '').replace(/<\/span>\s*<span/g, '</span> <span')));
}

function decodeNumeric(name: string): string | undefined {
  if (!name.startsWith('#')) return undefined;
  const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
  return Number.isFinite(code) ? String.fromCodePoint(code) : undefined;
}
