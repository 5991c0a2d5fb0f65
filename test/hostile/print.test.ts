// Hostile text in the printed report, read back from the PDF: one unbroken 150-character token in a title must
// not change the scale of the document (Chromium shrinks every page to fit a line too wide), an open U+202E in
// a place must not turn the country printed after it around, and markup in a title prints as text. The print
// page's allow-list is tried directly, with a templates overlay whose partial asks for a file and a local URL:
// no request reaches the server and nothing of /etc/passwd is printed.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generatedEdition, ROOT, runCli, toCsv, type Row } from '../helpers.js';
import { pdfInfo, pdfText } from '../pdf.js';

const LONG = `https://example.org/${'abcdefghij'.repeat(13)}`;
const MARKUP = '<img src=file:///etc/passwd> <script>document.write(1)</script> <b style="background:url(file:///etc/passwd)">bold</b>';

/** The median height of the words on a page, in points: the font size, near enough, of most of its text. */
function wordHeight(pdf: string, page: number): number {
  const xml = execFileSync('pdftotext', ['-bbox', '-f', String(page), '-l', String(page), pdf, '-'], { encoding: 'utf8' });
  const heights = [...xml.matchAll(/yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)"/g)].map((m) => Number(m[2]) - Number(m[1])).sort((a, b) => a - b);
  return heights[Math.floor(heights.length / 2)]!;
}

const pages = (pdf: string) => Number(pdfInfo(pdf).Pages);

describe('hostile text in the printed report', () => {
  let requests: string[] = [];
  const server = createServer((request, response) => {
    requests.push(request.url ?? '');
    response.end('leaked');
  });
  let baseline = '';
  let hostile = '';

  beforeAll(async () => {
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const port = (server.address() as AddressInfo).port;
    const data = generatedEdition(80);
    const file = join(data, '2024', 'incidents.csv');
    const text = readFileSync(file, 'utf8');
    const columns = text.slice(0, text.indexOf('\n')).split(',');
    const out = (name: string) => join(mkdtempSync(join(tmpdir(), `oic-hostile-${name}-`)), 'out');
    const build = async (templates?: string) => {
      const dir = out(templates ? 'hostile' : 'baseline');
      const r = await runCli(['build', '2024', '--data', data, '--lang', 'en', '--format', 'pdf', '--out', dir, ...(templates ? ['--templates', templates] : [])]);
      expect(r.stderr).not.toContain('internal error');
      expect(r.code).toBe(0);
      return join(dir, execFileSync('ls', [dir], { encoding: 'utf8' }).split('\n').find((f) => f.endsWith('.pdf'))!);
    };
    baseline = await build();

    // The same edition, three titles and a place changed (same rows, so the same number of annex lines).
    const rows = parse(text, { columns: true }) as Row[];
    rows[0] = { ...rows[0], title_en: `Leaflets, see ${LONG} for the text` };
    rows[1] = { ...rows[1], title_en: MARKUP };
    rows[2] = { ...rows[2], location: 'Lyon\u202e', country: 'FR', title_en: 'Override left open' };
    writeFileSync(file, toCsv(rows, columns));
    // An overlay whose partial asks the print page for a local file and a local server.
    const templates = mkdtempSync(join(tmpdir(), 'oic-hostile-tpl-'));
    mkdirSync(join(templates, 'partials'));
    const partial = readFileSync(join(ROOT, 'templates', 'partials', 'incidents.hbs'), 'utf8');
    const asks = `<img src="http://127.0.0.1:${port}/from-template" width="1" height="1" alt=""><img src="file:///etc/passwd" width="1" height="1" alt=""><span style="background:url(http://127.0.0.1:${port}/from-css)"></span>`;
    writeFileSync(join(templates, 'partials', 'incidents.hbs'), partial.replace('<section class="incident-group">', `<section class="incident-group">${asks}`));
    requests = [];
    hostile = await build(templates);
  }, 400_000);

  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('a 150-character token in a title leaves the page count, page size and font size as they were', () => {
    expect(pdfInfo(hostile)['Page size']).toBe(pdfInfo(baseline)['Page size']);
    expect(Math.abs(pages(hostile) - pages(baseline))).toBeLessThanOrEqual(1);
    const last = pages(hostile);
    expect(wordHeight(hostile, last)).toBeCloseTo(wordHeight(baseline, pages(baseline)), 0);
    expect(wordHeight(hostile, 3)).toBeCloseTo(wordHeight(baseline, 3), 1);
    // The token is printed whole, across lines, not clipped at the page's edge.
    expect(pdfText(hostile).replace(/\s+/g, '')).toContain(LONG);
  });

  it('an open U+202E in a place does not turn the country after it around', () => {
    const text = pdfText(hostile);
    expect(text).toMatch(/Lyon\s*,?\s*France/);
    expect(text).not.toContain('ecnarF');
  });

  it('markup in a title prints as text, and the print page requests nothing outside its own files', () => {
    const text = pdfText(hostile);
    expect(text).toContain('<img src=file:///etc/passwd>');
    expect(text).toContain('<script>document.write(1)</script>');
    expect(text).not.toContain('root:x:0:0');
    expect(requests).toEqual([]);
  });
});
