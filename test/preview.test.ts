// The live preview from outside, as a translator's browser meets it: over HTTP with node's fetch, in headless
// Chromium, and through the command. Each preview edits its own copy of the templates and the data.
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import type { Browser, Page } from 'puppeteer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildReport } from '../src/app/build.js';
import { startPreview, type PreviewHandle, type PreviewPdf, type PreviewReloaded } from '../src/app/preview.js';
import { PreviewSession } from '../src/app/preview-session.js';
import { withoutPreviewBlock } from '../src/core/preview-page.js';
import { launchBrowser } from '../src/io/browser.js';
import { BIN, ROOT, row, toCsv } from './helpers.js';
import { edit, editableCopy, openEvents, waitFor } from './preview-client.js';

/**
 * The page within a second of a save: `npm run bench:preview` measures 0.2–0.6 s here on a quiet machine. Beside
 * the whole suite, which prints PDFs on both cores, one save took 1.2 s: the test allows twice the target.
 */
const RELOAD_MS = 2000;
const TOC = '"heading": "المحتويات"';
const page = async (url: string) => {
  const response = await fetch(url);
  return { status: response.status, html: await response.text() };
};
/** The page once it holds `text`, within `ms` of now. */
const pageWith = (url: string, text: string, ms: number) =>
  waitFor(async () => ((p) => (p.html.includes(text) ? p : undefined))(await page(url)), ms, `the page shows "${text}"`);

