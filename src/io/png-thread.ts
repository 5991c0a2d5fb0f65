// The charts' 300-dpi PNG copies drawn in a thread of their own while the browser prints: drawn in the thread
// that drives the browser, each would hold up its messages (the page's requests, the PDF's transfer) for the
// fifth of a second a PNG takes. The thread runs at the lowest priority (io/png-worker.ts), so that it draws in
// the CPU time the prints leave idle instead of taking a share of theirs.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { ChartSpec } from '../core/charts.js';

const WORKER = new URL('./png-worker.js', import.meta.url);

/** The thread's niceness on Linux: the lowest priority, so that it draws only when a core is otherwise idle. */
export const PNG_THREAD_NICE = 19;

/** Whether PNGs can be drawn in another thread: workers run compiled JavaScript, not the TypeScript sources. */
export const canDrawPngsInThread = () => existsSync(fileURLToPath(WORKER));

/**
 * Draws the PNG of each spec in a worker thread, handing each to `done` as it is drawn. Resolves when all are
 * drawn or `stop` is called (the worker is ended); rejects if the thread fails.
 */
export function drawPngsInThread(fontsDir: string, specs: readonly ChartSpec[], done: (index: number, png: Uint8Array) => void): { finished: Promise<void>; stop: () => void } {
  const worker = new Worker(WORKER, { workerData: { fontsDir, specs } });
  const finished = new Promise<void>((resolve, reject) => {
    worker.on('message', (message: { index: number; png: Uint8Array }) => done(message.index, message.png));
    worker.once('error', reject);
    worker.once('exit', () => resolve());
  });
  return { finished, stop: () => void worker.terminate() };
}
