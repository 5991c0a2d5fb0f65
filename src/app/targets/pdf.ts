// The PDF of one language. Printed twice: Chromium has no target-counter(), so a first print tells on which
// page each heading fell, and the second prints the table of contents with those pages. The first is skipped
// when the last build of the same report settled on pages the final print then confirms. Where tables break
// needs no print: their "(continued)" titles are Chromium's repeated table headers (see data-table.hbs).
import { join } from 'node:path';
import type { Browser } from 'puppeteer';
import type { ReportTemplate } from '../../core/html.js';
import { headingsOf } from '../../core/outline.js';
import { pageSize, type Paper } from '../../core/page-style.js';
import { buildReportView, type ReportView } from '../../core/view-model.js';
import { EXIT, UserError } from '../../errors.js';
import { writeHtmlPage } from '../../io/html-edition.js';
import type { FinishOptions, PrintedPdf } from '../../core/pdf-finish.js';
import { codeVersion, hashParts, hashTree, type BuildCache } from '../../io/build-cache.js';
import { readPrinted, startFinisher } from '../../io/pdf-thread.js';
import { printPdf, type PrintKind } from '../../io/print-pdf.js';
import type { LanguageEdition, PageSettings } from '../edition-view.js';
import type { PdfAttachment } from '../../core/pdf-attachments.js';
import { exactPageSize, structureOptions } from './pdf-evidence.js';
import type { ProgressListener } from '../progress.js';
import type { PrintSlots } from './print-slots.js';

export interface PdfSettings extends PageSettings {
  browser: Browser;
  template: ReportTemplate;
  /** The folder the HTML is printed from, its assets beside it (see io/html-edition.ts). */
  stagingDir: string;
  /** Creation date written into the PDF (SOURCE_DATE_EPOCH), for reproducible builds. */
  date?: Date;
  /** Stops the prints (a preview's newer draft replaces this one); the promise then rejects with the reason. */
  signal?: AbortSignal;
  /** How long one load or print of the page may take, in ms (see browserTimeout). */
  timeoutMs?: number;
  /** Files the final PDF carries (see pdf-evidence.ts); none in drafts. */
  attachments?: readonly PdfAttachment[];
  /** Where the settled page maps are kept (a build's out/.cache); none without it. */
  cache?: BuildCache;
  /**
   * The stylesheet's text, part of the cached layout's key: a changed stylesheet most likely moves headings, which
   * a layout print finds for less than a final print that would find them moved.
   */
  styles?: string;
  /** Shared by the languages printed together, so that they print no more at once than the machine has cores. */
  slots?: PrintSlots;
}

/**
 * The bound of one browser stage: a minute, and more the more incidents the annex lists (Chromium lays out some
 * 500 rows a second here), or what --timeout says. It scales with the edition, so a large one is not cut off, and a
 * browser that stops answering still ends the build.
 */
export function browserTimeout(incidents: number, seconds?: number): number {
  return seconds !== undefined ? seconds * 1000 : 60_000 + incidents * 10;
}

export interface PrintedEdition extends PrintedPdf {
  /** The HTML the final PDF was printed from. */
  html: string;
}

const MM_TO_PT = 72 / 25.4;
/** One layout print, then the final one; another only if the final layout moved a heading. */
const MAX_PRINTS = 4;

/**
 * `language` may come without its charts drawn (see edition-view.ts outlineLanguage): the layout prints need only
 * their sizes; `drawn` is the language with them, which the final print waits for.
 */
export async function printEdition(
  language: LanguageEdition,
  settings: PdfSettings,
  onProgress?: ProgressListener,
  drawn: Promise<LanguageEdition> = Promise.resolve(language),
): Promise<PrintedEdition> {
  // The layout the last build settled on (pages, blank pages), when the report but its page numbers
  // is the same: the layout prints are skipped, and the final print checks the pages like any other (a heading
  // that moved means more prints).
  const mapKey = settings.cache ? pageMapKey(language, settings.template, settings.styles ?? '') : undefined;
  const cached = mapKey ? await settings.cache!.get<SettledLayout>('pages', mapKey) : undefined;
  const run: PrintRun = { language, settings, prints: 0, ...(onProgress ? { onProgress } : {}) };
  let layout = cached ?? (await printLayout(run));
  run.language = await drawn;
  for (;;) {
    const final = await printFinal(run, layout);
    if ('printed' in final) {
      // Only slower next time if they cannot be kept.
      if (mapKey) await settings.cache!.put('pages', mapKey, layout).catch(() => {});
      return final.printed;
    }
    if (run.prints >= MAX_PRINTS) {
      throw new UserError(`the ${language.lang} table of contents did not settle after ${MAX_PRINTS} prints`, EXIT.internal);
    }
    layout = { ...layout, pages: final.moved, rectoBlanks: final.rectoBlanks };
  }
}

