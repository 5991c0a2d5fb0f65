// The page a live preview serves: the report's own HTML with one marked block added before </head> (a screen
// style that lays each printed page out as a sheet, the page's version and the live-reload script), so the
// print's HTML stays what it is, script-free. And the page shown instead when the report cannot be made: the
// error's message, place, details and hint, escaped.
import Handlebars from 'handlebars';
import { UserError } from '../errors.js';
import { MARGIN_MM, pageSize, type Paper } from './page-style.js';

/** Where the served page finds its script: a file of the server, so a CSP can forbid every inline script. */
export const PREVIEW_SCRIPT_PATH = '/preview.js';
export const PREVIEW_EVENTS_PATH = '/events';
export const DRAFT_PDF_PATH = '/draft.pdf';
export const PREVIEW_BLOCK_START = '<!-- oic-report preview -->';
export const PREVIEW_BLOCK_END = '<!-- /oic-report preview -->';

const escape = (text: string) => Handlebars.escapeExpression(text);

/** The report's HTML as the preview serves it; removing the marked block gives back the very same HTML. */
export function previewPage(reportHtml: string, version: number, paper: Paper): string {
  const block = [PREVIEW_BLOCK_START, head(version), `<style>${screenStyle(paper)}</style>`, PREVIEW_BLOCK_END].join('\n');
  // A translator's layout may lack </head>: at the end, the block still works, and the doctype stays first.
  const at = reportHtml.search(/<\/head>/i);
  return at < 0 ? `${reportHtml}${block}\n` : `${reportHtml.slice(0, at)}${block}\n${reportHtml.slice(at)}`;
}

/** The HTML the report is made from, without what previewPage added. */
export function withoutPreviewBlock(html: string): string {
  const start = html.indexOf(PREVIEW_BLOCK_START);
  const end = html.indexOf(PREVIEW_BLOCK_END);
  return start < 0 || end < start ? html : html.slice(0, start) + html.slice(end + PREVIEW_BLOCK_END.length + 1);
}

function head(version: number): string {
  return `<meta name="oic-preview-version" content="${version}">\n<script src="${PREVIEW_SCRIPT_PATH}" defer></script>`;
}

/** The bar the script adds atop the page: the preview's state and the link to the draft PDF. */
const BAR_STYLE = `
#oic-preview-bar {
  position: fixed; top: 0; left: 0; right: 0; z-index: 100; display: flex; gap: 1.5em; align-items: center;
  padding: 8px 16px; background: #20302a; color: #fff; font: 13px/1.4 'Noto Sans', sans-serif;
}
#oic-preview-bar a { color: #9fe3c6; }
@media print { #oic-preview-bar { display: none; } }`;

/**
 * A screen shows one long page: each block the print starts on a new page (the cover, the contents, every
 * chapter) becomes a sheet of the paper's width with the print's margins, on a grey desk. Only for screens.
 */
export function screenStyle(paper: Paper): string {
  const { widthMm, heightMm } = pageSize(paper);
  const { top, bottom, inner, outer } = MARGIN_MM;
  const mm = (v: number) => `${+v.toFixed(2)}mm`;
  return `
@media screen {
  html { background: #8d9296; }
  body { padding: 44px 0 12mm; }
  .cover, .toc, .chapter {
    width: ${mm(widthMm - inner - outer)}; min-height: ${mm(heightMm - top - bottom)}; margin: 0 auto 8mm;
    padding-block: ${top}mm ${bottom}mm; padding-inline: ${inner}mm ${outer}mm;
    background: #fff; box-shadow: 0 1px 5px rgba(0, 0, 0, 0.4);
  }
}${BAR_STYLE}`;
}

/** The page shown while the report cannot be made; it reloads by itself once the file is fixed. */
export function errorPage(error: unknown, version: number): string {
  // A template's message starts with its file, line and column; a catalog's or the data's details give theirs.
  const { message, details, hint } = describeError(error);
  return `<!DOCTYPE html>
<html lang="en" dir="ltr">
<head>
<meta charset="utf-8">
<title>oic-report preview: the report cannot be made</title>
${head(version)}
<style>
body { margin: 0; padding: 56px 32px 32px; font: 15px/1.5 'Noto Sans', sans-serif; background: #fbf3f4; color: #1a1a1a; }
h1 { color: #9e1b32; font-size: 20px; margin: 0 0 12px; }
.message { font-weight: 700; white-space: pre-wrap; }
pre { background: #fff; border: 1px solid #e3c3c9; padding: 12px; overflow-x: auto; font: 13px/1.45 monospace; }
${BAR_STYLE}
</style>
</head>
<body>
<main class="preview-error">
<h1>The report cannot be made</h1>
<p class="message">${escape(message)}</p>
${details.length > 0 ? `<pre class="details">${details.map(escape).join('\n')}</pre>\n` : ''}${hint ? `<p class="hint">${escape(hint)}</p>\n` : ''}<p>This page shows the report again as soon as the file is saved without the error.</p>
</main>
</body>
</html>
`;
}

