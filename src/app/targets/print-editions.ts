// The PDFs of every language, each printed as soon as its charts are drawn: the browser lays out the first
// language while the next one's charts are drawn, and the languages print side by side (each page of the
// browser lays out in its own process), their finishing in threads of their own (io/pdf-thread.ts).
import { availableParallelism } from 'node:os';
import type { Browser } from 'puppeteer';
import { directionOf } from '../../core/locale.js';
import type { LanguageEdition } from '../edition-view.js';
import type { ProgressListener } from '../progress.js';
import { printEdition, type PdfSettings, type PrintedEdition } from './pdf.js';
import { PrintSlots } from './print-slots.js';

export interface PrintEditions {
  /** Each language's edition, in the order they are made ready. */
  editions: readonly Promise<LanguageEdition>[];
  /** Their languages, in the same order: the order their final prints start in (see print-slots.ts). */
  languages: readonly string[];
  /** What must hold before a language prints (its template values, fonts): a failure stops the build. */
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
  const queue = [...job.languages].sort((a, b) => Number(directionOf(b) === 'rtl') - Number(directionOf(a) === 'rtl'));
  const slots = new PrintSlots(availableParallelism(), queue);
  return Promise.all(
    job.editions.map(async (preparing, i) => {
      try {
        const edition = await preparing;
        await job.check(edition);
        const [browser, stagingDir] = await Promise.all([job.browser, job.staging]);
        if (!started) job.onFirstPrint?.();
        started = true;
        return await printEdition(edition, { ...job.settings, browser, stagingDir, slots }, onProgress);
      } finally {
        // A language reused, failed or done keeps no slot from the others.
        slots.release(job.languages[i]!);
      }
    }),
  );
}