/** One language's prints: what they are made of, and how many there have been. */
interface PrintRun {
  language: LanguageEdition;
  settings: PdfSettings;
  onProgress?: ProgressListener;
  prints: number;
}

/** The layout print: the page each heading falls on, for the contents' page numbers. */
async function printLayout(run: PrintRun): Promise<SettledLayout> {
  const { view, htmlPath } = await writePage(run, { layoutOnly: true });
  run.onProgress?.({ stage: 'layout', lang: run.language.lang, done: run.prints + 1 });
  const { destinations } = await readPrinted(await print(run, htmlPath, 'layout'));
  return { pages: destinations, rectoBlanks: [...(view.recto?.blanks ?? [])] };
}

type FinalPrint = { printed: PrintedEdition } | { moved: Record<string, number>; rectoBlanks: string[] };

/**
 * The final print with the pages of `layout`, finished if its headings fell where the contents say (the pages
 * read, or those the blank pages moved them to); else the pages they fell on, for another.
 */
async function printFinal(run: PrintRun, layout: SettledLayout): Promise<FinalPrint> {
  const { language, settings } = run;
  const lang = language.lang;
  const { view, html, htmlPath } = await writePage(run, layout);
  const kind = settings.draft ? 'draft' : 'final';
  const options = finishOptions(language, view, html, settings);
  // The PDF the last build finished from this very HTML is taken as it is: no print for a language unchanged. A
  // draft stamped with the time it was built is never the same twice: not kept.
  const reuseKey = settings.cache && !(settings.draft && !settings.date) ? await finishedPdfKey(html, kind, options, settings) : undefined;
  const reused = reuseKey ? await settings.cache!.get<PrintedPdf>('pdf', reuseKey) : undefined;
  if (reused) {
    run.onProgress?.({ stage: 'reuse', lang, pages: reused.pages });
    return { printed: { ...reused, html } };
  }
  run.onProgress?.({ stage: 'print', lang });
  // The thread that finishes the print loads its modules while Chromium prints.
  const finisher = startFinisher();
  let raw: Uint8Array;
  try {
    raw = await print(run, htmlPath, kind);
  } catch (error) {
    finisher.cancel();
    throw error;
  }
  run.onProgress?.({ stage: 'finish', lang });
  const read = await finisher.finish(raw, { expect: view.recto?.pages ?? layout.pages, options });
  if (!read.finished) return { moved: read.destinations, rectoBlanks: [...(view.recto?.blanks ?? [])] };
  if (reuseKey) await settings.cache!.put('pdf', reuseKey, read.finished).catch(() => {});
  return { printed: { ...read.finished, html } };
}

/** The page of the report with what is known of its layout, written where the browser reads it. */
async function writePage(run: PrintRun, layout: Partial<SettledLayout> & { layoutOnly?: true }) {
  const { input, lang } = run.language;
  run.settings.signal?.throwIfAborted();
  const view = buildReportView({ ...input, ...layout });
  const html = run.settings.template.render(view);
  const htmlPath = await writeHtmlPage(run.settings.stagingDir, input.edition.year, lang, html);
  return { view, html, htmlPath };
}

/** One print of the page, no more at once than the slots allow, counted against MAX_PRINTS. */
function print(run: PrintRun, htmlPath: string, kind: PrintKind): Promise<Uint8Array> {
  const { settings } = run;
  run.prints++;
  const printing = () => printPdf(settings.browser, htmlPath, [settings.stagingDir], kind, settings.signal, settings.timeoutMs);
  return browserStage(() => (settings.slots ? settings.slots.run(printing, run.language.lang, kind === 'layout' ? 'layout' : 'final') : printing()), settings.signal, run.language.lang, settings.timeoutMs);
}

