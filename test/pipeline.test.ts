// One pipeline under every command: the library imported by name from another project, the html target
// without a browser, template errors that name their file and line, the same PDF from any working folder.
import { execFile, execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildReport } from '../src/app/build.js';
import { headingsOf } from '../src/core/outline.js';
import { dataFolder, generatedEdition, ROOT, row, runCli, temp, toCsv, windows1256 } from './helpers.js';
import { pdfText } from './pdf.js';

const catalog = (lang: string) => JSON.parse(readFileSync(join(ROOT, 'templates', 'i18n', `${lang}.json`), 'utf8'));

describe('the library', () => {
  it('is imported by its name from another Node project and builds every edition language', async () => {
    const project = temp('oic-consumer-');
    mkdirSync(join(project, 'node_modules'));
    symlinkSync(ROOT, join(project, 'node_modules', 'oic-report'), 'dir');
    const data = generatedEdition(80);
    const out = join(project, 'out');
    writeFileSync(
      join(project, 'build.mjs'),
      `import { buildReport, EXIT } from 'oic-report';
const events = [];
const result = await buildReport({ year: 2024, data: ${JSON.stringify(data)}, out: ${JSON.stringify(out)}, formats: ['pdf'], onProgress: (e) => events.push([e.stage, e.lang]) });
console.log(JSON.stringify({ outputs: result.outputs, ok: EXIT.ok, stages: [...new Set(events.map((e) => e[0]))], finals: events.filter((e) => e[0] === 'print').map((e) => e[1]), negative: result.figures.totals.negative }));`,
    );
    const stdout = await new Promise<string>((resolve, reject) =>
      execFile('node', ['build.mjs'], { cwd: project }, (error, out) => (error ? reject(error) : resolve(out))),
    );
    const result = JSON.parse(stdout) as { outputs: { format: string; lang: string; path: string; pages: number }[]; stages: string[]; finals: string[]; negative: number };
    expect(result.outputs.map((o) => [o.format, o.lang])).toEqual([
      ['pdf', 'ar'],
      ['pdf', 'en'],
      ['pdf', 'fr'],
    ]);
    expect(result.stages).toEqual(expect.arrayContaining(['validate', 'charts', 'layout', 'print', 'finish']));
    // One final print each: the layout prints (their charts empty pictures of the same size) put every heading
    // where the final print found it.
    expect(result.finals.sort()).toEqual(['ar', 'en', 'fr']);
    const rows = readFileSync(join(data, '2024', 'incidents.csv'), 'utf8').split('\n').filter((l) => l.includes(',negative,'));
    expect(result.negative).toBe(rows.length);
    expect(pdfText(result.outputs[1]!.path)).toContain(catalog('en').about.heading);
    expect(result.outputs[0]!.pages).toBeGreaterThan(5);
  });

  it('writes the html target, headings and all, with no browser started', async () => {
    const out = temp('oic-html-');
    const result = await buildReport({
      year: 2024,
      data: generatedEdition(60),
      out,
      formats: ['html'],
      // A browser that does not exist: the html target must not even look for one.
      chrome: '/nonexistent/chromium',
      env: { OIC_REPORT_CHROME: '/nonexistent/chromium' },
    });
    expect(result.browserStarted).toBe(false);
    expect(result.outputs.map((o) => o.format)).toEqual(['html', 'html', 'html']);
    expect(readdirSync(join(out, 'html', 'fonts'))).toContain('Amiri-Regular.ttf');
    expect(readdirSync(join(out, 'html', 'assets'))).toEqual(['report.css']);
    for (const lang of ['ar', 'en', 'fr']) {
      const html = readFileSync(join(out, 'html', `oic-islamophobia-report-2024-${lang}.html`), 'utf8');
      const headings = headingsOf(html).map((h) => h.text);
      const t = catalog(lang);
      // Spaces folded, as headingsOf folds them: French sets a narrow one before the colon of "Annexe III : …".
      const fold = (s: string) => s.replace(/\s+/g, ' ');
      for (const heading of [t.about.heading, t.summary.heading, t.methodology.heading, t.annex.heading]) {
        expect(headings.some((h) => h.endsWith(fold(heading))), `${lang}: ${heading}`).toBe(true);
      }
      expect(html).toContain('href="assets/report.css"');
      // The document names its data as the data folder does, never by a path of this machine.
      expect(html).toContain('2024/incidents.csv');
      expect(html).not.toContain(tmpdir());
    }
    expect(readdirSync(out).filter((f) => f.endsWith('.pdf'))).toEqual([]);
  });
});

