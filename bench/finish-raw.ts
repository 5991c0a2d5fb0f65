// node --import tsx bench/finish-raw.ts OUT LANG [RUNS]
//
// The finishing of one language's raw tagged print, timed step by step in CPU seconds (this process, all its
// threads) as well as wall seconds, several runs: for work on the finishing itself, on a large edition. OUT is
// a build's output folder (its html/ and finished PDF give the options, as bench/finish-steps.ts reads them); the
// raw print is made once and kept beside it (OUT/.raw-LANG.pdf), so that every run finishes the same bytes. The
// finished PDF of the last run is written to OUT/.finished-LANG.pdf, and its size and SHA-256 printed.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { finishPdf, loadPdf, type FinishStep } from '../src/core/pdf-finish.js';
import { closeBrowser, findBrowser, launchBrowser } from '../src/io/browser.js';
import { printPdf } from '../src/io/print-pdf.js';
import { optionsLike } from './finish-steps.js';

const [out, lang = 'ar', runsArg = '3'] = process.argv.slice(2);
if (!out) throw new Error('usage: bench/finish-raw.ts OUT LANG [RUNS]');
const html = join(out, 'html', `oic-islamophobia-report-2024-${lang}.html`);
const finished = join(out, `oic-islamophobia-report-2024-${lang}.pdf`);
const rawPath = join(out, `.raw-${lang}.pdf`);

if (!existsSync(rawPath)) {
  const browser = await launchBrowser(findBrowser(undefined));
  try {
    writeFileSync(rawPath, await printPdf(browser, html, [dirname(html)], 'final'));
  } finally {
    await closeBrowser(browser);
  }
}
const raw = new Uint8Array(readFileSync(rawPath));
const options = await optionsLike(finished, readFileSync(html, 'utf8'), lang);
const cpuNow = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1e6;
};
let bytes: Uint8Array = new Uint8Array();
for (let run = 0; run < Number(runsArg); run++) {
  const steps: [FinishStep | 'load', number, number][] = [];
  const [wall0, cpu0] = [performance.now(), cpuNow()];
  const pdf = await loadPdf(raw);
  steps.push(['load', (performance.now() - wall0) / 1000, cpuNow() - cpu0]);
  ({ bytes } = await finishPdf(pdf, options, (step, seconds, cpu) => steps.push([step, seconds, cpu])));
  const [wall, cpu] = [(performance.now() - wall0) / 1000, cpuNow() - cpu0];
  console.log(`${lang} run ${run + 1}: ${steps.map(([s, , c]) => `${s} ${c.toFixed(2)}`).join(', ')}; CPU ${cpu.toFixed(2)} s, wall ${wall.toFixed(2)} s`);
}
writeFileSync(join(out, `.finished-${lang}.pdf`), bytes);
console.log(`${lang} finished: ${bytes.length} bytes, sha256 ${createHash('sha256').update(bytes).digest('hex').slice(0, 16)}`);