/** What finishes the final print: metadata, exact bookmarks, boxes. Plain data: it is handed to another thread. */
function finishOptions(language: LanguageEdition, view: ReportView, html: string, settings: PdfSettings): FinishOptions {
  const { lang, input, catalog } = language;
  return {
    title: view.documentTitle,
    author: catalog.cover.organisation,
    subject: view.cover.period,
    keywords: ['Islamophobia', 'OIC', 'Observatory', String(input.edition.year)],
    lang,
    rightToLeft: language.locale.dir === 'rtl',
    bookmarks: headingsOf(html).map((h) => h.text),
    contents: view.toc.entries,
    ...(settings.date ? { date: settings.date } : {}),
    ...(settings.bleedMm ? { trim: trimBox(settings.paper, settings.bleedMm) } : {}),
    pageSize: exactPageSize(settings.paper, settings.bleedMm),
    structure: structureOptions(html, view.toc.entries, settings.paper, settings.bleedMm),
    ...(settings.attachments && !settings.draft ? { attachments: settings.attachments } : {}),
    ...(settings.draft ? { watermark: true } : {}),
  };
}

/** What the layout print found, kept in the cache for the next build of the same report. */
interface SettledLayout {
  pages: Record<string, number>;
  rectoBlanks: string[];
}

/**
 * The layout print's HTML (the report without its page numbers and its incident list), with a draft's build time
 * left out (it changes every build and moves no heading): the same key, the same pages, as far as the HTML can tell.
 */
function pageMapKey(language: LanguageEdition, template: ReportTemplate, styles: string): string {
  const { input } = language;
  const html = template.render(buildReportView({ ...input, ...(input.draft ? { draft: { builtAt: new Date(0).toISOString() } } : {}), layoutOnly: true }));
  return hashParts(['page map 3', language.lang, html, styles]);
}

/**
 * What a finished PDF is made of: the HTML, the stylesheet, the fonts beside it, the browser and oic-report's
 * own code that print and finish it, and what finishing adds (metadata, attachments).
 */
async function finishedPdfKey(html: string, kind: string, options: FinishOptions, settings: PdfSettings): Promise<string> {
  const { attachments = [], ...rest } = options;
  return hashParts([
    'finished pdf 1',
    await codeVersion(),
    await settings.browser.version(),
    kind,
    html,
    settings.styles ?? '',
    await fontsHash(settings.stagingDir),
    JSON.stringify(rest),
    ...attachments.flatMap((a) => [JSON.stringify({ ...a, bytes: undefined }), a.bytes]),
  ]);
}

/** The fonts the HTML prints with, hashed once per staging folder (a build's), not once per language. */
const fontHashes = new Map<string, Promise<string>>();
function fontsHash(stagingDir: string): Promise<string> {
  let hash = fontHashes.get(stagingDir);
  if (!hash) {
    hash = hashTree([join(stagingDir, 'fonts')]).then(hashParts);
    // A preview or a library user builds many times in one process: only the latest folders are kept.
    if (fontHashes.size > 8) fontHashes.clear();
    fontHashes.set(stagingDir, hash);
  }
  return hash;
}

/** Only what fails inside the browser is called a browser failure; a print stopped on purpose is not one. */
async function browserStage<T>(stage: () => Promise<T>, signal: AbortSignal | undefined, lang: string, timeoutMs?: number): Promise<T> {
  try {
    return await stage();
  } catch (error) {
    signal?.throwIfAborted();
    if (error instanceof UserError) throw error;
    if ((error as Error).name === 'TimeoutError' || /timed out/i.test((error as Error).message)) {
      const seconds = Math.round((timeoutMs ?? 0) / 1000);
      throw new UserError(
        `Chromium did not finish the ${lang} edition within ${seconds} s`,
        EXIT.environment,
        `A very large edition may need longer: build again with --timeout SECONDS (e.g. --timeout ${seconds * 4}).`,
      );
    }
    throw new UserError(
      `Chromium failed while printing: ${(error as Error).message.split('\n')[0]}`,
      EXIT.environment,
      'Try again; if it keeps failing, point --chrome at another Chromium.',
    );
  }
}

function trimBox(paper: Paper, bleedMm: number) {
  const { extraMm } = pageSize(paper, bleedMm);
  return { insetPt: extraMm * MM_TO_PT, bleedPt: bleedMm * MM_TO_PT };
}
