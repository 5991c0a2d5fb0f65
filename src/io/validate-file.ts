// Validating and counting one incident file, using every core for a large one: the file is cut into parts at
// line breaks, each part is read, validated and counted in a thread of its own (this one reads the first), and
// the results are added up. The result is the one reading the whole file in one thread would give, exactly:
// whenever it might not be (a cut inside a quoted field, an id or a probable duplicate that spans two parts, a
// thread that fails), the file is read again whole, in one thread.
import { createHash } from 'node:crypto';
import { createReadStream, existsSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Edition } from '../core/edition.js';
import { FigureCounter, type Tally } from '../core/figures.js';
import { FirstLines, type FirstLinesSnapshot } from '../core/first-lines.js';
import type { Reference } from '../core/reference.js';
import { IncidentValidator, mergeResults, type ProblemLimits, type RejectedRow, type ValidationResult } from '../core/validate.js';
import { openIncidentFile, type IncidentStream } from './edition-data.js';
import { countLineBreaks, partStarts } from './file-parts.js';
import type { Encoding } from './encoding.js';

export interface FileValidationOptions extends ProblemLimits {
  /** The file's encoding when it has no byte order mark; default UTF-8. */
  encoding?: Encoding;
  /** Threads to read the file with; default: one per core (at most 4) for a UTF-8 file over 160 MB, else 1. */
  threads?: number;
  /** Today, YYYY-MM-DD, for the "date in the future" warning; default the current UTC date. */
  today?: string;
  /** Told the bytes read so far, every few megabytes, and the file's size. */
  onProgress?: (bytesRead: number, size: number) => void;
  /** Keep the accepted incidents and the rejected rows with their cells (a build's annexes need them). */
  keep?: boolean;
  /** Compute the SHA-256 of the file's bytes (the data fingerprint the report prints). */
  fingerprint?: boolean;
}

export interface FileValidation {
  file: string;
  /** The header's columns, as written. */
  columns: string[];
  encoding?: Encoding;
  bytes: number;
  /** With `fingerprint`: SHA-256 of the file's bytes. */
  fingerprint?: string;
  result: ValidationResult;
  /** With `keep`: every rejected row, its cells and reasons, in file order. */
  rejected: RejectedRow[];
  /** The counts of the accepted incidents, from which `computeFigures`' figures come (FigureCounter.figures). */
  counter: FigureCounter;
  /** How many threads read the file (1 when it was read whole). */
  threads: number;
}

/** Below this size (some 200,000 rows) one thread is as quick as two: a thread takes ~0.5 s to start and report. */
const AUTO_MIN_BYTES = 160 * 1024 * 1024;
const MAX_AUTO_THREADS = 4;
const WORKER = new URL('./validation-worker.js', import.meta.url);

/**
 * Validates an incident file and counts its accepted incidents, keeping none of them. `dataDir` is the folder
 * the reference tables were read from (the other threads read them again).
 */
export async function validateIncidentFile(
  path: string,
  edition: Edition,
  reference: Reference,
  dataDir: string,
  options: FileValidationOptions = {},
): Promise<FileValidation> {
  const today = options.today ?? new Date().toISOString().slice(0, 10);
  const job: PartJob = { path, dataDir, edition, today, limits: limitsOf(options), encoding: options.encoding, keep: options.keep ?? false };
  const size = (await stat(path).catch(() => undefined))?.size ?? 0;
  const threads = options.threads ?? (size >= AUTO_MIN_BYTES ? Math.min(availableParallelism(), MAX_AUTO_THREADS) : 1);
  // Workers run compiled JavaScript: from the TypeScript sources (tests, tsx) the file is read in one thread.
  const canSplit = threads > 1 && (options.encoding ?? 'utf-8') === 'utf-8' && existsSync(fileURLToPath(WORKER));
  // A file that cannot be cut (or read: the reading in one thread says why) is read whole.
  const starts = canSplit && size > 0 ? await partStarts(path, size, threads).catch(() => undefined) : undefined;
  const progress = options.onProgress;
  if (starts) {
    // A hash cannot be added up from parts: the whole file is hashed beside the threads that read it.
    const hashing = options.fingerprint ? hashFile(path) : undefined;
    hashing?.catch(() => {});
    const parallel = await validateInParts(job, reference, starts, progress && ((bytes) => progress(bytes, size))).catch(() => undefined);
    if (parallel) return hashing ? { ...parallel, fingerprint: await hashing } : parallel;
  }
  const whole = await validatePart(job, reference, {
    fingerprint: options.fingerprint ?? false,
    ...(progress ? { onBytes: (bytes: number) => progress(bytes, size) } : {}),
  });
  return { ...whole.validation, threads: 1 };
}

