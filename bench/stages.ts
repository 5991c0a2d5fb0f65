// Stage timings and peak memory of a cold build at each size (issue 12): `build --json` reports the seconds of
// each stage; the memory is sampled over the build's whole process tree (bench/run.ts).
import { join } from 'node:path';
import { runBuild, type BuildRun } from './builds.js';
import { fmt, table } from './stats.js';

const STAGES = ['checks', 'data', 'charts', 'print', 'html', 'figures', 'total'];

export interface StageRow {
  size: number;
  langs: string;
  run: BuildRun;
}

/** One cold build of the data folder, default formats (pdf, figures), into an empty folder. */
export async function measureStages(root: string, dataDir: string, work: string, size: number, langs: string | undefined): Promise<StageRow> {
  const run = await runBuild(root, dataDir, join(work, `stages-${size}`), langs ? ['--lang', langs] : []);
  return { size, langs: langs ?? (Object.keys(run.pages).join(',') || 'edition'), run };
}

export function stagesReport(rows: readonly StageRow[]): string {
  const body = rows.map(({ size, langs, run }) =>
    run.error
      ? [fmt(size), langs, `failed: ${run.error}`]
      : [
          fmt(size),
          langs,
          ...STAGES.map((s) => fmt(run.timings[s] ?? 0, 2)),
          fmt(run.seconds, 1),
          fmt(run.ownMb),
          fmt(run.treeMb),
          Object.values(run.pages).join('/'),
          fmt(run.pdfBytes / 1e6, 1),
        ],
  );
  return [
    'Stage timings and peak memory of a cold build (default formats pdf and figures, seconds; memory in MB):',
    '',
    table(['incidents', 'languages', ...STAGES, 'wall', 'peak node', 'peak node+Chromium', 'pages', 'PDF MB'], body, 2),
    '',
    'wall is the whole process (node start included); peak node is the build process (VmHWM); node+Chromium is the',
    'sum of Pss over its process tree (shared pages counted once), sampled every 100 ms.',
  ].join('\n');
}
