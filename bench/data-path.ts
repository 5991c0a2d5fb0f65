// The speed and memory of the data path (issue 3), each path in a child process of its own (bench/measure.mjs),
// so that each peak memory (maxRSS) is that path's alone:
//   csv-parse    csv-parse's streaming parser, no validation: the raw throughput to compare with
//   reader       the project's CSV reader (src/core/csv.ts) alone
//   validate-1   `oic-report validate --format json --threads 1`: every row validated and counted, in one thread
//   validate     the same with its default threads (one per core for a file over 160 MB): the command as run
//   build-data   what `oic-report build` does before printing: validation keeping every incident, computeFigures
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { BENCH_YEAR } from './generate.js';
import { fmt, table } from './stats.js';

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
}
type Measured = Measurement | { kind: Kind; error: string };

async function measure(root: string, kind: Kind, dataDir: string): Promise<Measured> {
  try {
    const { stdout } = await run(process.execPath, [join(root, 'bench', 'measure.mjs'), kind, dataDir, String(BENCH_YEAR)], { cwd: root, maxBuffer: 1 << 20 });
    return JSON.parse(stdout.trim().split('\n').pop()!) as Measurement;
  } catch (error) {
    const e = error as { stderr?: string; message: string };
    return { kind, error: (e.stderr || e.message).trim().split('\n').slice(-3).join(' ') };
  }
}

export interface DataPathRows {
  size: number;
  measured: Measured[];
}

/** Every path on one data folder. */
export async function measureDataPath(root: string, size: number, dataDir: string): Promise<DataPathRows> {
  const measured: Measured[] = [];
  for (const kind of KINDS) measured.push(await measure(root, kind, dataDir));
  return { size, measured };
}

/** The fixed cost of a child: node and the modules, no data. */
export async function idleChildMb(root: string, dataDir: string): Promise<string> {
  const idle = await measure(root, 'idle', dataDir);
  return 'error' in idle ? '?' : fmt(idle.maxRssMb);
}

export function dataPathReport(results: readonly DataPathRows[], idleMb: string): string {
  const rows: string[][] = [];
  for (const r of results) {
    for (const m of r.measured) {
      if ('error' in m) {
        rows.push([fmt(r.size), m.kind, 'failed', '', '', '', '', m.error]);
        continue;
      }
      const note =
        m.kind === 'validate' || m.kind === 'validate-1'
          ? `${fmt(m.warnings ?? 0)} warnings, ${m.threads ?? 1} thread${m.threads === 1 ? '' : 's'}`
          : m.kind === 'build-data'
            ? `${fmt(m.warnings ?? 0)} warnings, every incident kept`
            : '';
      rows.push([fmt(r.size), m.kind, fmt(m.seconds, 2), fmt(m.cpuSeconds, 2), fmt(m.rows / m.seconds), fmt(m.bytes / 1e6 / m.seconds, 1), fmt(m.maxRssMb), note]);
    }
  }
  const lines = [
    `Data path (each in its own process; a child with no data peaks at ${idleMb} MB):`,
    '',
    table(['rows', 'path', 'wall s', 'cpu s', 'rows/s', 'MB/s', 'peak RSS MB', 'note'], rows, 2),
    '',
    `Targets (issue 3): ${fmt(TARGET.rows)} rows validated and aggregated in < ${TARGET.seconds} s, peak memory < ${TARGET.rssMb} MB`,
  ];
  const million = results.find((r) => r.size === TARGET.rows);
  if (!million) {
    lines.push(`  not checked: no ${fmt(TARGET.rows)}-row run (add it with --sizes 1000,10000,100000,1000000)`);
    return lines.join('\n');
  }
  const m = million.measured.find((x) => x.kind === 'validate');
  if (!m || 'error' in m) lines.push(`  validate: FAIL (the measurement failed${m && 'error' in m ? `: ${m.error}` : ''})`);
  else {
    const time = m.seconds < TARGET.seconds ? 'PASS' : 'FAIL';
    const memory = m.maxRssMb < TARGET.rssMb ? 'PASS' : 'FAIL';
    lines.push(`  validate   time ${time} (${fmt(m.seconds, 1)} s wall, ${fmt(m.cpuSeconds, 1)} s cpu)   memory ${memory} (${fmt(m.maxRssMb)} MB)`);
  }
  return lines.join('\n');
}
