// Reading an edition's files: edition.json, the incident CSV and the reference tables. The only module
// that reads data from disk; everything it returns is plain data for the core.
import { createHash } from 'node:crypto';
import { readdir, stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { CsvReader, type CsvRecord } from '../core/csv.js';
import { editionSchema, type Edition } from '../core/edition.js';
import type { z } from 'zod';
import { countryNamesFileSchema } from '../core/country-names.js';
import { categoriesFileSchema, createReference, oicMembersFileSchema, regionsFileSchema, typesFileSchema, type Reference } from '../core/reference.js';
import { REQUIRED_COLUMNS } from '../core/incident.js';
import { fieldCountProblem, type SourceRow } from '../core/validate.js';
import { EXIT, UserError } from '../errors.js';
import { readCheckedFile } from './checked-file.js';
import { decodeText, type DecodeState, type Encoding } from './encoding.js';
import { displayPath, packagePath } from './paths.js';
import { openRegularFile } from './safe-read.js';

export interface IncidentFile {
  /** The path as printed in messages and in the report. */
  file: string;
  columns: string[];
  /** Rows whose field count differs from the header's carry a `problem`: never silently padded. */
  rows: SourceRow[];
  fingerprint: string;
}

/** The editions that data/ holds: folders named by a year with an edition.json. */
export async function listEditions(dataDir: string): Promise<number[]> {
  const entries = await readdir(dataDir, { withFileTypes: true }).catch(() => []);
  const years: number[] = [];
  for (const e of entries) {
    if (e.isDirectory() && /^\d{4}$/.test(e.name) && (await exists(join(dataDir, e.name, 'edition.json')))) {
      years.push(Number(e.name));
    }
  }
  return years.sort();
}

export async function readEdition(editionDir: string): Promise<Edition> {
  return (await readEditionFile(editionDir)).value;
}

/** edition.json checked, and as it is written (`new` carries its keys forward in their order). */
export async function readEditionFile(editionDir: string): Promise<{ file: string; value: Edition; written: unknown }> {
  const { file, value, parsed } = await readCheckedFile(join(editionDir, 'edition.json'), editionSchema, {
    what: 'a valid edition description',
    hint: 'Fix the fields listed; data/2024/edition.json is a complete example.',
    exitCode: EXIT.invalidData,
  });
  return { file, value, written: parsed.value };
}

/** The reference tables of the data folder, or those shipped with oic-report when it has none. */
export async function readReference(dataDir: string): Promise<Reference> {
  const own = join(dataDir, 'reference');
  const dir = (await exists(join(own, 'categories.json'))) ? own : packagePath('data', 'reference');
  const shipped = packagePath('data', 'reference');
  // Membership, types and country names: from the data folder's reference when it has them, else the shipped ones.
  const table = async <T extends z.ZodType>(name: string, schema: T, optional = false) => {
    const path = optional && !(await exists(join(dir, name))) ? join(shipped, name) : join(dir, name);
    return (await readCheckedFile(path, schema, { what: 'a valid reference table', hint: 'Fix the entries listed; data/reference/ has the shipped tables.', exitCode: EXIT.invalidData })).value;
  };
  const categories = await table('categories.json', categoriesFileSchema);
  const regions = await table('regions.json', regionsFileSchema);
  const oicMembers = await table('oic-members.json', oicMembersFileSchema, true);
  const types = await table('target-types.json', typesFileSchema, true);
  const countryNames = await table('country-names.json', countryNamesFileSchema, true);
  try {
    return createReference(categories, regions, { oicMembers, types, countryNames });
  } catch (error) {
    throw new UserError(`the reference tables in ${displayPath(dir)} are not valid: ${(error as Error).message}`, EXIT.invalidData);
  }
}

export interface IncidentFileOptions {
  /** The file's encoding when it has no byte order mark; default UTF-8. */
  encoding?: Encoding;
  /** Compute the SHA-256 of the bytes read (default true; validate does not need it). */
  fingerprint?: boolean;
  /**
   * Read only a part of the file, from byte `start` (at the beginning of a record) to byte `end` (exclusive),
   * whose first line is `firstLine`; a part that does not start at byte 0 has no header, its `columns` given.
   */
  part?: { start: number; end?: number; firstLine: number; columns: string[] } | { start: 0; end: number };
  /** The folder the file must be inside (default its own); null for a file named on the command line (a source). */
  within?: string | null;
}

/** An incident file opened for streaming: its header is read, its rows flow through `records` or `rows`, once. */
export interface IncidentStream {
  file: string;
  columns: string[];
  /** The data records in batches as they are read, each record's fields in the header's order. */
  records: AsyncIterable<CsvRecord[]>;
  /** The same records one at a time by column name, a field count that differs from the header's as `problem`. */
  rows: AsyncIterable<SourceRow>;
  /** SHA-256 of the file's bytes; complete once the records have been read to their end. */
  fingerprint(): string;
  bytes(): number;
  /** The encoding the file was read in (from its BOM, --encoding, or UTF-8). */
  encoding(): Encoding | undefined;
  /** Once the records are read: whether the text ended right after a record, not inside one (a quoted field). */
  endedBetweenRecords(): boolean;
}

/**
 * Opens an incident file and reads its header. Rows are read as they are consumed, in chunks, so memory does
 * not grow with the file. A missing file, an empty file or one that cannot be decoded is a UserError (exit 2).
 */
export async function openIncidentFile(path: string, options: IncidentFileOptions = {}): Promise<IncidentStream> {
  const file = displayPath(path);
  const hash = createHash('sha256');
  let size = 0;
  const state: DecodeState = { bom: false };
  // A regular file inside its own folder (unless `within` says otherwise): never a FIFO that blocks, a device, or a
  // link to a file elsewhere whose lines would be echoed in messages and in rejected.csv.
  const { handle } = await openRegularFile(path, {
    ...(options.within !== null ? { within: options.within ?? dirname(path) } : {}),
    missing: (f) => `${f} does not exist`,
    missingHint: 'Each edition folder needs an incidents.csv.',
  });
  const range = options.part ? { start: options.part.start, ...(options.part.end !== undefined ? { end: options.part.end - 1 } : {}) } : {};
  const input = handle.createReadStream({ highWaterMark: 256 * 1024, ...range });
  const hashing = options.fingerprint ?? true;
  async function* bytes(): AsyncGenerator<Buffer> {
    for await (const chunk of input as AsyncIterable<Buffer>) {
      if (hashing) hash.update(chunk);
      size += chunk.length;
      yield chunk;
    }
  }
  const part = options.part && 'columns' in options.part ? options.part : undefined;
  const reader = new CsvReader(part?.firstLine ?? 1);
  let ended = false;
  async function* csvBatches(text: AsyncIterable<string>): AsyncGenerator<CsvRecord[]> {
    for await (const chunk of text) {
      const records = reader.push(chunk);
      if (records.length > 0) yield records;
    }
    const last = reader.end();
    ended = last.length === 0;
    yield last;
  }
  const batches = csvBatches(decodeText(bytes(), file, options.encoding, state, part?.firstLine));
  // The header is the first record of the first batch that has one; the rest of that batch is data.
  const first = await firstRecords(batches);
  const header = part ? { fields: part.columns } : first.shift();
  if (!header) {
    throw new UserError(
      `${file} is empty: it has not even a header line`,
      EXIT.usage,
      `The first line must name the columns, e.g. ${REQUIRED_COLUMNS.join(',')}.`,
    );
  }
  const columns = header.fields.map((c) => c.trim());
  async function* records(): AsyncGenerator<CsvRecord[]> {
    if (first.length > 0) yield first;
    yield* batches;
  }
  const recordBatches = records();
  let digest: string | undefined;
  return {
    file,
    columns,
    records: recordBatches,
    rows: rowsByName(recordBatches, columns),
    fingerprint: () => (digest ??= hash.digest('hex')),
    bytes: () => size,
    encoding: () => state.encoding,
    endedBetweenRecords: () => ended,
  };
}

/** The first batch that holds a record (a chunk of text may end before the header does); none for an empty file. */
async function firstRecords(batches: AsyncGenerator<CsvRecord[]>): Promise<CsvRecord[]> {
  for (;;) {
    const next = await batches.next();
    if (next.done) return [];
    if (next.value.length > 0) return next.value;
  }
}

/** Records one at a time by column name, a field count that differs from the header's as `problem`. */
async function* rowsByName(batches: AsyncIterable<CsvRecord[]>, columns: readonly string[]): AsyncGenerator<SourceRow> {
  for await (const batch of batches) {
    for (const { line, fields, problem } of batch) {
      const cells: Record<string, string> = {};
      for (let i = 0; i < columns.length; i++) cells[columns[i]!] = fields[i] ?? '';
      const structural = problem ?? fieldCountProblem(fields.length, columns.length);
      yield structural === undefined ? { line, cells } : { line, cells, problem: structural };
    }
  }
}

/** The whole file in memory (small files, tests): header, rows and fingerprint. */
export async function readIncidentFile(path: string, options: IncidentFileOptions = {}): Promise<IncidentFile> {
  const source = await openIncidentFile(path, options);
  const rows: SourceRow[] = [];
  for await (const row of source.rows) rows.push(row);
  return { file: source.file, columns: source.columns, rows, fingerprint: source.fingerprint() };
}

export async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false,
  );
}

/** The folder of an edition, or a usage error that says which editions there are. */
export async function locateEdition(dataDir: string, year: number): Promise<string> {
  await requireDataFolder(dataDir);
  const editionDir = join(dataDir, String(year));
  if (!(await exists(join(editionDir, 'edition.json')))) {
    const years = await listEditions(dataDir);
    throw new UserError(
      `there is no ${year} edition in ${displayPath(dataDir)} (no ${displayPath(join(editionDir, 'edition.json'))})`,
      EXIT.usage,
      years.length > 0
        ? `Editions available: ${years.join(', ')}.`
        : `Create ${displayPath(editionDir)}/ with an edition.json and an incidents.csv.`,
    );
  }
  return editionDir;
}

export async function requireDataFolder(dataDir: string): Promise<void> {
  if (!(await exists(dataDir))) {
    throw new UserError(
      `the data folder ${displayPath(dataDir)} does not exist`,
      EXIT.usage,
      'Run oic-report from the folder that holds data/, or pass --data DIR.',
    );
  }
}
