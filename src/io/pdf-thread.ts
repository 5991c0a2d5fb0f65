// A printed PDF read and finished with pdf-lib in a thread of its own: for a large tagged print, loading and
// saving it takes a second or more of one core, and in its own thread the finishing of one language overlaps
// the printing of the next instead of holding up the thread that drives the browser. The thread is started
// before its print: loading its modules (pdf-lib and the finishing) took 0.3 to 1.5 s here, which it spends
// while Chromium prints instead of after.
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

export interface Finisher {
  /** Reads the destinations of `raw` and, if they are as `job` expects, finishes it. Once per finisher. */
  finish(raw: Uint8Array, job: FinishJob): Promise<ReadPrinted>;
  /** Ends the thread unused (the print failed or was stopped). */
  cancel(): void;
}

const WORKER = new URL('./pdf-worker.js', import.meta.url);

/** Reads the destinations of a print, in this thread (a layout print: no job, and small). */
export function readPrinted(raw: Uint8Array, job?: FinishJob): Promise<ReadPrinted> {
  return job ? startFinisher().finish(raw, job) : readPrintedHere(raw);
}

/** A finishing thread, started now and given its print later. */
export function startFinisher(): Finisher {
  // Workers run compiled JavaScript: from the TypeScript sources (tests, tsx), this thread finishes.
  if (!existsSync(fileURLToPath(WORKER))) return { finish: readPrintedHere, cancel: () => {} };
  const worker = new Worker(WORKER);
  let settled = false;
  const result = new Promise<ReadPrinted>((resolve, reject) => {
    worker.once('message', (read: ReadPrinted) => {
      settled = true;
      resolve(read);
    });
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (!settled) reject(new Error(`the thread finishing the PDF stopped (exit code ${code})`));
    });
  });
  // Until it is given a print, nothing waits on it: a failure then is only reported by finish().
  result.catch(() => {});
  worker.unref();
  return {
    finish(raw, job) {
      worker.ref();
      worker.postMessage({ raw, job });
      return result;
    },
    cancel() {
      settled = true;
      void worker.terminate();
    },
  };
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
