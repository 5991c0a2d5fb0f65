// HTML file → PDF bytes, in Chromium. The page runs no script and may load nothing but its own HTML
// and the folders it is allowed (templates, fonts); the PDF then gets its metadata with pdf-lib.
import { pathToFileURL } from 'node:url';
import type { Browser } from 'puppeteer';
import { PDFDocument, ReadingDirection } from 'pdf-lib';

export interface PdfMetadata {
  title: string;
  author: string;
  subject: string;
  keywords: string[];
  lang: string;
  rightToLeft: boolean;
  /** Fixed creation and modification date, for reproducible builds (SOURCE_DATE_EPOCH). */
  date?: Date;
}

export interface PrintedPdf {
  bytes: Uint8Array;
  pages: number;
}

export async function printPdf(
  browser: Browser,
  htmlPath: string,
  allowedFolders: string[],
  metadata: PdfMetadata,
): Promise<PrintedPdf> {
  const page = await browser.newPage();
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
    await page.goto(htmlUrl, { waitUntil: 'load' });
    const printed = await page.pdf({
      preferCSSPageSize: true,
      printBackground: true,
      tagged: true,
      outline: true,
      waitForFonts: true,
    });
    return await withMetadata(printed, metadata);
  } finally {
    await page.close();
  }
}

async function withMetadata(printed: Uint8Array, meta: PdfMetadata): Promise<PrintedPdf> {
  // Edited in place: copying pages into a new document would drop the structure tags.
  const pdf = await PDFDocument.load(printed, { updateMetadata: false });
  pdf.setTitle(meta.title, { showInWindowTitleBar: true });
  pdf.setAuthor(meta.author);
  pdf.setSubject(meta.subject);
  pdf.setKeywords(meta.keywords);
  pdf.setCreator('oic-report');
  pdf.setProducer('oic-report (Chromium, pdf-lib)');
  pdf.setLanguage(meta.lang);
  const date = meta.date ?? new Date();
  pdf.setCreationDate(date);
  pdf.setModificationDate(date);
  if (meta.rightToLeft) pdf.catalog.getOrCreateViewerPreferences().setReadingDirection(ReadingDirection.R2L);
  const bytes = await pdf.save();
  return { bytes, pages: pdf.getPageCount() };
}
