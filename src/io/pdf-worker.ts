// The thread of io/pdf-thread.ts: reads (and finishes) one printed PDF, posts the result back and ends.
import { parentPort, workerData } from 'node:worker_threads';
import { readPrintedHere, type FinishJob } from './pdf-thread.js';

const { raw, job } = workerData as { raw: Uint8Array; job?: FinishJob };
const result = await readPrintedHere(raw, job);
const bytes = result.finished?.bytes;
// The finished bytes are handed over, not copied.
parentPort!.postMessage(result, bytes && bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength ? [bytes.buffer as ArrayBuffer] : []);