function sameSurfaces(html: string): string {
  return html.replace(/data:image\/svg\+xml;base64,([^"]+)/g, (_, data: string) =>
    Buffer.from(data.replaceAll('&#x3D;', '='), 'base64').toString('utf8').replace(/id="surface\d+"/g, 'id="surface"'),
  );
}

describe('what a saved file asks the preview to redo', () => {
  const session = new PreviewSession({ year: 2024, lang: 'ar', dataDir: '/d', editionDir: '/d/2024', templatesDir: '/t', fontsDir: join(ROOT, 'fonts'), paper: 'A4' });
  it.each([
    ['/t/report.hbs', 'templates'],
    ['/t/partials/figure.hbs', 'templates'],
    ['/t/i18n/ar.json', 'catalog'],
    ['/t/i18n/en.json', 'catalog'],
    ['/t/i18n/fr.json', undefined],
    ['/t/report.css', 'style'],
    ['/t/README.md', undefined],
    ['/d/2024/incidents.csv', 'data'],
    ['/d/2024/narrative/ar/foreword.md', 'data'],
    ['/d/reference/country-names.json', 'data'],
    ['/d/2023/incidents.csv', undefined],
    ['/d/2024/notes.docx', undefined],
  ])('%s: %s', (file, change) => expect(session.classify(file)).toBe(change));
});

describe('preview over HTTP', () => {
  const files = editableCopy();
  const catalog = join(files.templates, 'i18n', 'ar.json');
  let preview: PreviewHandle;

  beforeAll(async () => {
    preview = await startPreview({ year: 2024, lang: 'ar', port: 0, pdf: false, data: files.data, templates: files.templates });
  });
  afterAll(async () => preview?.close());

  it('serves the report on 127.0.0.1, with its headings', async () => {
    expect(preview.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    const { status, html } = await page(preview.url);
    expect(status).toBe(200);
    expect(html).toContain('<html lang="ar" dir="rtl">');
    expect(html).toContain('<h1 id="toc">المحتويات</h1>');
    expect(html).toMatch(/<h1 id="summary">/);
    expect(html).toContain('<img src="data:image/svg+xml;base64,');
  });

  it('serves the very HTML of the html target, with one block for the screen and no script inside the report', async () => {
    const out = join(files.data, '..', 'out');
    await buildReport({ year: 2024, data: files.data, templates: files.templates, languages: ['ar'], formats: ['html'], out });
    const built = readFileSync(join(out, 'html', 'oic-islamophobia-report-2024-ar.html'), 'utf8');
    const served = withoutPreviewBlock((await page(preview.url)).html);
    // Each drawing of a chart numbers cairo's surface anew (id="surface281"): the charts are compared without it.
    const [a, b] = [served, built].map(sameSurfaces);
    const at = [...a!].findIndex((c, i) => c !== b![i]);
    expect(at < 0 && a!.length === b!.length, `first difference at ${at}: ${a!.slice(at - 80, at + 80)}`).toBe(true);
    expect(built).not.toContain('<script');
  });

  it('serves the style sheet and the fonts where the HTML names them, and nothing beside them', async () => {
    const css = await fetch(`${preview.url}assets/report.css`);
    expect(css.status).toBe(200);
    expect(css.headers.get('content-type')).toMatch(/^text\/css/);
    expect(await css.text()).toContain("url('../fonts/Amiri-Regular.ttf')");
    const font = await fetch(`${preview.url}fonts/Amiri-Regular.ttf`);
    expect(font.status).toBe(200);
    expect(font.headers.get('content-type')).toBe('font/ttf');
    expect(Buffer.from(await font.arrayBuffer()).length).toBeGreaterThan(100_000);
    for (const path of ['fonts/..%2F..%2Fpackage.json', 'fonts/README.md', 'draft.pdf', 'nothing']) {
      expect((await fetch(`${preview.url}${path}`)).status, path).toBeGreaterThanOrEqual(400);
    }
  });

  it('answers only to its own host names', async () => {
    const status = await new Promise<number>((resolve, reject) => {
      const req = request(preview.url, { headers: { Host: `attacker.example:${new URL(preview.url).port}` } }, (res) => {
        res.resume();
        resolve(res.statusCode!);
      });
      req.on('error', reject).end();
    });
    expect(status).toBe(403);
  });

  it('refuses a port in use at once, and the preview there keeps serving', async () => {
    const port = Number(new URL(preview.url).port);
    await expect(startPreview({ year: 2024, port, pdf: false, data: files.data, templates: files.templates })).rejects.toThrow(
      `port ${port} of 127.0.0.1 is already in use`,
    );
    expect((await page(preview.url)).status).toBe(200);
  });

  it('fails to start, as build does, for an edition or a templates folder that is not there', async () => {
    // A preview that starts all the same is closed, not left running past the test.
    const failure = async (options: Parameters<typeof startPreview>[0]) => {
      const started = await startPreview(options).catch((error: unknown) => error as Error);
      if (!(started instanceof Error)) await started.close();
      return started instanceof Error ? started.message : 'it started';
    };
    expect(await failure({ year: 2031, port: 0, pdf: false, data: files.data })).toMatch(/^there is no 2031 edition/);
    expect(await failure({ year: 2024, port: 0, pdf: false, data: files.data, templates: join(files.templates, 'nothing') })).toMatch(/templates folder .* does not exist/);
  });

  it(`shows a catalog string saved on disk within ${RELOAD_MS} ms, and tells an open page to reload`, async () => {
    const events = await openEvents(`${preview.url}events`);
    try {
      expect(events.type).toMatch(/^text\/event-stream/);
      const hello = (await events.next('hello')) as { version: number };
      expect(hello.version).toBe(preview.current().version);
      const reloaded = new Promise<PreviewReloaded>((resolve) => preview.events.once('reloaded', resolve));
      edit(catalog, TOC, '"heading": "المحتويات المنقحة"');
      const { elapsed } = await pageWith(preview.url, '<h1 id="toc">المحتويات المنقحة</h1>', RELOAD_MS);
      expect(elapsed).toBeLessThan(RELOAD_MS);
      const reload = (await events.next('reload')) as { version: number; changed: string[] };
      expect(reload).toEqual({ version: hello.version + 1, changed: ['catalog'] });
      // The catalog was read again, not the edition.
      expect((await reloaded).changed).toEqual(['catalog']);
      console.log(`catalog saved → new page served in ${Math.round(elapsed)} ms`);
    } finally {
      events.close();
    }
  });

  it('shows a broken partial as an error page with its file and line, keeps serving, and comes back once it is fixed', async () => {
    const partial = join(files.templates, 'partials', 'figure.hbs');
    const original = readFileSync(partial, 'utf8');
    const errors: unknown[] = [];
    preview.events.on('error', (e) => errors.push(e));
    edit(partial, '<figcaption>', '{{#if label}}<figcaption>');
    const broken = await pageWith(preview.url, 'is never closed', RELOAD_MS * 2);
    expect(broken.value.status).toBe(500);
    expect(broken.value.html).toMatch(/partials\/figure\.hbs:3:3: \{\{#if\}\} is never closed/);
    expect(broken.value.html).toContain('{{#if label}}&lt;figcaption&gt;');
    expect(errors).toHaveLength(1);
    expect((await fetch(`${preview.url}assets/report.css`)).status).toBe(200);
    edit(partial, '{{#if label}}<figcaption>', '<figcaption>');
    const fixed = await pageWith(preview.url, '<h1 id="toc">', RELOAD_MS * 2);
    expect(fixed.value.status).toBe(200);
    expect(readFileSync(partial, 'utf8')).toBe(original);
  });

  it('shows a value the view does not have, as build refuses it, at its line', async () => {
    const layout = join(files.templates, 'report.hbs');
    edit(layout, '{{cover.title}}', '{{cover.titel}}');
    const broken = await pageWith(preview.url, 'cover.titel', RELOAD_MS * 2);
    expect(broken.value.status).toBe(500);
    expect(broken.value.html).toMatch(/report\.hbs:\d+/);
    edit(layout, '{{cover.titel}}', '{{cover.title}}');
    expect((await pageWith(preview.url, '<h1 id="toc">', RELOAD_MS * 2)).value.status).toBe(200);
  });

  it('reloads the edition when its data changes: new narrative, and a row with an error shown until it is removed', async () => {
    const foreword = join(files.data, '2024', 'narrative', 'ar', 'foreword.md');
    edit(foreword, 'يقدّم التقرير السنوي للمرصد', 'يقدّم التقرير السنوي المنقح للمرصد');
    await pageWith(preview.url, 'يقدّم التقرير السنوي المنقح للمرصد', RELOAD_MS * 2);
    const incidents = join(files.data, '2024', 'incidents.csv');
    const original = readFileSync(incidents, 'utf8');
    const header = original.slice(0, original.indexOf('\n')).split(',');
    const bad = toCsv([row({ id: 'T-BAD', country: 'XX' })], header).split('\n')[1]!;
    edit(incidents, original, `${original}${bad}\n`);
    const rows = original.trimEnd().split('\n').length;
    const broken = await pageWith(preview.url, 'the report cannot be previewed', RELOAD_MS * 2);
    expect(broken.value.html).toContain(`incidents.csv:${rows + 1}`);
    edit(incidents, `${original}${bad}\n`, original);
    await pageWith(preview.url, '<h1 id="toc">', RELOAD_MS * 2);
  });
});

/** The report's own elements in an open page, without the preview's bar. */
const REPORT_MARKUP = "[...document.head.querySelectorAll('style'), ...document.body.children].filter((e) => e.id !== 'oic-preview-bar').map((e) => e.outerHTML).join('')";

describe('preview in Chromium', () => {
  const files = editableCopy();
  let preview: PreviewHandle;
  let browser: Browser;
  let tab: Page;
  const pdfs: PreviewPdf[] = [];

  beforeAll(async () => {
    [preview, browser] = await Promise.all([
      startPreview({ year: 2024, lang: 'ar', port: 0, data: files.data, templates: files.templates }),
      launchBrowser('/usr/bin/chromium'),
    ]);
    preview.events.on('pdf', (p) => pdfs.push(p));
  });
  afterAll(async () => {
    await browser?.close();
    await preview?.close();
  });

  it('changes the open page when a catalog string is saved, without anyone reloading it, and keeps its place', async () => {
    tab = await browser.newPage();
    await tab.goto(preview.url, { waitUntil: 'load' });
    // The page's own code, as text: the tests are compiled without the DOM's types.
    await tab.waitForFunction("document.querySelector('#oic-preview-bar')?.textContent.includes('Live preview')", { timeout: 10_000 });
    expect(await tab.evaluate("document.getElementById('toc').textContent")).toBe('المحتويات');
    await tab.evaluate('scrollTo(0, 3000)');
    const saved = performance.now();
    preview.events.once('reloaded', (r) => console.log(`reloaded after ${Math.round(performance.now() - saved)} ms (made in ${Math.round(r.ms)} ms)`));
    edit(join(files.templates, 'i18n', 'ar.json'), TOC, '"heading": "فهرس المحتويات"');
    await tab.waitForFunction("document.body.innerText.includes('فهرس المحتويات')", { timeout: 10_000 });
    console.log(`catalog saved → open page shows it in ${Math.round(performance.now() - saved)} ms`);
    await tab.waitForFunction('Math.abs(scrollY - 3000) < 2', { timeout: 5000 });
    // What the page changed in place is what a fresh load of it gives.
    const fresh = await browser.newPage();
    await fresh.goto(preview.url, { waitUntil: 'load' });
    const [patched, loaded] = await Promise.all([tab, fresh].map((t) => t.evaluate(REPORT_MARKUP)));
    expect(patched === loaded, 'the patched page differs from the page loaded anew').toBe(true);
    await fresh.close();
  });

  it('applies a style sheet saved on disk, and shows a broken template then the report again in the open page', async () => {
    edit(join(files.templates, 'report.css'), 'h1 { font-size: 17pt;', 'h1 { color: rgb(1, 2, 3); font-size: 17pt;');
    await tab.waitForFunction("getComputedStyle(document.getElementById('toc')).color === 'rgb(1, 2, 3)'", { timeout: 10_000 });
    const partial = join(files.templates, 'partials', 'chapter.hbs');
    edit(partial, '{{> content}}', '{{#if heading}}{{> content}}');
    await tab.waitForFunction("document.body.innerText.includes('is never closed')", { timeout: 10_000 });
    expect(await tab.evaluate('document.body.innerText')).toMatch(/partials\/chapter\.hbs:3:3/);
    edit(partial, '{{#if heading}}{{> content}}', '{{> content}}');
    await tab.waitForFunction("document.getElementById('toc')?.textContent === 'فهرس المحتويات'", { timeout: 10_000 });
  });

  it('prints the draft PDF of the newest page, tells the page, and serves it', async () => {
    const version = preview.current().version;
    const { value } = await waitFor(async () => pdfs.find((p) => p.version === version), 60_000, `the draft PDF of page ${version}`);
    expect(value.pages).toBeGreaterThan(20);
    const response = await fetch(`${preview.url}draft.pdf`);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    expect(Buffer.from(await response.arrayBuffer()).subarray(0, 5).toString()).toBe('%PDF-');
  });
});

describe('oic-report preview', () => {
  const files = editableCopy();
  let child: ChildProcess | undefined;
  afterAll(() => void child?.kill('SIGKILL'));

  it('prints its address, serves, and on Ctrl-C closes the browser and the server and exits 0', async () => {
    child = spawn('node', [BIN, 'preview', '2024', '--port', '0', '--data', files.data, '--templates', files.templates], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const exited = new Promise<number | null>((resolve) => child!.on('exit', (code) => resolve(code)));
    const { value: url } = await waitFor(async () => /at (http:\/\/127\.0\.0\.1:\d+\/)/.exec(stderr)?.[1], 30_000, 'the address on stderr');
    expect((await page(url)).status).toBe(200);
    expect(stderr).toContain(`draft PDF: ${url}draft.pdf`);
    const browsers = execFileSync('ps', ['-o', 'pid=', '--ppid', String(child.pid)], { encoding: 'utf8' }).split('\n').map(Number).filter(Boolean);
    expect(browsers.length).toBeGreaterThan(0);
    child.kill('SIGINT');
    const code = await Promise.race([exited, new Promise((r) => setTimeout(() => r('still running'), 15_000))]);
    expect(code).toBe(0);
    expect(stderr).toContain('closing the browser and the server');
    // A zombie (ended, waiting for init to reap it) is not alive: only its /proc entry is left.
    const alive = browsers.filter((pid) => {
      try {
        return !/\) Z /.test(readFileSync(`/proc/${pid}/stat`, 'utf8'));
      } catch {
        return false;
      }
    });
    expect(alive).toEqual([]);
    await expect(fetch(url)).rejects.toThrow();
  });
});