describe('template errors', () => {
  /** A copy of the shipped templates with one file's line replaced. */
  function brokenTemplates(file: string, line: number, text: string): string {
    const dir = join(temp('oic-templates-'), 'templates');
    cpSync(join(ROOT, 'templates'), dir, { recursive: true });
    const lines = readFileSync(join(dir, file), 'utf8').split('\n');
    lines.splice(line - 1, 0, text);
    writeFileSync(join(dir, file), lines.join('\n'));
    return dir;
  }

  for (const file of ['report.hbs', 'partials/figure.hbs']) {
    it(`an unclosed {{#if}} in ${file} exits 4 naming the file and line, before any browser starts`, async () => {
      const templates = brokenTemplates(file, 3, '  {{#if cover}}<p>never closed</p>');
      const out = temp('oic-out-');
      const r = await runCli(['build', '2024', '--templates', templates, '--out', out], { env: { OIC_REPORT_CHROME: '/nonexistent/chromium' } });
      expect(r.code).toBe(4);
      expect(r.stderr.split('\n')[0]).toBe(`oic-report: ${join(templates, file)}:3:3: {{#if}} is never closed: add {{/if}} where the block ends`);
      expect(r.stderr).toContain('  {{#if cover}}<p>never closed</p>');
      expect(r.stderr).not.toContain('Chromium');
      expect(r.stderr).not.toMatch(/^\s+at /m);
      expect(readdirSync(out)).toEqual([]);
    });
  }

  it('a call of a partial that does not exist names it, its file and line', async () => {
    const templates = brokenTemplates('partials/chapter.hbs', 2, '{{> chart}}');
    const r = await runCli(['build', '2024', '--templates', templates, '--format', 'html', '--out', temp('oic-out-')]);
    expect(r.code).toBe(4);
    expect(r.stderr).toContain(`${join(templates, 'partials/chapter.hbs')}:2:1: there is no partial "chart"`);
  });
});

describe('catalog and reference errors', () => {
  it('a catalog that is not JSON, or lacks a string, exits 4 naming the file, line and key', async () => {
    const dir = join(temp('oic-templates-'), 'templates');
    cpSync(join(ROOT, 'templates'), dir, { recursive: true });
    const path = join(dir, 'i18n', 'en.json');
    const shipped = readFileSync(path, 'utf8');
    writeFileSync(path, shipped.replace('"Contents"\n', '"Contents",\n'));
    const line = shipped.slice(0, shipped.indexOf('"Contents"')).split('\n').length;
    const syntax = await runCli(['build', '2024', '--templates', dir, '--lang', 'en', '--format', 'html', '--out', temp('oic-out-')]);
    expect(syntax.code).toBe(4);
    expect(syntax.stderr).toContain(`${path}:${line}:`);
    const catalog = JSON.parse(shipped);
    delete catalog.summary.lead;
    writeFileSync(path, JSON.stringify(catalog, null, 2));
    const missing = await runCli(['build', '2024', '--templates', dir, '--lang', 'en', '--format', 'html', '--out', temp('oic-out-')]);
    expect(missing.code).toBe(4);
    const summaryLine = JSON.stringify(catalog, null, 2).split('\n').findIndex((l) => l.includes('"summary"')) + 1;
    expect(missing.stderr).toContain(`${path}:${summaryLine}: summary.lead is missing`);
  });

  it('a reference table with a wrong code names the file, its line and the key', async () => {
    const data = dataFolder(toCsv([row()]));
    const path = join(data, 'reference', 'regions.json');
    const regions = JSON.parse(readFileSync(path, 'utf8'));
    regions.regions[1].code = 'North America';
    writeFileSync(path, JSON.stringify(regions, null, 2));
    const line = JSON.stringify(regions, null, 2).split('\n').findIndex((l) => l.includes('"North America"')) + 1;
    const r = await runCli(['validate', '2024', '--data', data]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`${path}:${line}: regions, item 2, code: codes are lower_snake_case`);
  });
});

