// A printed PDF read and finished with pdf-lib in a thread of its own: for a large tagged print, loading and
// saving it takes a second or more of one core, and in its own thread the finishing of one language overlaps
// the printing of the next instead of holding up the thread that drives the browser. The thread is started
// before its print: loading its modules (pdf-lib and the finishing) took 0.3 to 1.5 s here, which it spends
// while Chromium prints instead of after; a thread that has finished one print is kept for the next.
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
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

/**
 * A finishing thread, started now and given its print later. When the print comes, a thread that has finished an
 * earlier print and is idle takes it instead (its pdf-lib loaded, its code compiled for the first print),
 * and the new one waits for the next: the last language's finishing, alone at the end of a build, is the build's tail.
 */
export function startFinisher(): Finisher {
  // Workers run compiled JavaScript: from the TypeScript sources (tests, tsx), this thread finishes.
  if (!existsSync(fileURLToPath(WORKER))) return { finish: readPrintedHere, cancel: () => {} };
  const started = fresh.pop() ?? new Worker(WORKER);
  started.unref();
  let used = false;
  return {
    finish(raw, job) {
      used = true;
      const worker = warm.pop();
      if (worker) keep(started, fresh);
      return finishIn(worker ?? started, raw, job);
    },
    cancel() {
      if (!used) keep(started, fresh);
    },
  };
}

/** Idle threads, one a core at most of each kind: those that finished a print, and those never given one. */
const warm: Worker[] = [];
const fresh: Worker[] = [];

function keep(worker: Worker, idle: Worker[]): void {
  worker.unref();
  if (idle.length < availableParallelism()) idle.push(worker);
  else void worker.terminate();
}

function finishIn(worker: Worker, raw: Uint8Array, job: FinishJob): Promise<ReadPrinted> {
  return new Promise<ReadPrinted>((resolve, reject) => {
    const detach = () => {
      worker.off('message', message);
      worker.off('error', error);
      worker.off('exit', exit);
    };
    const message = (read: ReadPrinted) => {
      detach();
      keep(worker, warm);
      resolve(read);
    };
    const error = (failure: Error) => {
      detach();
      reject(failure);
    };
    const exit = (code: number) => {
      detach();
      reject(new Error(`the thread finishing the PDF stopped (exit code ${code})`));
    };
    worker.on('message', message);
    worker.on('error', error);
    worker.on('exit', exit);
    worker.ref();
    worker.postMessage({ raw, job });
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
