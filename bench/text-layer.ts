// npm run bench:text
//
// The text layer of the shipped 2024 editions: the share of headings (with the running headers) and of catalog
// sentences that pdftotext and pdf.js extract verbatim (normalisation: test/text-layer-share.ts), the incident
// annex's entries apart (data, not catalog text), and the cost of the post-processing pass. The cost is timed by
// running the pass once more on a copy of the finished PDF: the same kind of parsing, editing and compression
// work, on more of it (it reads its own spans and pdf.js carriers too, so it overstates the cost). Then the cost
// of every finishing step, on a raw print of the same HTML (bench/finish-steps.ts): the true one.
// Builds with the CLI in dist/ (npm run build first). Benchmarks are not tests: the exit code is always 0.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PDFDocument } from 'pdf-lib';
import { fixTextLayer } from '../src/core/pdf-text-layer.js';
import { finishingReport } from './finish-steps.js';
import { pdfjsText, popplerText, share, sourceText } from '../test/text-layer-share.js';

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));
const TARGETS = { headings: 1, sentences: 0.99 };
const pct = (n: number) => `${(n * 100).toFixed(1)}%`;

const out = mkdtempSync(join(tmpdir(), 'oic-bench-text-'));
try {
  execFileSync('node', [join(ROOT, 'bin', 'oic-report.js'), 'build', '2024', '--data', join(ROOT, 'data'), '--out', out, '--lang', 'ar,en', '--format', 'pdf,html'], {
    env: { ...process.env, SOURCE_DATE_EPOCH: '1750464000' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  for (const lang of ['ar', 'en']) {
    const pdf = join(out, `oic-islamophobia-report-2024-${lang}.pdf`);
    const source = sourceText(readFileSync(join(out, 'html', `oic-islamophobia-report-2024-${lang}.html`), 'utf8'));
    for (const [tool, text] of [['pdftotext', popplerText(pdf)], ['pdf.js', await pdfjsText(pdf)]] as const) {
      const [h, s, a] = [share(source.headings, text), share(source.sentences, text), share(source.annex, text)];
      const pass = h.share >= TARGETS.headings && s.share >= TARGETS.sentences ? 'PASS' : 'FAIL';
      console.log(
        `${lang} ${tool.padEnd(9)} headings ${h.found}/${h.total} ${pct(h.share)}  sentences ${s.found}/${s.total} ${pct(s.share)}  annex entries ${a.found}/${a.total} ${pct(a.share)}  ${pass}`,
      );
    }
    const doc = await PDFDocument.load(readFileSync(pdf), { updateMetadata: false });
    const started = performance.now();
    const stats = fixTextLayer(doc, { rightToLeft: lang === 'ar' });
    await doc.save();
    console.log(`${lang} text-layer pass: ${((performance.now() - started) / 1000).toFixed(2)} s (${stats.pages} pages, ${stats.reversed + stats.leftToRight} runs, ${stats.lines} lines carried for pdf.js${stats.uncarried ? `, ${stats.uncarried} not` : ''}, save included)`);
    console.log(await finishingReport(join(out, 'html', `oic-islamophobia-report-2024-${lang}.html`), pdf, lang));
  }
} finally {
  rmSync(out, { recursive: true, force: true });
}