async function hashFile(path: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path, { highWaterMark: 1 << 20 }) as AsyncIterable<Buffer>) hash.update(chunk);
  return hash.digest('hex');
}

/** What a thread needs to validate its part (plain data: it is sent to the worker). */
export interface PartJob {
  path: string;
  dataDir: string;
  edition: Edition;
  today: string;
  limits: ProblemLimits;
  encoding: Encoding | undefined;
  /** Keep incidents and rejected rows (they are sent back from the threads). */
  keep: boolean;
}

export interface PartRange {
  start: number;
  /** Exclusive; undefined for the end of the file. */
  end: number | undefined;
  /** The header, for a part that does not start at the beginning of the file. */
  columns?: string[];
}

/** Bytes between two reports of progress. */
const PROGRESS_STEP = 8 * 1024 * 1024;

/** What a worker sends: how far it has read, then its result. */
export type PartMessage = { progress: number } | PartResult | { error: string };

/** What a worker sends back. */
export interface PartResult {
  result: ValidationResult;
  rejected: RejectedRow[];
  tally: Tally;
  bytes: number;
  ids: FirstLinesSnapshot;
  contents: FirstLinesSnapshot;
  /** The part ended right after a record, as a part cut at a line break between records does. */
  ended: boolean;
}

export interface PartOptions {
  /** The part of the file; the whole file without it. */
  range?: PartRange;
  /** The part's stream, when it is open already (its header read). */
  opened?: IncidentStream;
  /** Told the part's bytes read so far, every few megabytes. */
  onBytes?: (bytesRead: number) => void;
  /** Hash the bytes read (only for the whole file). */
  fingerprint?: boolean;
}

/** Validates one part of the file (or all of it), counting its incidents. */
export async function validatePart(
  job: PartJob,
  reference: Reference,
  { range, opened, onBytes, fingerprint = false }: PartOptions = {},
): Promise<{ validation: Omit<FileValidation, 'threads'>; keys: { ids: FirstLines; contents: FirstLines }; ended: boolean }> {
  const source = opened ?? (await openPart(job, range, fingerprint));
  const counter = new FigureCounter();
  const rejected: RejectedRow[] = [];
  const validator = new IncidentValidator(source.file, source.columns, job.edition, reference, {
    ...job.limits,
    today: job.today,
    keepIncidents: job.keep,
    onIncident: (incident) => counter.add(incident),
    ...(job.keep ? { onRejected: (row: RejectedRow) => rejected.push(row) } : {}),
    part: range?.columns !== undefined,
  });
  let reported = 0;
  for await (const batch of source.records) {
    for (const record of batch) validator.addRecord(record);
    if (onBytes && source.bytes() - reported >= PROGRESS_STEP) onBytes((reported = source.bytes()));
  }
  const encoding = source.encoding();
  return {
    validation: {
      file: source.file,
      columns: source.columns,
      ...(encoding ? { encoding } : {}),
      bytes: source.bytes(),
      ...(fingerprint ? { fingerprint: source.fingerprint() } : {}),
      result: validator.finish(),
      rejected,
      counter,
    },
    keys: validator.keys(),
    ended: source.endedBetweenRecords(),
  };
}

