// @ts-check
// One measurement in a child process of its own, so that the peak memory (maxRSS) of one size or one path does
// not carry into the next. Plain JavaScript on the compiled dist/ (no TypeScript loader in the process), exactly
// the code `oic-report validate` and `build` run. Prints one line of JSON.
//
//   node bench/measure.mjs <kind> <data dir> <year>
//
// kinds: csv-parse   csv-parse's streaming parser alone, no validation
//        reader      the project's CSV reader (src/core/csv.ts) alone, on the same UTF-8 text
//        validate    `oic-report validate --format json` itself: every row validated and counted into the
//                    figures' totals, no incident kept, a large file read by one thread per core
//        validate-1  the same in one thread (--threads 1)
//        build-data  what `oic-report build` does before printing (loadEdition): the same, keeping every
//                    accepted incident and rejected row
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { join } from 'node:path';

const [kind, dataDir, yearText] = process.argv.slice(2);
if (!kind || !dataDir || !yearText) {
  console.error('usage: node bench/measure.mjs <kind> <data dir> <year>');
  process.exit(2);
}
const dist = new URL('../dist/', import.meta.url);
const file = join(dataDir, yearText, 'incidents.csv');
const bytes = (await stat(file)).size;

const started = process.hrtime.bigint();
const cpuStart = process.cpuUsage();
/** @type {Record<string, unknown>} */
let extra = {};
let rows = 0;

if (kind === 'csv-parse') {
  const { parse } = await import('csv-parse');
  const parser = createReadStream(file, { highWaterMark: 256 * 1024 }).pipe(parse({ bom: true, relax_column_count: true }));
  for await (const _record of parser) rows++;
  rows--; // the header
} else if (kind === 'reader') {
  const { CsvReader } = await import(new URL('core/csv.js', dist).href);
  const reader = new CsvReader();
  // 64 KB: text decoded in larger strings is a V8 large object, slow to make (0.9 s per 100k rows in 256 KB
  // chunks, 0.1 s in 64 KB), which would be measured here instead of the reader; src/io/encoding.ts decodes
  // in 64 KB pieces for the same reason.
  const input = createReadStream(file, { highWaterMark: 64 * 1024, encoding: 'utf8' });
  for await (const chunk of input) rows += reader.push(chunk).length;
  rows += reader.end().length;
  rows--;
} else if (kind === 'validate' || kind === 'validate-1') {
  // The command itself, with its defaults (threads, problems kept per kind), its JSON output kept in memory.
  const { main } = await import(new URL('cli/index.js', dist).href);
  let out = '';
  const io = { stdout: (/** @type {string} */ text) => (out += text), stderr: () => {}, interactive: false };
  const threads = kind === 'validate-1' ? ['--threads', '1'] : [];
  await main(['node', 'oic-report', 'validate', yearText, '--data', dataDir, '--format', 'json', ...threads], io);
  const [file] = JSON.parse(out).files;
  rows = file.rowsRead;
  extra = { accepted: file.rowsAccepted, rejected: file.rowsRejected, warnings: file.warnings, threads: file.threads, incidents: file.totals.all };
} else if (kind === 'build-data') {
  // The build's own loading (src/app/load-edition.ts): incidents and rejected rows kept, the figures counted, the
  // previous edition and narrative read.
  const { loadEdition } = await import(new URL('app/load-edition.js', dist).href);
  const loaded = await loadEdition({ year: Number(yearText), dataDir, keepIncidents: true });
  rows = loaded.data.result.rowsRead;
  extra = {
    accepted: loaded.data.result.rowsAccepted,
    rejected: loaded.data.result.rowsRejected,
    warnings: loaded.data.result.warnings,
    threads: loaded.data.threads,
    total: loaded.figures.totals.all,
  };
} else if (kind === 'idle') {
  // The fixed cost of a child: node and the modules, no data.
  await import(new URL('cli/validate.js', dist).href);
  await import(new URL('app/load-edition.js', dist).href);
} else {
  console.error(`unknown kind ${kind}`);
  process.exit(2);
}

const cpu = process.cpuUsage(cpuStart);
console.log(
  JSON.stringify({
    kind,
    rows,
    bytes,
    seconds: Number(process.hrtime.bigint() - started) / 1e9,
    cpuSeconds: (cpu.user + cpu.system) / 1e6,
    maxRssMb: process.resourceUsage().maxRSS / 1024,
    ...extra,
  }),
);
