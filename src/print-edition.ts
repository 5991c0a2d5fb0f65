// One language of an edition, from figures to finished PDF. Printed twice: Chromium has no
// target-counter(), so the first print tells on which page each heading fell, and the second prints
// the table of contents with those pages.
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser } from 'puppeteer';
import type { Catalog } from './core/catalog.js';
import { chartSpecs } from './core/charts.js';
import type { Edition } from './core/edition.js';
import type { Figures } from './core/figures.js';
import { renderReportHtml } from './core/html.js';
import type { Incident, Language } from './core/incident.js';
import { localeFor } from './core/locale.js';
import { headingsOf } from './core/outline.js';
import { pageSize, type Paper } from './core/page-style.js';
import { destinationPages, finishPdf, loadPdf, type PrintedPdf } from './core/pdf-finish.js';
import type { Reference } from './core/reference.js';
import { buildReportView, type DataSummary, type ReportInput } from './core/view-model.js';
import { EXIT, UserError } from './errors.js';
import type { ChartRenderer } from './io/charts.js';
import type { Narrative } from './io/narrative.js';
import { printPdf } from './io/print-pdf.js';
import type { TemplateSet } from './io/templates.js';

export interface EditionContent {
  edition: Edition;
  reference: Reference;
  figures: Figures;
  incidents: readonly Incident[];
  previousTotals?: Figures['totals'];
  /** The previous edition's figures, for the charts that compare with it. */
  previous?: Figures;
  data: DataSummary;
}

export interface PrintSettings {
  browser: Browser;
  charts: ChartRenderer;
  templates: TemplateSet;
  /** Folders the print page may load from. */
  assetFolders: string[];
  workDir: string;
  paper: Paper;
  bleedMm?: number;
  draft?: { builtAt: string };
  /** Creation date written into the PDF (SOURCE_DATE_EPOCH), for reproducible builds. */
  date?: Date;
}

const MM_TO_PT = 72 / 25.4;
/** A layout print, then the final one; a third only if the final layout moved a heading. */
const MAX_PRINTS = 4;

export async function printEdition(
  content: EditionContent,
  lang: Language,
  catalog: Catalog,
  narrative: Narrative,
  settings: PrintSettings,
  progress: (message: string) => void = () => {},
): Promise<PrintedPdf> {
  const { edition, reference, figures } = content;
  const locale = localeFor(lang, edition);
  const charts = [];
  for (const spec of chartSpecs(figures, edition, reference, locale, catalog.charts, content.previous)) charts.push(await settings.charts.render(spec));
  const input: ReportInput = {
    ...content,
    locale,
    catalog,
    charts,
    narrative,
    stylesheet: settings.templates.stylesheetUrl,
    paper: settings.paper,
    ...(settings.bleedMm ? { bleedMm: settings.bleedMm } : {}),
    ...(settings.draft ? { draft: settings.draft } : {}),
  };

  // Print for layout until the contents' page numbers are those the headings fall on, then for real.
  let pages: Record<string, number> | undefined;
  for (let print = 1; ; print++) {
    const settled = pages !== undefined;
    const view = buildReportView({ ...input, ...(pages ? { pages } : { layoutOnly: true }) });
    const html = renderReportHtml(settings.templates, view);
    const htmlPath = join(settings.workDir, `report-${lang}.html`);
    await writeFile(htmlPath, html);
    progress(settled ? `Printing the ${lang} edition` : `Laying out the ${lang} edition to number its contents`);
    const raw = await printPdf(settings.browser, htmlPath, settings.assetFolders, !settled ? 'layout' : settings.draft ? 'draft' : 'final');
    const pdf = await loadPdf(raw);
    const printed = destinationPages(pdf);
    if (settled && sameEntries(pages!, printed)) {
      progress(`Finishing the ${lang} PDF: bookmarks, metadata`);
      return finishPdf(pdf, {
        title: view.documentTitle,
        author: catalog.cover.organisation,
        subject: view.cover.period,
        keywords: ['Islamophobia', 'OIC', 'Observatory', String(edition.year)],
        lang,
        rightToLeft: locale.dir === 'rtl',
        bookmarks: headingsOf(html).map((h) => h.text),
        contents: view.toc.entries,
        ...(settings.date ? { date: settings.date } : {}),
        ...(settings.bleedMm ? { trim: trimBox(settings.paper, settings.bleedMm) } : {}),
      });
    }
    if (print >= MAX_PRINTS) {
      throw new UserError(`the ${lang} table of contents did not settle after ${MAX_PRINTS} prints`, EXIT.internal);
    }
    pages = printed;
  }
}

function sameEntries(a: Record<string, number>, b: Record<string, number>): boolean {
  const keys = Object.keys(b);
  return keys.length === Object.keys(a).length && keys.every((k) => a[k] === b[k]);
}

function trimBox(paper: Paper, bleedMm: number) {
  const { extraMm } = pageSize(paper, bleedMm);
  return { insetPt: extraMm * MM_TO_PT, bleedPt: bleedMm * MM_TO_PT };
}
