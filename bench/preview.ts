// npm run bench:preview [-- --runs 5]
//
// How soon `oic-report preview` shows a save, on the shipped 2024 data in Arabic (the larger page). A copy of the
// templates and data is edited in a temporary folder, one kind of file at a time, and each save is timed until
// the served page holds the change: the target is under a second (the first row of the task). Then, in headless
// Chromium, until an open page shows it by itself; and until the draft PDF of the change is printed.
// Benchmarks are not tests: the target is reported PASS or FAIL, and the exit code is always 0.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startPreview, type PreviewHandle } from '../src/app/preview.js';
import { launchBrowser } from '../src/io/browser.js';

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));
const TARGET_MS = 1000;

interface Case {
  name: string;
  /** The file edited, under the copy's folder, and how: the run's number makes each save a new text. */
  file: string;
  edit: (text: string, run: number) => string;
  /** What the served page (or, for a style, the style sheet) holds once the save is shown. */
  shown: (run: number) => string;
  url?: string;
}

const CASES: Case[] = [
  { name: 'catalog string', file: 'templates/i18n/ar.json', edit: (t, n) => t.replace(/"heading": "المحتويات[^"]*"/, `"heading": "المحتويات ${n}"`), shown: (n) => `المحتويات ${n}</h1>` },
  { name: 'template', file: 'templates/partials/chapter.hbs', edit: (t, n) => t.replace(/<section class="chapter( bench-\d+)?/, `<section class="chapter bench-${n}`), shown: (n) => `class="chapter bench-${n}` },
  { name: 'style sheet', file: 'templates/report.css', edit: (t, n) => `${t.replace(/\n\/\* bench \d+ \*\/\n$/, '\n')}/* bench ${n} */\n`, shown: (n) => `/* bench ${n} */`, url: 'assets/report.css' },
  { name: 'narrative (data)', file: 'data/2024/narrative/ar/foreword.md', edit: (t, n) => t.replace(/السنوي( \d+)? للمرصد/, `السنوي ${n} للمرصد`), shown: (n) => `السنوي ${n} للمرصد` },
  { name: 'incidents.csv (data)', file: 'data/2024/incidents.csv', edit: (t, n) => t.replace(/معادية للمسلمين في تورنتو( \d+)?,/, `معادية للمسلمين في تورنتو ${n},`), shown: (n) => `في تورنتو ${n}` },
];

function parseRuns(argv: string[]): number {
  const at = argv.indexOf('--runs');
  const runs = at < 0 ? 5 : Number(argv[at + 1]);
  if (!Number.isInteger(runs) || runs < 1) {
    console.error('npm run bench:preview [-- --runs N]');
    process.exit(2);
  }
  return runs;
}

/** Saves the case's edit and waits until the server serves it; the time from the save, in ms. */
async function timeSave(preview: PreviewHandle, dir: string, c: Case, run: number): Promise<number> {
  const path = join(dir, c.file);
  const before = readFileSync(path, 'utf8');
  const after = c.edit(before, run);
  if (after === before) throw new Error(`${c.name}: the edit changed nothing in ${c.file}`);
  const reloaded = new Promise<void>((done) => preview.events.once('reloaded', () => done()));
  const saved = performance.now();
  writeFileSync(path, after);
  await reloaded;
  const text = await (await fetch(`${preview.url}${c.url ?? ''}`)).text();
  if (!text.includes(c.shown(run))) throw new Error(`${c.name}: the page does not show the save`);
  return performance.now() - saved;
}

/** The same save, until an open page in Chromium shows it without being reloaded by hand. */
async function timeInBrowser(preview: PreviewHandle, dir: string, runs: number): Promise<number[]> {
  const browser = await launchBrowser('/usr/bin/chromium');
  try {
    const tab = await browser.newPage();
    await tab.goto(preview.url, { waitUntil: 'load' });
    const times = [];
    for (let run = 1; run <= runs; run++) {
      await tab.waitForFunction("document.querySelector('#oic-preview-bar')?.textContent.includes('Live preview')", { timeout: 20_000 });
      const path = join(dir, CASES[0]!.file);
      const saved = performance.now();
      writeFileSync(path, CASES[0]!.edit(readFileSync(path, 'utf8'), 100 + run));
      await tab.waitForFunction(`document.body.innerText.includes(${JSON.stringify(`المحتويات ${100 + run}`)})`, { timeout: 20_000 });
      times.push(performance.now() - saved);
      await new Promise((r) => setTimeout(r, 500));
    }
    return times;
  } finally {
    await browser.close();
  }
}

/** A save until the draft PDF printed from it is ready. */
async function timePdf(preview: PreviewHandle, dir: string, run: number): Promise<number> {
  const path = join(dir, CASES[0]!.file);
  const saved = performance.now();
  writeFileSync(path, CASES[0]!.edit(readFileSync(path, 'utf8'), 200 + run));
  const version = await new Promise<number>((done) => preview.events.once('reloaded', (r) => done(r.version)));
  await new Promise<void>((done) => {
    const listener = (p: { version: number }) => p.version >= version && (preview.events.off('pdf', listener), done());
    preview.events.on('pdf', listener);
  });
  return performance.now() - saved;
}

const ms = (n: number) => `${Math.round(n)}`;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const row = (name: string, times: number[], target?: number) =>
  `${name.padEnd(28)}${ms(median(times)).padStart(8)}${ms(Math.max(...times)).padStart(8)}   ${target === undefined ? '' : Math.max(...times) < target ? 'PASS' : 'FAIL'}`;

async function main(): Promise<void> {
  const runs = parseRuns(process.argv.slice(2));
  const dir = mkdtempSync(join(tmpdir(), 'oic-report-bench-preview-'));
  cpSync(join(ROOT, 'templates'), join(dir, 'templates'), { recursive: true });
  cpSync(join(ROOT, 'data'), join(dir, 'data'), { recursive: true });
  let started = performance.now();
  const preview = await startPreview({ year: 2024, lang: 'ar', port: 0, data: join(dir, 'data'), templates: join(dir, 'templates') });
  const startMs = performance.now() - started;
  try {
    console.log(`oic-report bench:preview: node ${process.version}, the 2024 edition in Arabic, ${runs} saves of each kind\n`);
    console.log(`${'save → served'.padEnd(28)}${'median'.padStart(8)}${'max'.padStart(8)}   target < ${TARGET_MS} ms`);
    // The draft PDF of the start is printed first: what follows is measured on a quiet machine.
    await (await fetch(`${preview.url}draft.pdf`)).arrayBuffer();
    for (const c of CASES) {
      const times = [];
      for (let run = 1; run <= runs; run++) times.push(await timeSave(preview, dir, c, run));
      console.log(row(c.name, times, TARGET_MS));
    }
    started = performance.now();
    console.log(`\n${'save → open page shows it'.padEnd(28)}${'median'.padStart(8)}${'max'.padStart(8)}   (headless Chromium: the open page replaces what changed)`);
    console.log(row('catalog string', await timeInBrowser(preview, dir, Math.min(runs, 3))));
    const pdfs = [];
    for (let run = 1; run <= 2; run++) pdfs.push(await timePdf(preview, dir, run));
    console.log(`\n${'save → draft PDF'.padEnd(28)}${'median'.padStart(8)}${'max'.padStart(8)}   (a second's wait, then two prints for the contents' page numbers)`);
    console.log(row('catalog string', pdfs));
    console.log(`\nthe preview started in ${ms(startMs)} ms (edition loaded, charts drawn, browser started)`);
  } finally {
    await preview.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

main()
  .catch((error: unknown) => console.error('bench:preview failed:', error))
  .finally(() => {
    process.exitCode = 0;
  });
