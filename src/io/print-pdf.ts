// HTML file → PDF bytes, in Chromium: the raw print, finished afterwards in memory by core/pdf-finish.ts.
// The page runs no script and may load nothing but its own HTML and the folders it is allowed (templates, fonts).
import { pathToFileURL } from 'node:url';
import type { Browser } from 'puppeteer';

/**
 * How a print is made. `final`: tagged (the structure a screen reader and an archive need) with Chromium's
 * outline. `layout` and `draft`: untagged and without outline, in about a third of the time: enough to learn
 * where each heading falls, and for a draft to read (its bookmarks are added by finishPdf).
 */
export type PrintKind = 'final' | 'draft' | 'layout';

/** Prints the HTML file as Chromium lays it out for print; the raw PDF, not yet finished. */
export async function printPdf(
  browser: Browser,
  htmlPath: string,
  allowedFolders: string[],
  kind: PrintKind = 'final',
  /** Aborting closes the page: the print under way fails at once and frees the browser for what replaces it. */
  signal?: AbortSignal,
  /** Time the page may take to load, and then to print; puppeteer's own 30 s would fail any large edition. */
  timeoutMs = 300_000,
): Promise<Uint8Array> {
  signal?.throwIfAborted();
  const page = await browser.newPage();
  const abort = () => void page.close().catch(() => {});
  signal?.addEventListener('abort', abort, { once: true });
  try {
    await page.setJavaScriptEnabled(false);
    const htmlUrl = pathToFileURL(htmlPath).href;
    const allowed = allowedFolders.map((dir) => pathToFileURL(dir).href.replace(/\/?$/, '/'));
    await page.setRequestInterception(true);
    page.on('request', (request) => {
      const url = request.url();
      if (url === htmlUrl || url.startsWith('data:') || allowed.some((prefix) => url.startsWith(prefix))) {
        void request.continue();
      } else {
        void request.abort('accessdenied');
      }
    });
    await page.goto(htmlUrl, { waitUntil: 'load', timeout: timeoutMs });
    const pdf = await page.pdf({
      timeout: timeoutMs,
      preferCSSPageSize: true,
      printBackground: true,
      tagged: kind === 'final',
      outline: kind === 'final',
      waitForFonts: true,
    });
    await page.close();
    return pdf;
  } finally {
    signal?.removeEventListener('abort', abort);
    // After a failure the page is closed without waiting: a browser that stopped answering would hold the build
    // for another timeout, and closing the browser kills it anyway.
    if (!page.isClosed()) void page.close().catch(() => {});
  }
}
