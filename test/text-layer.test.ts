// The text layer of the built editions, read back by poppler (pdftotext) and pdf.js: what search, copy and a
// screen reader get. The Arabic edition must give its words and numbers as the HTML it was printed from has them.
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { BIN, generatedEdition } from './helpers.js';
import { pdfjsText, popplerText, share, sourceText, type SourceText } from './text-layer-share.js';

function build(data: string, out: string, ...args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    execFile('node', [BIN, 'build', '2024', '--data', data, '--out', out, '--lang', 'ar,en', '--format', 'pdf,html', ...args], { env: { ...process.env, SOURCE_DATE_EPOCH: '1750464000' } }, (error, _out, stderr) =>
      error ? reject(new Error(stderr)) : resolve(),
    );
  });
}

const ISOLATES = /[\u2066-\u2069]/u;
/** Words holding a tatweel (U+0640). */
const tatweelWords = (text: string) => new Set(text.match(/\S*\u0640\S*/gu) ?? []);

describe('the text layer', () => {
  const data = generatedEdition();
  const [final, draft] = [0, 1].map(() => mkdtempSync(join(tmpdir(), 'oic-text-layer-')));
  const pdf = (dir: string, lang: string) => join(dir, `oic-islamophobia-report-2024-${lang}.pdf`);
  const source: Record<string, SourceText & { text: string }> = {};
  const poppler: Record<string, string> = {};
  const pdfjs: Record<string, string> = {};

  beforeAll(async () => {
    await Promise.all([build(data, final!), build(data, draft!, '--draft')]);
    for (const lang of ['ar', 'en']) {
      const html = readFileSync(join(final!, 'html', `oic-islamophobia-report-2024-${lang}.html`), 'utf8');
      source[lang] = { ...sourceText(html), text: html };
      poppler[lang] = popplerText(pdf(final!, lang));
      pdfjs[lang] = await pdfjsText(pdf(final!, lang));
    }
  }, 600_000);

  it('Arabic, pdftotext: every heading and running header verbatim, and all but a few sentences', () => {
    const { headings, sentences } = source.ar!;
    expect(share(headings, poppler.ar!).missing).toEqual([]);
    // Left: a number after و on a justified line (poppler adds a space in the widened gap), a table head
    // wrapped over two lines of a narrow column.
    expect(share(sentences, poppler.ar!).share).toBeGreaterThanOrEqual(0.97);
  });

  it('Arabic, pdftotext: searching finds الإيجابية and أفريقيا, and numbers keep their digits in order', () => {
    const has = (s: string) => poppler.ar!.includes(s);
    for (const s of ['التطورات الإيجابية', 'أفريقيا', 'من ١ يناير ٢٠٢٤ إلى ٣١ ديسمبر ٢٠٢٤']) expect(has(s), s).toBe(true);
    // Every number in brackets inside its brackets, as the sentences have them.
    const bracketed = source.ar!.sentences.join(' ').match(/\([٠-٩٬٫٪\u061C]+\)/gu) ?? [];
    expect(bracketed.length).toBeGreaterThan(5);
    for (const s of bracketed) expect(has(s), s).toBe(true);
    for (const s of ['الإ يجابية', 'أفر يقيا', '٤٢٠٢', 'المملـكة']) expect(has(s), s).toBe(false);
  });

  it('Arabic, pdf.js: every heading and running header verbatim, and all but a few sentences', () => {
    // pdf.js ignores ActualText: it reads the invisible carrier glyphs the pass gives each line.
    const { headings, sentences } = source.ar!;
    expect(share(headings, pdfjs.ar!).missing).toEqual([]);
    expect(share(sentences, pdfjs.ar!).share).toBeGreaterThanOrEqual(0.99);
  });

  it('Arabic, pdf.js: searching finds الإيجابية and أفريقيا, numbers in their brackets, marks after their letters', () => {
    const has = (s: string) => pdfjs.ar!.includes(s);
    for (const s of ['التطورات الإيجابية', 'مظاهر الإسلاموفوبيا', 'أفريقيا', 'من ١ يناير ٢٠٢٤ إلى ٣١ ديسمبر ٢٠٢٤']) expect(has(s), s).toBe(true);
    const bracketed = source.ar!.sentences.join(' ').match(/\([٠-٩٬٫٪\u061C]+\)/gu) ?? [];
    for (const s of bracketed) expect(has(s), s).toBe(true);
    const marked = source.ar!.sentences.join(' ').match(/\S*[\u064B-\u0652]\S*/gu) ?? [];
    expect(marked.length).toBeGreaterThan(3);
    for (const word of marked) expect(has(word), word).toBe(true);
    for (const s of ['الإ يجابية', 'أفر يقيا', '٤٢٠٢', 'المملـكة']) expect(has(s), s).toBe(false);
  });

  it('Arabic, pdftotext: a tatweel only in words whose source has one (none from the Amiri لك ligature)', () => {
    const wanted = tatweelWords(source.ar!.text.replace(/<[^>]+>/g, ' '));
    for (const word of tatweelWords(poppler.ar!)) expect([...wanted].some((w) => w.includes(word) || word.includes(w)), word).toBe(true);
  });

  it('neither edition gives the bidi isolates of its running header, with pdftotext or pdf.js', () => {
    for (const lang of ['ar', 'en']) {
      expect(ISOLATES.test(poppler[lang]!), lang).toBe(false);
      expect(ISOLATES.test(pdfjs[lang]!), lang).toBe(false);
    }
  });

  it('English: every heading and sentence verbatim, with pdftotext and pdf.js', () => {
    const { headings, sentences } = source.en!;
    for (const text of [poppler.en!, pdfjs.en!]) {
      expect(share(headings, text).missing).toEqual([]);
      expect(share(sentences, text).missing).toEqual([]);
    }
  });

  it('a draft (untagged) gets the same Arabic text layer', async () => {
    const text = popplerText(pdf(draft!, 'ar'));
    expect(share(source.ar!.headings, text).share).toBe(1);
    expect(text.includes('التطورات الإيجابية')).toBe(true);
    expect(ISOLATES.test(text)).toBe(false);
    const pdfjsDraft = await pdfjsText(pdf(draft!, 'ar'));
    expect(share(source.ar!.headings, pdfjsDraft).missing).toEqual([]);
  });
});
