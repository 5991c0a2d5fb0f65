// The thread of io/pdf-thread.ts: started ahead of its print, it waits for it, reads (and finishes) it, posts the
// result back, and waits for the next print (an idle thread is unreferenced: it holds no process open).
import { parentPort } from 'node:worker_threads';
import { readPrintedHere, type FinishJob } from './pdf-thread.js';

parentPort!.on('message', async ({ raw, job }: { raw: Uint8Array; job?: FinishJob }) => {
  const result = await readPrintedHere(raw, job);
  const bytes = result.finished?.bytes;
  // The finished bytes are handed over, not copied.
  parentPort!.postMessage(result, bytes && bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength ? [bytes.buffer as ArrayBuffer] : []);
});
