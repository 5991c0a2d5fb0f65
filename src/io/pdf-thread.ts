// A printed PDF read and finished with pdf-lib in a thread of its own: for a large tagged print, loading and
// saving it takes a second or more of one core, and in its own thread the finishing of one language overlaps
// the printing of the next instead of holding up the thread that drives the browser.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { destinationPages, finishPdf, loadPdf, type FinishOptions, type PrintedPdf } from '../core/pdf-finish.js';

export interface FinishJob {
  /** The page of each heading the print was made with: only a print that agrees is finished. */
  expect: Record<string, number>;
  options: FinishOptions;
}

export interface ReadPrinted {
  /** The page of every named destination (heading) of the print. */
  destinations: Record<string, number>;
  /** The finished PDF, when a job was given and the print's pages are those it expected. */
  finished?: PrintedPdf;
}

const WORKER = new URL('./pdf-worker.js', import.meta.url);

/** Reads the destinations of a print and, when asked and they are as expected, finishes it (in a worker thread). */
export function readPrinted(raw: Uint8Array, job?: FinishJob): Promise<ReadPrinted> {
  // Workers run compiled JavaScript: from the TypeScript sources (tests, tsx), and to only read, this thread does it.
  if (!job || !existsSync(fileURLToPath(WORKER))) return readPrintedHere(raw, job);
  return new Promise((resolve, reject) => {
    const worker = new Worker(WORKER, { workerData: { raw, job } });
    let answered = false;
    worker.once('message', (result: ReadPrinted) => {
      answered = true;
      resolve(result);
    });
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (!answered) reject(new Error(`the thread finishing the PDF stopped (exit code ${code})`));
    });
  });
}

/** The same, in this thread: what the worker runs. */
export async function readPrintedHere(raw: Uint8Array, job?: FinishJob): Promise<ReadPrinted> {
  const pdf = await loadPdf(raw);
  const destinations = destinationPages(pdf);
  if (!job || !sameEntries(job.expect, destinations)) return { destinations };
  return { destinations, finished: await finishPdf(pdf, job.options) };
}

export function sameEntries(a: Record<string, number>, b: Record<string, number>): boolean {
  const keys = Object.keys(b);
  return keys.length === Object.keys(a).length && keys.every((k) => a[k] === b[k]);
}