function describeError(error: unknown): { message: string; details: readonly string[]; hint?: string } {
  if (error instanceof UserError) return { message: error.message, details: error.details, ...(error.hint ? { hint: error.hint } : {}) };
  // Anything else is a bug of oic-report: its stack is what a report of it needs.
  const e = error instanceof Error ? error : new Error(String(error));
  return { message: `internal error: ${e.message}`, details: (e.stack ?? '').split('\n').slice(1), hint: 'This is a bug in oic-report; please report it with the text above.' };
}

/** What the server tells of the draft PDF: the version it was printed from, and whether a newer one prints. */
export interface DraftPdfState {
  /** The preview prints no PDF (--no-pdf). */
  off?: true;
  printed?: { version: number; pages: number };
  printing?: number;
  failed?: { version: number; message: string };
}

/**
 * The served page's script, /preview.js. It follows /events: `hello` on connecting (the server's version: a
 * page older than it updates, so a change made while the page was loading is not missed), `reload` after each
 * change, `pdf` when a draft PDF starts or ends printing. An update fetches the new page and replaces only the
 * parts that differ (a chapter, the page style), which a browser shows far sooner than the whole report
 * reloaded; anything else (the language, an error page) loads the page again, keeping the reader's place.
 */
export const PREVIEW_SCRIPT = `'use strict';
(() => {
  const versionOf = (doc) => Number(doc.querySelector('meta[name="oic-preview-version"]')?.content);
  let version = versionOf(document);
  const place = 'oic-preview-scroll';
  const saved = sessionStorage.getItem(place);
  sessionStorage.removeItem(place);
  if (saved !== null) addEventListener('load', () => scrollTo(0, Number(saved)));
  const bar = document.createElement('div');
  bar.id = 'oic-preview-bar';
  bar.dir = 'ltr';
  const state = document.createElement('span');
  const link = Object.assign(document.createElement('a'), { href: '${DRAFT_PDF_PATH}', target: '_blank', textContent: 'Draft PDF' });
  const pdf = document.createElement('span');
  bar.append(state, link, pdf);
  document.body.prepend(bar);
  const reload = () => {
    sessionStorage.setItem(place, String(scrollY));
    location.reload();
  };
  const ours = (e) => e === bar || e.matches('meta[name="oic-preview-version"], script[src="${PREVIEW_SCRIPT_PATH}"], link[rel="stylesheet"]');
  const parts = (parent) => [...parent.children].filter((e) => !ours(e));
  /** Makes this page the new one in place; false when only loading it again can. */
  const patch = (next) => {
    const [a, b] = [document, next].map((d) => d.documentElement);
    if (a.lang !== b.lang || a.dir !== b.dir || [document, next].some((d) => d.querySelector('.preview-error'))) return false;
    const [headNow, headNext, now, later] = [document.head, next.head, document.body, next.body].map(parts);
    if (headNow.length !== headNext.length || now.length !== later.length) return false;
    const differ = (list, others) => list.map((e, i) => [e, others[i]]).filter(([e, o]) => e.outerHTML !== o.outerHTML);
    const head = differ(headNow, headNext);
    if (head.some(([e, o]) => e.tagName !== o.tagName || !['STYLE', 'TITLE'].includes(e.tagName))) return false;
    head.forEach(([e, o]) => (e.textContent = o.textContent));
    differ(now, later).forEach(([e, o]) => e.replaceWith(document.adoptNode(o)));
    return true;
  };
  let busy = false;
  let again = false;
  const update = async (styleChanged) => {
    if (busy) return void (again = true);
    busy = true;
    try {
      do {
        again = false;
        const next = new DOMParser().parseFromString(await (await fetch(location.pathname, { cache: 'no-store' })).text(), 'text/html');
        if (!patch(next)) return reload();
        version = versionOf(next);
        document.querySelector('meta[name="oic-preview-version"]').content = String(version);
        if (styleChanged) document.querySelectorAll('link[rel="stylesheet"]').forEach((l) => (l.href = l.href.replace(/\\?.*$/, '') + '?v=' + version));
        state.textContent = 'Live preview, version ' + version;
      } while (again);
    } catch {
      reload();
    } finally {
      busy = false;
    }
  };
  const showPdf = (p) => {
    if (p.off) return link.remove();
    const parts = [];
    if (p.printed) {
      link.href = '${DRAFT_PDF_PATH}?v=' + p.printed.version;
      parts.push(p.printed.pages + ' pages' + (p.printed.version === version ? '' : ', of an older version'));
    }
    if (p.printing !== undefined) parts.push('printing the newest…');
    else if (p.failed) parts.push('the last print failed: ' + p.failed.message);
    pdf.textContent = parts.join(' · ') || 'not printed yet: the report has an error';
  };
  const events = new EventSource('${PREVIEW_EVENTS_PATH}');
  events.addEventListener('hello', (e) => {
    const hello = JSON.parse(e.data);
    if (hello.version !== version) return update(true);
    state.textContent = 'Live preview, version ' + version;
    showPdf(hello.pdf);
  });
  events.addEventListener('reload', (e) => update(JSON.parse(e.data).changed?.includes('style')));
  events.addEventListener('pdf', (e) => showPdf(JSON.parse(e.data)));
  events.onerror = () => (state.textContent = 'The preview server is not answering; reconnecting…');
})();
`;
