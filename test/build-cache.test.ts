// The build cache (out/<year>/.cache) through the library: each change of input gives the report a build without
// any cache gives, and only what depends on the change is done again (seen in the build's progress events).
import { cpSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildReport, type BuildOptions } from '../src/app/build.js';
import type { ProgressEvent } from '../src/app/progress.js';
import { appendRows, generatedEdition, ROOT, row, temp } from './helpers.js';
import { pdfText } from './pdf.js';

const ENV = { ...process.env, SOURCE_DATE_EPOCH: '1750464000' };

/** A build of the English edition, with the stages it went through. */
async function build(options: Omit<BuildOptions, 'year'>) {
  const stages: ProgressEvent['stage'][] = [];
  const events: ProgressEvent[] = [];
  const result = await buildReport({
    year: 2024,
    languages: ['en'],
    env: ENV,
    ...options,
    onProgress: (e) => {
      stages.push(e.stage);
      events.push(e);
    },
  });
  /** The languages that went through a stage. */
  const langsAt = (stage: ProgressEvent['stage']) => [...new Set(events.filter((e) => e.stage === stage).map((e) => e.lang))].sort();
  return { result, stages, langsAt };
}

/** A templates folder holding only the files given (the others are the shipped ones), each a shipped file edited. */
function templatesWith(edits: Record<string, (text: string) => string>): string {
  const dir = temp('oic-cache-templates-');
  for (const [file, edit] of Object.entries(edits)) {
    mkdirSync(join(dir, file, '..'), { recursive: true });
    const edited = edit(readFileSync(join(ROOT, 'templates', file), 'utf8'));
    if (edited === readFileSync(join(ROOT, 'templates', file), 'utf8')) throw new Error(`the edit of ${file} changed nothing`);
    writeFileSync(join(dir, file), edited);
  }
  return dir;
}

const files = (dir: string) => Object.fromEntries(readdirSync(dir).sort().map((f) => [f, readFileSync(join(dir, f))]));

// Five and four builds: minutes on a loaded machine.
describe('the build cache', () => {
  it('a data change is read and counted again; a catalog change redraws the charts from the cached data', async () => {
    const data = generatedEdition(60);
    const out = temp('oic-cache-out-');
    // The figures target (300-dpi PNGs) only where its files are compared: the HTML holds the data and the charts.
    const first = await build({ data, out, formats: ['html'] });
    expect(first.stages).toContain('validate');

    appendRows(join(data, '2024', 'incidents.csv'), [row({ id: 'CACHE-1', title_en: 'An incident added after the first build' })]);
    const second = await build({ data, out, formats: ['html'] });
    expect(second.stages).toContain('validate');
    expect(second.result.figures.totals.all).toBe(first.result.figures.totals.all + 1);
    expect(readFileSync(join(out, 'html', 'oic-islamophobia-report-2024-en.html'), 'utf8')).toContain('An incident added after the first build');

    const formats: BuildOptions['formats'] = ['html', 'figures'];
    await build({ data, out, formats });
    const before = files(join(out, 'charts'));
    const templates = templatesWith({ 'i18n/en.json': (t) => t.replace('"negative": "Manifestations",', '"negative": "Manifestations (renamed)",') });
    const third = await build({ data, out, formats, templates });
    expect(JSON.parse(readFileSync(join(out, 'figures.json'), 'utf8')).figures.totals.all).toBe(second.result.figures.totals.all);
    // The data did not change: it came from the cache, not validated again.
    expect(third.stages).not.toContain('validate');
    expect(third.result.figures).toEqual(second.result.figures);
    const fresh = temp('oic-cache-fresh-');
    await build({ data, out: fresh, formats, templates, cache: false });
    const after = files(join(out, 'charts'));
    expect(after).toEqual(files(join(fresh, 'charts')));
    expect(Object.keys(after).filter((f) => !before[f]!.equals(after[f]!)).length).toBeGreaterThan(0);
    expect(readFileSync(join(out, 'figures.json'), 'utf8')).toBe(readFileSync(join(fresh, 'figures.json'), 'utf8'));
  }, 300_000);

  it('the same report reuses its settled layout; a stylesheet change lays out again; each gives the PDF a build without cache gives', async () => {
    const data = generatedEdition(60);
    const out = temp('oic-cache-pdf-');
    const pdf = (dir: string) => readFileSync(join(dir, 'oic-islamophobia-report-2024-en.pdf'));
    const first = await build({ data, out, formats: ['pdf'] });
    expect(first.stages).toContain('layout');

    // The same report again (another target asked for): nothing is printed, the PDF is the same.
    const again = await build({ data, out, formats: ['pdf', 'figures'] });
    expect(again.stages).not.toContain('layout');
    expect(again.stages).not.toContain('print');
    expect(again.stages).toContain('reuse');
    const firstFresh = temp('oic-cache-pdf-first-');
    await build({ data, out: firstFresh, formats: ['pdf'], cache: false });
    expect(pdf(out).equals(pdf(firstFresh))).toBe(true);

    // A colour: the stylesheet is part of the layout's key (a rule is likely to move headings), so the report is
    // laid out again, and gives what a build without the cache gives.
    const recoloured = templatesWith({ 'report.css': (t) => `${t}\nh2 { color: #7a1f1f; }\n` });
    const second = await build({ data, out, formats: ['pdf'], templates: recoloured });
    expect(second.stages).toContain('layout');
    const fresh = temp('oic-cache-pdf-fresh-');
    await build({ data, out: fresh, formats: ['pdf'], templates: recoloured, cache: false });
    expect(pdf(out).equals(pdf(fresh))).toBe(true);
    expect(pdf(out).equals(pdf(firstFresh))).toBe(false);
    const text = pdfText(join(out, 'oic-islamophobia-report-2024-en.pdf'));
    expect(text).toContain('Organisation of Islamic Cooperation');
  }, 300_000);

  it('a change of one language\'s catalog prints that language only, and gives what a build without cache gives', async () => {
    const data = generatedEdition(40);
    const out = temp('oic-cache-lang-');
    const languages: BuildOptions['languages'] = ['ar', 'en'];
    const pdf = (dir: string, lang: string) => readFileSync(join(dir, `oic-islamophobia-report-2024-${lang}.pdf`));
    await build({ data, out, formats: ['pdf'], languages });
    const arBefore = pdf(out, 'ar');

    const templates = templatesWith({ 'i18n/en.json': (t) => t.replace('"negative": "Manifestations",', '"negative": "Manifestations (renamed)",') });
    const second = await build({ data, out, formats: ['pdf'], languages, templates });
    expect(second.langsAt('print')).toEqual(['en']);
    expect(second.langsAt('reuse')).toEqual(['ar']);
    expect(pdf(out, 'ar').equals(arBefore)).toBe(true);
    expect(pdfText(join(out, 'oic-islamophobia-report-2024-en.pdf'))).toContain('Manifestations (renamed)');

    const fresh = temp('oic-cache-lang-fresh-');
    await build({ data, out: fresh, formats: ['pdf'], languages, templates, cache: false });
    for (const lang of ['ar', 'en']) expect(pdf(out, lang).equals(pdf(fresh, lang))).toBe(true);
  }, 300_000);
});
