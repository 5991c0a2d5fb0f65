// The build against bare Chromium, in paired, interleaved rounds (issue 12). Each round runs, in an order that
// turns from round to round so that a change of the machine's load falls on every kind alike:
//   cold      a full build (pdf, html, figures) into an empty folder: no cache
//   rebuild   right after it, into the same folder, with one CSS rule added (a template-only change)
//   one-lang  right after that, the same with one word of the Arabic catalog changed (a translator's change:
//             the Arabic edition, the longest to print, is printed again, the others come from the cache)
//   bare-1    `chromium --headless --print-to-pdf` of the same final HTML files, one process per edition, one after another
//   bare-n    the same, side by side
//   draft     `build --draft` into an empty folder
// Ratios are taken within a round (cold / bare-1 of the same round…), then their median and spread over rounds.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { printedHtml, runBare, runBuild, type BuildRun } from './builds.js';
import type { Run } from './run.js';
import { fmt, median, spread, table } from './stats.js';

const FORMATS = ['--format', 'pdf,html,figures'];
export const TARGETS = { coldToBare: 1.0, rebuildToCold: 0.3 };

interface Round {
  cold: BuildRun;
  rebuild: BuildRun;
  oneLanguage: BuildRun;
  bareSerial: Run;
  bareParallel: Run;
  draft: BuildRun;
  load: number;
}

/** A templates folder with the shipped report.css and one rule more, different each round. */
function cssTweak(root: string, work: string, round: number): string {
  const dir = join(work, `templates-${round}`);
  mkdirSync(dir, { recursive: true });
  const css = readFileSync(join(root, 'templates', 'report.css'), 'utf8');
  writeFileSync(join(dir, 'report.css'), `${css}\nh2 { color: #7a1f${(16 + round).toString(16).padStart(2, '0')}; }\n`);
  return dir;
}

/** The CSS-tweaked templates folder with one word of the Arabic catalog changed too. */
function catalogTweak(root: string, cssDir: string, round: number): string {
  const dir = `${cssDir}-ar`;
  mkdirSync(join(dir, 'i18n'), { recursive: true });
  cpSync(join(cssDir, 'report.css'), join(dir, 'report.css'));
  const catalog = readFileSync(join(root, 'templates', 'i18n', 'ar.json'), 'utf8');
  writeFileSync(join(dir, 'i18n', 'ar.json'), catalog.replace('"negative": "المظاهر"', `"negative": "المظاهر ${round + 1}"`));
  return dir;
}

export interface EditionsResult {
  text: string;
  colds: BuildRun[];
  ratios: { coldToBare: number[]; rebuildToCold: number[] };
}

export async function benchEditions(root: string, dataDir: string, work: string, size: number, rounds: number, log: (line: string) => void): Promise<EditionsResult> {
  // A first build, not counted: it warms the disk cache and writes the HTML every bare print is given.
  const reference = join(work, 'reference');
  const first = await runBuild(root, dataDir, reference, FORMATS);
  if (first.error) throw new Error(`the reference build failed: ${first.error}`);
  const html = printedHtml(reference);
  log(`reference build ${fmt(first.seconds, 1)} s: ${Object.entries(first.pages).map(([l, p]) => `${l} ${p} pages`).join(', ')}; the bare prints get ${html.length} HTML files`);

  const all: Round[] = [];
  for (let r = 0; r < rounds; r++) {
    const dir = mkdtempSync(join(work, `round-${r}-`));
    const round: Partial<Round> = { load: loadavg()[0]! };
    const steps: (() => Promise<void>)[] = [
      async () => {
        const out = join(dir, 'cold');
        round.cold = await runBuild(root, dataDir, out, FORMATS);
        const css = cssTweak(root, dir, r);
        round.rebuild = await runBuild(root, dataDir, out, [...FORMATS, '--templates', css]);
        round.oneLanguage = await runBuild(root, dataDir, out, [...FORMATS, '--templates', catalogTweak(root, css, r)]);
      },
      async () => void (round.bareSerial = await runBare(dir, html, false)),
      async () => void (round.bareParallel = await runBare(dir, html, true)),
      async () => void (round.draft = await runBuild(root, dataDir, join(dir, 'draft'), [...FORMATS, '--draft'])),
    ];
    for (let i = 0; i < steps.length; i++) await steps[(i + r) % steps.length]!();
    const done = round as Round;
    const failed = [done.cold, done.rebuild, done.oneLanguage, done.draft].find((b) => b.error);
    if (failed) throw new Error(`a build failed in round ${r + 1}: ${failed.error}`);
    all.push(done);
    log(
      `round ${r + 1}/${rounds} (load ${fmt(done.load, 1)}): cold ${fmt(done.cold.seconds, 1)} s, rebuild ${fmt(done.rebuild.seconds, 1)} s, one language ${fmt(done.oneLanguage.seconds, 1)} s, ` +
        `bare one by one ${fmt(done.bareSerial.seconds, 1)} s, side by side ${fmt(done.bareParallel.seconds, 1)} s, draft ${fmt(done.draft.seconds, 1)} s`,
    );
    rmSync(dir, { recursive: true, force: true });
  }
  return report(all, first, size);
}

