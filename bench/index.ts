// npm run bench [-- --rounds 3] [--size 10000] [--sizes 1000,10000,100000] [--all-langs] [--no-editions] [--no-stages] [--no-text]
//
// What a build costs (issue 12) and what the data path costs (issue 3), in one run:
//   1. the editions of --size generated incidents (default 10,000), built cold, against bare Chromium printing the
//      same final HTML one after another and side by side; the rebuild after a CSS change against the cold build;
//      --draft against the full build: paired, interleaved rounds, medians and spread (bench/editions.ts)
//   2. for each of --sizes: the data path (bench/data-path.ts) and one cold build's stage timings and peak memory
//      (bench/stages.ts); sizes of 100,000 and more build in English only unless --all-langs
//   3. the text layer: the share of headings and sentences extracted verbatim, the cost of its pass (bench/text-layer.ts)
//      and of each step that finishes a print (bench/finish-steps.ts)
// Benchmarks are not tests: the targets are reported PASS or FAIL, and the exit code is always 0.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { dataPathReport, idleChildMb, measureDataPath, type DataPathRows } from './data-path.js';
import { benchEditions } from './editions.js';
import { writeBenchData } from './generate.js';
import { measureStages, stagesReport, type StageRow } from './stages.js';
import { fmt } from './stats.js';

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));
const USAGE = 'npm run bench [-- --rounds 3] [--size 10000] [--sizes 1000,10000,100000] [--all-langs] [--no-editions] [--no-stages] [--no-text]';
/** From this size, stage timings print English only (a 100k edition is some 2,000 pages a language). */
const ONE_LANGUAGE_FROM = 100_000;

interface Args {
  rounds: number;
  size: number;
  sizes: number[];
  allLangs: boolean;
  editions: boolean;
  stages: boolean;
  text: boolean;
}

function counts(value: string | undefined, name: string): number[] {
  const list = (value ?? '').split(',').map((s) => Number(s.trim().replace(/_/g, '')));
  if (list.length === 0 || list.some((n) => !Number.isInteger(n) || n < 1)) {
    console.error(`${name} wants whole numbers separated by commas (got "${value}"); ${USAGE}`);
    process.exit(2);
  }
  return list;
}

function parseArgs(argv: string[]): Args {
  const args: Args = { rounds: 3, size: 10_000, sizes: [1_000, 10_000, 100_000], allLangs: false, editions: true, stages: true, text: true };
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i]!.split('=', 2) as [string, string | undefined];
    const value = () => inline ?? argv[++i];
    if (flag === '--sizes') args.sizes = counts(value(), flag);
    else if (flag === '--size') args.size = counts(value(), flag)[0]!;
    else if (flag === '--rounds') args.rounds = counts(value(), flag)[0]!;
    else if (flag === '--all-langs') args.allLangs = true;
    else if (flag === '--no-editions') args.editions = false;
    else if (flag === '--no-stages') args.stages = false;
    else if (flag === '--no-text') args.text = false;
    else if (flag === '--help' || flag === '-h') {
      console.log(USAGE);
      process.exit(0);
    } else {
      console.error(`unknown option ${flag}; ${USAGE}`);
      process.exit(2);
    }
  }
  return args;
}

/** Newest modification time under a folder. */
function newest(dir: string): number {
  let latest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) latest = Math.max(latest, statSync(join(entry.parentPath, entry.name)).mtimeMs);
  }
  return latest;
}

/** dist/ must be the compiled src/: the children and the builds run it. */
function ensureCompiled(): void {
  const dist = join(ROOT, 'dist');
  if (existsSync(join(dist, 'cli', 'index.js')) && newest(dist) >= newest(join(ROOT, 'src'))) return;
  console.log('dist/ is older than src/: npm run build');
  const r = spawnSync('npm', ['run', 'build', '--silent'], { cwd: ROOT, stdio: 'inherit' });
  if (r.status !== 0 && !existsSync(join(dist, 'cli', 'index.js'))) {
    console.error('npm run build failed and there is no dist/ to measure: the benchmark stops here');
    process.exit(0);
  }
}

const log = (line: string) => console.log(`  ${line}`);
const load = () => loadavg().map((l) => fmt(l, 2)).join(', ');

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const started = performance.now();
  ensureCompiled();
  console.log(`oic-report bench: node ${process.version}, ${cpus().length} CPUs (${cpus()[0]?.model.trim()}), ${fmt(totalmem() / 2 ** 30, 1)} GiB; load average ${load()}`);
  const work = mkdtempSync(join(tmpdir(), 'oic-report-bench-'));
  const sections: string[] = [];
  try {
    if (args.editions) {
      const data = join(work, `editions-${args.size}`);
      await writeBenchData(ROOT, data, args.size);
      console.log(`\nEditions of ${fmt(args.size)} incidents, ${args.rounds} rounds…`);
      const editions = await benchEditions(ROOT, data, work, args.size, args.rounds, log);
      sections.push(editions.text);
      rmSync(data, { recursive: true, force: true });
    }
    const dataPath: DataPathRows[] = [];
    const stages: StageRow[] = [];
    let idle = '?';
    for (const size of args.sizes) {
      const data = join(work, `n${size}`);
      const generated = performance.now();
      const bytes = await writeBenchData(ROOT, data, size);
      console.log(`\n${fmt(size)} incidents, ${fmt(bytes / 1e6, 1)} MB generated in ${fmt((performance.now() - generated) / 1000, 1)} s; measuring…`);
      if (idle === '?') idle = await idleChildMb(ROOT, data);
      dataPath.push(await measureDataPath(ROOT, size, data));
      if (args.stages) {
        const langs = size >= ONE_LANGUAGE_FROM && !args.allLangs ? 'en' : undefined;
        const row = await measureStages(ROOT, data, work, size, langs);
        log(`build ${row.langs}: ${row.run.error ? `failed: ${row.run.error}` : `${fmt(row.run.seconds, 1)} s, peak ${fmt(row.run.treeMb)} MB`} (load ${load()})`);
        stages.push(row);
      }
      rmSync(data, { recursive: true, force: true }); // a 1M file is ~800 MB: do not keep it
    }
    if (stages.length > 0) sections.push(stagesReport(stages));
    if (dataPath.length > 0) sections.push(dataPathReport(dataPath, idle));
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  console.log(`\n${sections.join('\n\n')}`);
  if (args.text) {
    console.log('');
    spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'bench', 'text-layer.ts')], { cwd: ROOT, stdio: 'inherit' });
  }
  console.log(`\nload average at the end ${load()}; bench took ${fmt((performance.now() - started) / 1000, 0)} s`);
}

main()
  .catch((error: unknown) => console.error('bench failed:', error))
  .finally(() => {
    process.exitCode = 0;
  });