describe('the command line', () => {
  it('the same edition built from two working folders and data paths gives byte-identical PDFs', async () => {
    const data = generatedEdition(60);
    const [a, b] = [temp('oic-cwd-a-'), temp('oic-cwd-b-')];
    cpSync(data, join(a, 'data'), { recursive: true });
    cpSync(data, join(b, 'elsewhere', 'editions'), { recursive: true });
    const env = { SOURCE_DATE_EPOCH: '1750464000' };
    const first = await runCli(['build', '2024', '--lang', 'en', '--data', 'data', '--out', 'out'], { cwd: a, env });
    const second = await runCli(['build', '2024', '--lang', 'en', '--data', join(b, 'elsewhere', 'editions'), '--out', join(b, 'pdf')], { cwd: join(b, 'elsewhere'), env });
    expect(first.code, first.stderr).toBe(0);
    expect(second.code, second.stderr).toBe(0);
    const name = 'oic-islamophobia-report-2024-en.pdf';
    const [x, y] = [readFileSync(join(a, 'out', name)), readFileSync(join(b, 'pdf', name))];
    expect(x.equals(y)).toBe(true);
    expect(x.includes(Buffer.from(a))).toBe(false);
  });

  it('`help build | head -1` ends quietly: no EPIPE, no stack trace', () => {
    const out = execFileSync('sh', ['-c', `for i in 1 2 3; do node ${join(ROOT, 'bin', 'oic-report.js')} help build | head -1; done 2>&1`], { encoding: 'utf8' });
    expect(out.trim().split('\n')).toEqual(Array(3).fill('Usage: oic-report build [options] <year>'));
  });

  it('build --encoding windows-1256 reads an Arabic file saved by Excel', async () => {
    const csv = toCsv([row({ id: 'A', title_ar: 'هجوم على مسجد', country: 'FR' }), row({ id: 'B', country: 'DE', title_ar: 'كتابات مسيئة' })]);
    const data = dataFolder('');
    writeFileSync(join(data, '2024', 'incidents.csv'), windows1256(csv));
    const out = temp('oic-out-');
    const refused = await runCli(['build', '2024', '--data', data, '--out', out, '--format', 'html']);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('--encoding windows-1256');
    const r = await runCli(['build', '2024', '--data', data, '--out', out, '--format', 'html', '--encoding', 'windows-1256']);
    expect(r.code, r.stderr).toBe(0);
    expect(readFileSync(join(out, 'html', 'oic-islamophobia-report-2024-ar.html'), 'utf8')).toContain('هجوم على مسجد');
  });

  it('reads oic-report.config.yaml in the working folder, its paths relative to it; flags override it; a wrong key is named', async () => {
    const project = temp('oic-project-');
    cpSync(generatedEdition(40), join(project, 'editions'), { recursive: true });
    writeFileSync(join(project, 'oic-report.config.yaml'), '# the settings of our office\ndata: editions\nout: build/{year}\nlanguages: [en]\nformats: [html]\n');
    const elsewhere = join(project, 'sub');
    mkdirSync(elsewhere);
    writeFileSync(join(elsewhere, 'settings.json'), JSON.stringify({ data: '../editions', out: '../build/{year}', formats: ['html'] }));
    const first = await runCli(['build', '2024'], { cwd: project });
    expect(first.code, first.stderr).toBe(0);
    expect(readdirSync(join(project, 'build', '2024', 'html')).filter((f) => f.endsWith('.html'))).toEqual(['oic-islamophobia-report-2024-en.html']);
    const flagged = await runCli(['build', '2024', '--config', 'settings.json', '--lang', 'ar'], { cwd: elsewhere });
    expect(flagged.code, flagged.stderr).toBe(0);
    // The output folder holds that build alone: the English file of the first build is gone.
    expect(readdirSync(join(project, 'build', '2024', 'html')).filter((f) => f.endsWith('.html'))).toEqual(['oic-islamophobia-report-2024-ar.html']);
    writeFileSync(join(project, 'oic-report.config.yaml'), 'data: editions\npapr: A4\nthreads: 40\n');
    const wrong = await runCli(['validate', '2024'], { cwd: project });
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toContain('oic-report: oic-report.config.yaml is not a valid config file');
    expect(wrong.stderr).toContain('oic-report.config.yaml:2: papr: unknown key');
    expect(wrong.stderr).toContain('oic-report.config.yaml:3: threads: must be a whole number from 1 to 16');
  });
});
