// Synthetic edition data for the benchmark: a pool of rows from the sample-data generator, repeated with new
// unique ids and dates spread over the edition's period, written as a stream so that a million rows never sit
// in memory. Ids are as long as the sample data's (BENCH-2024-0000001, like SAMPLE-2024-000001); the source URLs
// and source name are shorter, to keep the 1M file near 800 MB. Every row is valid; the English title ends with the row number, so that copies are not flagged as
// probable duplicates of each other and the warnings are about as frequent as in the sample data.
import { once } from 'node:events';
import { cpSync, createWriteStream, readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { stringify } from 'csv-stringify/sync';
import { generateIncidents } from '../scripts/generate-sample-data.js';
import { INCIDENT_COLUMNS } from '../src/core/incident.js';

export const BENCH_YEAR = 2024;
const POOL_SIZE = 20_000;
const COLUMN = Object.fromEntries(INCIDENT_COLUMNS.map((c, i) => [c, i])) as Record<(typeof INCIDENT_COLUMNS)[number], number>;

/** The rows of the pool, each as CSV text cut around the fields that change from copy to copy. */
interface Template {
  /** CSV of the columns after `date` up to (not including) source_url, with the leading comma. */
  middle: string;
  hasUrl: boolean;
  /** CSV of source_type, verification and title_ar, with the leading comma. */
  beforeTitle: string;
  /** title_en, quoted and escaped, without its closing quote: each copy appends its own number. */
  title: string;
  /** CSV of the columns after title_en, with the leading comma and the trailing line break. */
  tail: string;
  polarity: string;
}

function templates(): Template[] {
  const rows = generateIncidents(BENCH_YEAR, { count: POOL_SIZE, seed: 20240101 });
  return rows.map((row) => {
    const fields = [...row];
    fields[COLUMN.source_name] = 'Synthetic';
    const csv = (from: number, to: number) => stringify([fields.slice(from, to)], { record_delimiter: 'unix' });
    return {
      polarity: fields[COLUMN.polarity]!,
      middle: `,${csv(COLUMN.date_precision, COLUMN.source_url).slice(0, -1)}`,
      hasUrl: fields[COLUMN.source_url] !== '',
      beforeTitle: `,${csv(COLUMN.source_type, COLUMN.title_en).slice(0, -1)}`,
      title: `"${fields[COLUMN.title_en]!.replaceAll('"', '""')}`,
      tail: `,${csv(COLUMN.title_en + 1, INCIDENT_COLUMNS.length)}`,
    };
  });
}

function days(year: number): string[] {
  const out: string[] = [];
  for (let t = Date.UTC(year, 0, 1); new Date(t).getUTCFullYear() === year; t += 86_400_000) {
    out.push(new Date(t).toISOString().slice(0, 10));
  }
  return out;
}

/**
 * Writes `<dir>/<year>/edition.json` (a copy of the shipped 2024 edition) and `<dir>/<year>/incidents.csv` with
 * `count` rows. Returns the CSV's path and size.
 */
export async function writeEditionData(dir: string, count: number, edition: unknown): Promise<{ path: string; bytes: number }> {
  const editionDir = join(dir, String(BENCH_YEAR));
  await mkdir(editionDir, { recursive: true });
  await writeFile(join(editionDir, 'edition.json'), JSON.stringify(edition, null, 2));
  const path = join(editionDir, 'incidents.csv');
  const out = createWriteStream(path);
  const pool = templates().map((t) => ({
    head: Buffer.from(`,${t.polarity},`),
    middle: Buffer.from(t.middle),
    hasUrl: t.hasUrl,
    beforeTitle: Buffer.from(`${t.beforeTitle},${t.title} `),
    tail: Buffer.from(`"${t.tail}`),
  }));
  const calendar = days(BENCH_YEAR);
  const width = String(count).length;
  // Rows are assembled in a buffer of a few megabytes, written out whenever it fills up.
  const size = 4 << 20;
  let buffer = Buffer.allocUnsafe(size);
  let at = buffer.write(`${INCIDENT_COLUMNS.join(',')}\n`);
  let bytes = 0;
  const flush = async () => {
    bytes += at;
    if (!out.write(buffer.subarray(0, at))) await once(out, 'drain');
    buffer = Buffer.allocUnsafe(size);
    at = 0;
  };
  const put = (b: Buffer) => {
    at += b.copy(buffer, at);
  };
  for (let i = 0; i < count; i++) {
    if (at > size - 8192) await flush();
    const t = pool[i % pool.length]!;
    const n = String(i + 1);
    const id = `BENCH-${BENCH_YEAR}-${n.padStart(width, '0')}`;
    // Dates rise through the year with the row number, as in an export sorted by date.
    const date = calendar[Math.floor((i * calendar.length) / count)]!;
    at += buffer.write(id, at, 'latin1');
    put(t.head);
    at += buffer.write(date, at, 'latin1');
    put(t.middle);
    at += buffer.write(',', at, 'latin1');
    if (t.hasUrl) at += buffer.write(`https://example.org/${id}`, at, 'latin1');
    put(t.beforeTitle);
    at += buffer.write(n, at, 'latin1');
    put(t.tail);
  }
  await flush();
  out.end();
  await once(out, 'finish');
  return { path, bytes };
}

/**
 * A whole data folder for a build: `count` generated incidents for 2024 with the shipped edition.json and
 * narrative, the shipped 2023 edition (the comparisons) and reference tables. Returns the CSV's size.
 */
export async function writeBenchData(root: string, dir: string, count: number): Promise<number> {
  const data = join(root, 'data');
  const edition = JSON.parse(readFileSync(join(data, String(BENCH_YEAR), 'edition.json'), 'utf8')) as unknown;
  const { bytes } = await writeEditionData(dir, count, edition);
  cpSync(join(data, String(BENCH_YEAR), 'narrative'), join(dir, String(BENCH_YEAR), 'narrative'), { recursive: true });
  cpSync(join(data, String(BENCH_YEAR - 1)), join(dir, String(BENCH_YEAR - 1)), { recursive: true });
  cpSync(join(data, 'reference'), join(dir, 'reference'), { recursive: true });
  return bytes;
}
