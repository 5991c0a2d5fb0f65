// Reading an edition's files: edition.json, the incident CSV and the reference tables. The only module
// that reads data from disk; everything it returns is plain data for the core.
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { readFile, readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { parse } from 'csv-parse';
import { editionSchema, type Edition } from '../core/edition.js';
import { createReference, type Reference } from '../core/reference.js';
import type { SourceRow } from '../core/validate.js';
import { EXIT, UserError } from '../errors.js';
import { displayPath, packagePath } from './paths.js';

export interface IncidentFile {
  /** The path as printed in messages and in the report. */
  file: string;
  columns: string[];
  rows: SourceRow[];
  /** Rows whose field count differs from the header's: problems, never silently padded. */
  ragged: { line: number; fields: number }[];
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
  const path = join(editionDir, 'edition.json');
  const json = await readJson(path);
  const result = editionSchema.safeParse(json);
  if (!result.success) {
    throw new UserError(
      `${displayPath(path)} is not a valid edition description`,
      EXIT.invalidData,
      'Fix the fields listed; data/2024/edition.json is a complete example.',
      result.error.issues.map((i) => `${displayPath(path)}: ${i.path.join('.')}: ${i.message}`),
    );
  }
  return result.data;
}

/** The reference tables of the data folder, or those shipped with oic-report when it has none. */
export async function readReference(dataDir: string): Promise<Reference> {
  const own = join(dataDir, 'reference');
  const dir = (await exists(join(own, 'categories.json'))) ? own : packagePath('data', 'reference');
  const categories = await readJson(join(dir, 'categories.json'));
  const regions = await readJson(join(dir, 'regions.json'));
  try {
    return createReference(categories as never, regions as never);
  } catch (error) {
    throw new UserError(`the reference tables in ${displayPath(dir)} are not valid: ${String(error)}`, EXIT.invalidData);
  }
}

export async function readIncidentFile(path: string): Promise<IncidentFile> {
  const file = displayPath(path);
  const hash = createHash('sha256');
  const input = createReadStream(path);
  input.on('data', (chunk) => hash.update(chunk));
  const parser = input.pipe(parse({ bom: true, raw: true, relax_column_count: true, skip_empty_lines: true }));

  let columns: string[] | undefined;
  const rows: SourceRow[] = [];
  const ragged: IncidentFile['ragged'] = [];
  // csv-parse's own line counter drifts on CRLF inside quoted fields; count from the raw text instead.
  let nextLine = 1;
  try {
    for await (const { record, raw } of parser as AsyncIterable<{ record: string[]; raw: string }>) {
      const line = nextLine + leadingNewlines(raw);
      nextLine += countNewlines(raw);
      if (!columns) {
        columns = record.map((c) => c.trim());
        continue;
      }
      if (record.length !== columns.length) ragged.push({ line, fields: record.length });
      const cells: Record<string, string> = {};
      columns.forEach((c, i) => (cells[c] = record[i] ?? ''));
      rows.push({ line, cells });
    }
  } catch (error) {
    const e = error as NodeJS.ErrnoException & { lines?: number };
    if (e.code === 'ENOENT') {
      throw new UserError(`${file} does not exist`, EXIT.usage, 'Each edition folder needs an incidents.csv.');
    }
    throw new UserError(
      `${file}:${e.lines ?? nextLine}: the file is not valid CSV (${e.message})`,
      EXIT.invalidData,
      'Check the quotes on that line: a field that holds a comma or a line break must be in double quotes.',
    );
  }
  if (!columns) throw new UserError(`${file} is empty: it has not even a header line`, EXIT.invalidData);
  return { file, columns, rows, ragged, fingerprint: hash.digest('hex') };
}

function leadingNewlines(raw: string): number {
  let n = 0;
  for (const c of raw) {
    if (c === '\n') n++;
    else if (c !== '\r') break;
  }
  return n;
}

function countNewlines(raw: string): number {
  let n = 0;
  for (let i = raw.indexOf('\n'); i !== -1; i = raw.indexOf('\n', i + 1)) n++;
  return n;
}

async function readJson(path: string): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch {
    throw new UserError(`${displayPath(path)} does not exist or cannot be read`, EXIT.usage);
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new UserError(`${displayPath(path)} is not valid JSON: ${(error as Error).message}`, EXIT.invalidData);
  }
}

export async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false,
  );
}