async function openPart(job: PartJob, range: PartRange | undefined, fingerprint = false): Promise<IncidentStream> {
  const base = { encoding: job.encoding, fingerprint } as const;
  if (range?.columns) {
    const firstLine = 1 + (await countLineBreaks(job.path, range.start));
    return openIncidentFile(job.path, { ...base, part: { start: range.start, end: range.end, firstLine, columns: range.columns } });
  }
  return openIncidentFile(job.path, range?.end !== undefined ? { ...base, part: { start: 0, end: range.end } } : base);
}

async function validateInParts(
  job: PartJob,
  reference: Reference,
  starts: number[],
  onBytes?: (bytesRead: number) => void,
): Promise<FileValidation | undefined> {
  // Every part needs the header: the first part's is read before the others start.
  const firstRange = { start: 0, end: starts[0]! };
  const head = await openPart(job, firstRange);
  const columns = head.columns;
  const workers: Worker[] = [];
  // Bytes read by each part; the first is this thread's.
  const read = new Array<number>(starts.length + 1).fill(0);
  const report = (part: number, bytes: number) => {
    read[part] = bytes;
    onBytes?.(read.reduce((a, b) => a + b, 0));
  };
  try {
    const others = starts.map((start, i) => {
      // A smaller young generation: 1M rows in two threads peak at ~250 MB instead of ~270 MB, for ~0.3 s.
      const worker = new Worker(WORKER, {
        workerData: { job, range: { start, end: starts[i + 1], columns }, progress: onBytes !== undefined },
        resourceLimits: { maxYoungGenerationSizeMb: 16 },
      });
      workers.push(worker);
      return new Promise<PartResult>((resolve, reject) => {
        worker.on('message', (message: PartMessage) => {
          if ('progress' in message) report(i + 1, message.progress);
          else if ('error' in message) reject(new Error(message.error));
          else resolve(message);
        });
        worker.once('error', reject);
        worker.once('exit', (code) => reject(new Error(`the validation thread stopped (exit ${code})`)));
      });
    });
    // If this thread fails first, the others' failures (when they are stopped) are not news.
    for (const other of others) other.catch(() => {});
    const first = await validatePart(job, reference, { range: firstRange, opened: head, onBytes: (bytes) => report(0, bytes) });
    const rest = await Promise.all(others);
    if (!first.ended) return undefined; // the first cut was inside a quoted field
    // No id and no content key may be in two parts: a later part's table is looked up in each earlier one's.
    const earlier = [first.keys];
    for (const [i, part] of rest.entries()) {
      if (earlier.some((keys) => keys.ids.sharesKeyWith(part.ids) || keys.contents.sharesKeyWith(part.contents))) return undefined;
      if (i < rest.length - 1) earlier.push({ ids: FirstLines.from(part.ids), contents: FirstLines.from(part.contents) });
    }
    if (rest.slice(0, -1).some((r) => !r.ended)) return undefined;
    const counter = first.validation.counter;
    for (const r of rest) counter.merge(r.tally);
    return {
      ...first.validation,
      bytes: first.validation.bytes + rest.reduce((n, r) => n + r.bytes, 0),
      result: mergeResults([first.validation.result, ...rest.map((r) => r.result)], job.limits),
      rejected: [...first.validation.rejected, ...rest.flatMap((r) => r.rejected)],
      counter,
      threads: starts.length + 1,
    };
  } finally {
    for (const worker of workers) void worker.terminate();
  }
}

function limitsOf(options: ProblemLimits): ProblemLimits {
  return {
    ...(options.maxProblems !== undefined ? { maxProblems: options.maxProblems } : {}),
    ...(options.maxProblemsPerKind !== undefined ? { maxProblemsPerKind: options.maxProblemsPerKind } : {}),
  };
}
