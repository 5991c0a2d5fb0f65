// A thread of validate-file.ts: validates one part of an incident file and sends back its result, its counts
// and the keys (ids, content hashes) it saw, for the first thread to add up and check across parts.
import { parentPort, workerData } from 'node:worker_threads';
import { readReference } from './edition-data.js';
import { validatePart, type PartJob, type PartMessage, type PartRange, type PartResult } from './validate-file.js';

const { job, range, progress } = workerData as { job: PartJob; range: PartRange; progress: boolean };
const post = (message: PartMessage, transfer: ArrayBuffer[] = []) => parentPort!.postMessage(message, transfer);
try {
  const reference = await readReference(job.dataDir);
  const onBytes = (bytes: number) => post({ progress: bytes });
  const { validation, keys, ended } = await validatePart(job, reference, progress ? { range, onBytes } : { range });
  const ids = keys.ids.snapshot();
  const contents = keys.contents.snapshot();
  const message: PartResult = { result: validation.result, rejected: validation.rejected, tally: validation.counter.tally, bytes: validation.bytes, ids, contents, ended };
  // The tables' arrays are handed over, not copied.
  const buffers = [ids, contents].flatMap((s) => [s.h1.buffer, s.h2.buffer, s.lines.buffer, s.starts.buffer, s.chars.buffer]);
  post(message, buffers as ArrayBuffer[]);
} catch (error) {
  post({ error: error instanceof Error ? error.message : String(error) });
}
