// The PDFs of every language: the browser lays out each language (for its contents' page numbers) while the charts
// are drawn, prints each as soon as its charts are, the languages side by side (each page of the browser lays out in
// its own process), and finishes them in threads of their own (io/pdf-thread.ts).
import { availableParallelism } from 'node:os';
import type { Browser } from 'puppeteer';
import { directionOf } from '../../core/locale.js';
import type { LanguageEdition } from '../edition-view.js';
import type { ProgressListener } from '../progress.js';
import { printEdition, type PdfSettings, type PrintedEdition } from './pdf.js';
import { PrintSlots } from './print-slots.js';

export interface PrintEditions {
  /** Each language before its charts are drawn: what the layout prints and the checks need. */
  outlines: readonly LanguageEdition[];
  /** The same languages with their charts, as they are drawn: what the final prints need. */
  editions: readonly Promise<LanguageEdition>[];
  /** What must hold before a language's final print (its template values, fonts): a failure stops the build. */
  check: (edition: LanguageEdition) => Promise<void>;
  browser: Promise<Browser>;
  /** The staging folder, its assets written. */
  staging: Promise<string>;
  settings: Omit<PdfSettings, 'browser' | 'stagingDir'>;
  /** Called when the first language starts printing (the print stage's time starts there). */
  onFirstPrint?: () => void;
}

export async function printEditions(job: PrintEditions, onProgress?: ProgressListener): Promise<PrintedEdition[]> {
  let started = false;
  // Right-to-left first: Arabic shaping makes its print the longest (10k incidents: 16 core-seconds of Chromium
  // against 15 for English and 13 for French).
  const queue = job.outlines.map((o) => o.lang).sort((a, b) => Number(directionOf(b) === 'rtl') - Number(directionOf(a) === 'rtl'));
  const slots = new PrintSlots(availableParallelism(), queue);
  // The checks run beside the layout prints, which they cannot change; a failure fails the build at once, and no
  // final print starts before its language passed them.
  const checks = job.outlines.map((outline) => job.check(outline));
  const prints = job.outlines.map(async (outline, i) => {
    try {
      const [browser, stagingDir] = await Promise.all([job.browser, job.staging]);
      if (!started) job.onFirstPrint?.();
      started = true;
      const drawn = Promise.all([checks[i], job.editions[i]]).then(([, edition]) => edition!);
      // Awaited after the layout prints; a failure meanwhile is told by the checks' own promise.
      drawn.catch(() => {});
      return await printEdition(outline, { ...job.settings, browser, stagingDir, slots }, onProgress, drawn);
    } finally {
      // A language reused, failed or done keeps no slot from the others.
      slots.release(outline.lang);
    }
  });
  const [printed] = await Promise.all([Promise.all(prints), ...checks]);
  return printed;
}
