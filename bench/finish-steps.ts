// The cost in seconds of each step that finishes a print (src/core/pdf-finish.ts: metadata, structure, text layer,
// page size, renumbering, XMP, attachments, save), for bench/text-layer.ts. Timed on what the build itself
// finishes: Chromium's raw tagged print of the final HTML the build wrote, finished again with the options the build
// gives it (the same structure options, page size and attached files, taken from the finished PDF). A finished PDF
// would not do: its structure pass would find nothing left to mark and no stream to compress again.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { exactPageSize, structureOptions } from '../src/app/targets/pdf-evidence.js';
import { headingsOf } from '../src/core/outline.js';
import type { PdfAttachment } from '../src/core/pdf-attachments.js';
import { finishPdf, loadPdf, type FinishOptions, type FinishStep } from '../src/core/pdf-finish.js';
import { closeBrowser, findBrowser, launchBrowser } from '../src/io/browser.js';
import { printPdf } from '../src/io/print-pdf.js';

const MIME: Record<string, string> = { csv: 'text/csv', json: 'application/json' };

/** One line: each step's seconds, and their sum. */
export async function finishingReport(htmlPath: string, finishedPath: string, lang: string): Promise<string> {
  const browser = await launchBrowser(findBrowser(undefined));
  let raw: Uint8Array;
  try {
    raw = await printPdf(browser, htmlPath, [dirname(htmlPath)], 'final');
  } finally {
    await closeBrowser(browser);
  }
  const options = await optionsLike(finishedPath, readFileSync(htmlPath, 'utf8'), lang);
  const steps: [FinishStep | 'load', number][] = [];
  const started = performance.now();
  const pdf = await loadPdf(raw);
  steps.push(['load', (performance.now() - started) / 1000]);
  const { pages } = await finishPdf(pdf, options, (step, seconds) => steps.push([step, seconds]));
  const total = steps.reduce((sum, [, s]) => sum + s, 0);
  return `${lang} finishing (${pages} pages, s): ${steps.map(([step, s]) => `${step} ${s.toFixed(2)}`).join(', ')}; total ${total.toFixed(2)}`;
}

/** What the build finishes this edition with, read back from its HTML and its finished PDF. */
export async function optionsLike(finishedPath: string, html: string, lang: string): Promise<FinishOptions> {
  const finished = await PDFDocument.load(readFileSync(finishedPath), { updateMetadata: false });
  const headings = headingsOf(html);
  const contents = headings.flatMap((h) => (h.id ? [{ level: h.level, id: h.id, title: h.text }] : []));
  return {
    title: finished.getTitle() ?? '',
    author: finished.getAuthor() ?? '',
    subject: finished.getSubject() ?? '',
    keywords: (finished.getKeywords() ?? '').split(/\s+/),
    lang,
    rightToLeft: lang === 'ar',
    bookmarks: headings.map((h) => h.text),
    contents,
    date: finished.getCreationDate() ?? new Date(),
    pageSize: exactPageSize('A4'),
    structure: structureOptions(html, contents, 'A4'),
    attachments: attachedFiles(finishedPath),
  };
}

/** The files the finished PDF carries, detached by poppler. */
function attachedFiles(pdfPath: string): PdfAttachment[] {
  const dir = mkdtempSync(join(tmpdir(), 'oic-bench-attached-'));
  try {
    execFileSync('pdfdetach', ['-saveall', '-o', dir, pdfPath]);
    return readdirSync(dir).map((name) => ({
      name,
      bytes: new Uint8Array(readFileSync(join(dir, name))),
      mimeType: MIME[name.split('.').pop()!] ?? 'text/plain',
      description: name,
      relationship: name.endsWith('.csv') ? ('Source' as const) : ('Data' as const),
    }));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