function report(all: readonly Round[], first: BuildRun, size: number): EditionsResult {
  const of = (f: (r: Round) => number) => all.map(f);
  const coldToBare = of((r) => r.cold.seconds / r.bareSerial.seconds);
  const coldToParallel = of((r) => r.cold.seconds / r.bareParallel.seconds);
  const rebuildToCold = of((r) => r.rebuild.seconds / r.cold.seconds);
  const draftToCold = of((r) => r.draft.seconds / r.cold.seconds);
  const oneToCold = of((r) => r.oneLanguage.seconds / r.cold.seconds);
  const verdict = (values: number[], target: number) => (median(values) <= target ? `PASS (≤ ${fmt(target, 2)})` : `FAIL (> ${fmt(target, 2)})`);
  const langs = Object.keys(first.pages).join(', ');
  const rows = [
    ['cold build', spread(of((r) => r.cold.seconds), 1), spread(of((r) => r.cold.treeMb), 0), '', ''],
    ['bare Chromium, one after another', spread(of((r) => r.bareSerial.seconds), 1), spread(of((r) => r.bareSerial.treeMb), 0), `cold / this ${spread(coldToBare)}`, verdict(coldToBare, TARGETS.coldToBare)],
    ['bare Chromium, side by side', spread(of((r) => r.bareParallel.seconds), 1), spread(of((r) => r.bareParallel.treeMb), 0), `cold / this ${spread(coldToParallel)}`, ''],
    ['rebuild after a CSS change', spread(of((r) => r.rebuild.seconds), 1), spread(of((r) => r.rebuild.treeMb), 0), `this / cold ${spread(rebuildToCold)}`, verdict(rebuildToCold, TARGETS.rebuildToCold)],
    ['rebuild after an Arabic catalog change', spread(of((r) => r.oneLanguage.seconds), 1), spread(of((r) => r.oneLanguage.treeMb), 0), `this / cold ${spread(oneToCold)}`, ''],
    ['--draft (into an empty folder)', spread(of((r) => r.draft.seconds), 1), spread(of((r) => r.draft.treeMb), 0), `this / cold ${spread(draftToCold)}`, ''],
  ];
  const stages = ['checks', 'data', 'charts', 'print', 'html', 'figures', 'total'];
  const labels = { cold: 'cold', rebuild: 'CSS rebuild', oneLanguage: 'ar catalog rebuild', draft: 'draft' } as const;
  const stageRows = (['cold', 'rebuild', 'oneLanguage', 'draft'] as const).map((k) => [labels[k], ...stages.map((s) => fmt(median(of((r) => r[k].timings[s] ?? 0)), 2))]);
  const text = [
    `The editions (${langs}) of ${fmt(size)} generated incidents, ${all.length} paired rounds; medians (lowest–highest):`,
    '',
    table(['', 'seconds', 'peak MB (Pss, tree)', 'ratio', 'target'], rows),
    '',
    'Stages of those builds (build --json, medians, seconds; the languages print side by side within "print"):',
    '',
    table(['build', ...stages], stageRows),
    '',
    `load average at the rounds: ${all.map((r) => fmt(r.load, 1)).join(', ')} (2 cores; above 2 other work shared the machine)`,
  ].join('\n');
  return { text, colds: all.map((r) => r.cold), ratios: { coldToBare, rebuildToCold } };
}
