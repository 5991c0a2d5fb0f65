// npm run bench [-- --sizes 10000,100000,1000000] [--no-build]
//
// The speed and memory of the data path (issue 3), and the time of a whole build. For each size, an edition
// of generated incidents is written into a temporary folder, then measured in child processes of their own
// (bench/measure.mjs), so that each peak memory (maxRSS) is that path's alone:
//   csv-parse    csv-parse's streaming parser, no validation: the raw throughput to compare with
//   reader       the project's CSV reader (src/core/csv.ts) alone
//   validate-1   `oic-report validate --format json --threads 1`: every row validated and counted, in one thread
//   validate     the same with its default threads (one per core for a file over 160 MB): the command as run
//   build-data   what `oic-report build` does before printing: validation keeping every incident, computeFigures
// then `oic-report build 2024 --lang en` and `--lang ar` on the shipped data, end to end.
// Benchmarks are not tests: the targets are reported PASS or FAIL, and the exit code is always 0.
import { execFile, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { BENCH_YEAR, writeEditionData } from './generate.js';

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));
const KINDS = ['csv-parse', 'reader', 'validate-1', 'validate', 'build-data'] as const;
type Kind = (typeof KINDS)[number] | 'idle';
const TARGET = { rows: 1_000_000, seconds: 10, rssMb: 300 };
const run = promisify(execFile);

interface Measurement {
  kind: Kind;
  rows: number;
  bytes: number;
  seconds: number;
  cpuSeconds: number;
  maxRssMb: number;
  warnings?: number;
  threads?: number;
  figuresSeconds?: number;
}

function parseArgs(argv: string[]): { sizes: number[]; build: boolean } {
  let sizes = [10_000, 100_000, 1_000_000];
  let build = true;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--sizes' || a.startsWith('--sizes=')) {
      const value = a.includes('=') ? a.slice(a.indexOf('=') + 1) : argv[++i];
      sizes = (value ?? '').split(',').map((s) => Number(s.trim().replace(/_/g, '')));
      if (sizes.length === 0 || sizes.some((n) => !Number.isInteger(n) || n < 1)) {
        console.error(`--sizes wants row counts separated by commas, e.g. --sizes 10000,100000 (got "${value}")`);
        process.exit(2);
      }
    } else if (a === '--no-build') build = false;
    else if (a === '--help' || a === '-h') {
      console.log('npm run bench [-- --sizes 10000,100000,1000000] [--no-build]');
      process.exit(0);
    } else {
      console.error(`unknown option ${a}; try --help`);
      process.exit(2);
    }
  }
  return { sizes, build };
}

/** Newest modification time under a folder. */
function newest(dir: string): number {
  let latest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) latest = Math.max(latest, statSync(join(entry.parentPath, entry.name)).mtimeMs);
  }
  return latest;
}

/** dist/ must be the compiled src/: the children and the build run it. */
function ensureCompiled(): void {
  const dist = join(ROOT, 'dist');
  if (existsSync(join(dist, 'cli', 'index.js')) && newest(dist) >= newest(join(ROOT, 'src'))) return;
  console.log('dist/ is older than src/: npm run build');
  const r = spawnSync('npm', ['run', 'build', '--silent'], { cwd: ROOT, stdio: 'inherit' });
  if (r.status !== 0) {
    if (!existsSync(join(dist, 'cli', 'index.js'))) {
      console.error('npm run build failed and there is no dist/ to measure: the benchmark stops here');
      process.exit(0);
    }
    console.error('npm run build failed: measuring the dist/ there is, which may not be the current src/');
  }
}

async function measure(kind: Kind, dataDir: string): Promise<Measurement | { kind: Kind; error: string }> {
  try {
    const { stdout } = await run(process.execPath, [join(ROOT, 'bench', 'measure.mjs'), kind, dataDir, String(BENCH_YEAR)], {
      cwd: ROOT,
      maxBuffer: 1 << 20,
    });
    return JSON.parse(stdout.trim().split('\n').pop()!) as Measurement;
  } catch (error) {
    const e = error as { stderr?: string; message: string };
    return { kind, error: (e.stderr || e.message).trim().split('\n').slice(-3).join(' ') };
  }
}

const fmt = (n: number, digits = 0) => n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });
const mb = (bytes: number) => bytes / 1e6;

