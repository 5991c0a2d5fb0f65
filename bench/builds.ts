// A build and a bare Chromium print as the bench runs them: child processes, `node bin/oic-report.js` (npx
// would add over a second of its own to every run), a fixed SOURCE_DATE_EPOCH so every build prints the same.
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { BENCH_YEAR } from './generate.js';
import { timed, timedTogether, type Run } from './run.js';

export const ENV = { ...process.env, SOURCE_DATE_EPOCH: '1750464000' };
const CHROMIUM = process.env.OIC_REPORT_CHROME ?? '/usr/bin/chromium';

export interface BuildRun extends Run {
  /** Seconds per stage, from `build --json`. */
  timings: Record<string, number>;
  /** Pages of each PDF, by language. */
  pages: Record<string, number>;
  pdfBytes: number;
  error?: string;
}

export async function runBuild(root: string, dataDir: string, outDir: string, extra: readonly string[] = []): Promise<BuildRun> {
  const args = [join(root, 'bin', 'oic-report.js'), 'build', String(BENCH_YEAR), '--data', dataDir, '--out', outDir, '--json', '--quiet', ...extra];
  const run = await timed(process.execPath, args, { cwd: root, env: ENV });
  try {
    const json = JSON.parse(run.stdout) as { timings?: Record<string, number>; outputs?: { format: string; lang?: string; pages?: number; bytes: number }[] };
    const pdfs = (json.outputs ?? []).filter((o) => o.format === 'pdf');
    return {
      ...run,
      timings: json.timings ?? {},
      pages: Object.fromEntries(pdfs.map((o) => [o.lang, o.pages ?? 0])),
      pdfBytes: pdfs.reduce((sum, o) => sum + o.bytes, 0),
      ...(run.code === 0 ? {} : { error: run.stderr.trim().split('\n')[0] ?? `exit ${run.code}` }),
    };
  } catch {
    return { ...run, timings: {}, pages: {}, pdfBytes: 0, error: run.stderr.trim().split('\n')[0] ?? `exit ${run.code}` };
  }
}

/** The HTML files a build printed from (`--format …,html` writes them into <out>/html/). */
export function printedHtml(outDir: string): string[] {
  const dir = join(outDir, 'html');
  return readdirSync(dir).filter((f) => f.endsWith('.html')).sort().map((f) => join(dir, f));
}

/** `chromium --headless --print-to-pdf` of one file, with the build's own flags and a profile of its own. */
function bareCommand(work: string, html: string) {
  const profile = mkdtempSync(join(work, 'profile-'));
  const pdf = join(work, `${html.split('/').pop()}.pdf`);
  const args = [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-dev-shm-usage',
    '--font-render-hinting=none',
    '--no-pdf-header-footer',
    `--user-data-dir=${profile}`,
    `--print-to-pdf=${pdf}`,
    pathToFileURL(html).href,
  ];
  return { command: CHROMIUM, args, profile };
}

/** Bare Chromium printing the files one after another (one process each) or side by side. */
export async function runBare(work: string, files: readonly string[], together: boolean): Promise<Run> {
  const commands = files.map((f) => bareCommand(work, f));
  try {
    if (together) return await timedTogether(commands, ENV);
    const started = performance.now();
    const runs: Run[] = [];
    for (const c of commands) runs.push(await timed(c.command, c.args, { env: ENV }));
    return {
      seconds: (performance.now() - started) / 1000,
      treeMb: Math.max(...runs.map((r) => r.treeMb)),
      ownMb: Math.max(...runs.map((r) => r.ownMb)),
      stdout: '',
      stderr: runs.map((r) => r.stderr).join(''),
      code: runs.find((r) => r.code !== 0)?.code ?? 0,
    };
  } finally {
    for (const c of commands) rmSync(c.profile, { recursive: true, force: true });
  }
}