function table(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) => cells.map((c, i) => (i < 2 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

interface BuildRun {
  lang: string;
  seconds: number;
  pages?: number;
  error?: string;
}

async function timeBuild(lang: string, outDir: string): Promise<BuildRun> {
  const started = performance.now();
  try {
    const { stdout } = await run(
      process.execPath,
      [join(ROOT, 'bin', 'oic-report.js'), 'build', '2024', '--lang', lang, '--out', outDir, '--no-progress'],
      { cwd: ROOT, maxBuffer: 16 << 20 },
    );
    const seconds = (performance.now() - started) / 1000;
    const pages = new RegExp(`\\(${lang}, (\\d+) pages`).exec(stdout)?.[1];
    return { lang, seconds, ...(pages ? { pages: Number(pages) } : {}) };
  } catch (error) {
    const e = error as { stderr?: string; message: string };
    return { lang, seconds: (performance.now() - started) / 1000, error: (e.stderr || e.message).trim().split('\n')[0]! };
  }
}

async function main(): Promise<void> {
  const { sizes, build } = parseArgs(process.argv.slice(2));
  const benchStarted = performance.now();
  ensureCompiled();
  console.log(`oic-report bench: node ${process.version}, ${cpus().length} CPUs (${cpus()[0]?.model.trim()}), ${fmt(totalmem() / 2 ** 30, 1)} GiB`);
  const edition = JSON.parse(readFileSync(join(ROOT, 'data', String(BENCH_YEAR), 'edition.json'), 'utf8')) as unknown;
  const work = mkdtempSync(join(tmpdir(), 'oic-report-bench-'));
  const results: { size: number; fileBytes: number; generateSeconds: number; m: Awaited<ReturnType<typeof measure>>[] }[] = [];
  try {
    const idle = await measure('idle', join(ROOT, 'data'));
    for (const size of sizes) {
      const dataDir = join(work, `n${size}`);
      const started = performance.now();
      const { bytes } = await writeEditionData(dataDir, size, edition);
      cpSync(join(ROOT, 'data', 'reference'), join(dataDir, 'reference'), { recursive: true });
      const generateSeconds = (performance.now() - started) / 1000;
      console.log(`generated ${fmt(size)} rows, ${fmt(mb(bytes), 1)} MB in ${fmt(generateSeconds, 1)} s; measuring…`);
      const m = [];
      for (const kind of KINDS) m.push(await measure(kind, dataDir));
      results.push({ size, fileBytes: bytes, generateSeconds, m });
      rmSync(dataDir, { recursive: true, force: true }); // a 1M file is ~800 MB: do not keep it
    }

    const rows: string[][] = [];
    for (const r of results) {
      for (const m of r.m) {
        if ('error' in m) {
          rows.push([fmt(r.size), m.kind, 'failed', '', '', '', '', m.error]);
          continue;
        }
        rows.push([
          fmt(r.size),
          m.kind,
          fmt(m.seconds, 2),
          fmt(m.cpuSeconds, 2),
          fmt(m.rows / m.seconds),
          fmt(mb(m.bytes) / m.seconds, 1),
          fmt(m.maxRssMb),
          m.kind === 'validate' || m.kind === 'validate-1'
            ? `${fmt(m.warnings ?? 0)} warnings, ${m.threads ?? 1} thread${m.threads === 1 ? '' : 's'}`
            : m.kind === 'build-data'
              ? `${fmt(m.warnings ?? 0)} warnings, every incident kept`
              : '',
        ]);
      }
    }
    console.log(`\nData path (each in its own process; a child with no data peaks at ${'error' in idle ? '?' : fmt(idle.maxRssMb)} MB):\n`);
    console.log(table(['rows', 'path', 'wall s', 'cpu s', 'rows/s', 'MB/s', 'peak RSS MB', 'note'], rows));

    const million = results.find((r) => r.size === TARGET.rows);
    console.log(`\nTargets (issue 3): ${fmt(TARGET.rows)} rows validated and aggregated in < ${TARGET.seconds} s, peak memory < ${TARGET.rssMb} MB`);
    if (!million) {
      console.log(`  not checked: no ${fmt(TARGET.rows)}-row run (--sizes ${sizes.join(',')})`);
    } else {
      const m = million.m.find((x) => x.kind === 'validate');
      if (!m || 'error' in m) console.log(`  validate: FAIL (the measurement failed${m && 'error' in m ? `: ${m.error}` : ''})`);
      else {
        const time = m.seconds < TARGET.seconds ? 'PASS' : 'FAIL';
        const memory = m.maxRssMb < TARGET.rssMb ? 'PASS' : 'FAIL';
        console.log(`  validate   time ${time} (${fmt(m.seconds, 1)} s wall, ${fmt(m.cpuSeconds, 1)} s cpu)   memory ${memory} (${fmt(m.maxRssMb)} MB)`);
      }
      console.log(
        '  validate is `oic-report validate`: every row validated and counted into the totals, no incident kept.\n' +
          '  build-data is for information: the build keeps every incident, because the report lists them all in\n' +
          '  its annex, so its memory grows with the rows (a million incidents would be an annex of some 20,000 pages).',
      );
    }

    if (build) {
      console.log('\nEnd to end: oic-report build 2024 on the shipped data (bin/oic-report.js, one language at a time)\n');
      const out = join(work, 'out');
      const builds = [await timeBuild('en', join(out, 'en')), await timeBuild('ar', join(out, 'ar'))];
      console.log(
        table(
          ['lang', 'result', 'seconds', 'pages'],
          builds.map((b) => [b.lang, b.error ? `failed: ${b.error}` : 'ok', fmt(b.seconds, 1), b.pages === undefined ? '' : String(b.pages)]),
        ),
      );
      console.log(
        '\nA bare Chromium print of the same HTML is not measured: build writes the HTML into a temporary folder it\n' +
          'deletes, and rebuilding it outside build would mean copying print-edition.ts into the bench.',
      );
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  console.log(`\nbench took ${fmt((performance.now() - benchStarted) / 1000, 0)} s`);
}

main().catch((error: unknown) => {
  console.error('bench failed:', error);
}).finally(() => {
  process.exitCode = 0;
});
